"""What every fuzz harness shares: the rules an input must keep, bytes read as choices, the runner.

A harness is ``fuzz/fuzz_<target>.py``: a ``one_input(data: bytes)`` function
that feeds the target and raises on anything but the library's own error,
and a ``__main__`` block that hands ``one_input`` to atheris. The rules kept
for every input (``guarded``):

- the call makes at most ``MAX_CALLS`` function calls (``SlowInput``
  otherwise: atheris saves the input like any crash; a real hang is caught
  by libFuzzer's ``-timeout``). Calls (``CallCounter``) are the same on a
  busy machine as on an idle one, where a clock is not;
- it returns, or raises a ``ShorthandError``; anything else propagates;
- the error renders (``str``) in at most ``MAX_MESSAGE`` characters and its
  position, if it has one, lies inside its text.

Nothing here imports ec2shorthand at module level: under atheris the
package must be imported inside ``instrumented()`` to be instrumented.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "MAX_CALLS",
    "MAX_MESSAGE",
    "BadError",
    "CallCounter",
    "Choices",
    "FileRead",
    "SlowInput",
    "guarded",
    "instrumented",
    "no_file_reads",
    "run",
]

# An input that makes more function calls than this is reported: one honest input of the
# smoke run (tests/hostile/test_fuzz_smoke.py) made at most 62,000 (a model's first load
# included); a quadratic walk over a few kilobytes makes millions.
MAX_CALLS = 1_000_000
# An error message longer than this is a bug: a 10 MB value must be cut, not printed.
MAX_MESSAGE = 20_000

FUZZ_DIR = Path(__file__).resolve().parent
# What coverage is taken from: the package, its parser library and the YAML reader.
_INSTRUMENTED = ["ec2shorthand", "lark", "yaml"]

T = TypeVar("T")


class SlowInput(Exception):
    """One input made more than MAX_CALLS function calls."""


class CallCounter:
    """Counts the Python and C function calls made inside a ``with`` block: work as a number.

    A profile hook (``sys.setprofile``) sees each call once as ``call`` or
    ``c_call``; the count depends on the input only (and, for set order, on
    ``PYTHONHASHSEED``), never on how busy the machine is. Work done inside
    one C call (a regular expression's backtracking) counts as one call.
    With ``lines=True`` the lines run are counted too (``lines``, by
    ``sys.settrace``; slower): a loop with no call in it, such as a list
    comprehension's, then counts once per turn.
    """

    def __init__(self, *, lines: bool = False) -> None:
        self.calls = 0
        self.lines = 0
        self._count_lines = lines
        self._outer: tuple[Any, Any] = (None, None)

    def _count(self, frame: Any, event: str, arg: Any) -> None:
        if event == "call" or event == "c_call":
            self.calls += 1

    def _line(self, frame: Any, event: str, arg: Any) -> Any:
        if event == "line":
            self.lines += 1
        return self._line

    def __enter__(self) -> CallCounter:
        self._outer = (sys.getprofile(), sys.gettrace())
        if self._count_lines:
            sys.settrace(self._line)
        sys.setprofile(self._count)
        return self

    def __exit__(self, *_: object) -> None:
        sys.setprofile(self._outer[0])
        if self._count_lines:
            sys.settrace(self._outer[1])


class BadError(AssertionError):
    """A ShorthandError that breaks the rules: no text, a position outside it, a huge message."""


def instrumented(module_name: str) -> contextlib.AbstractContextManager[Any]:
    """Instrument the imports made inside this block, when the harness runs as the fuzzer.

    Imported by a test (``module_name`` is not ``__main__``) or without atheris,
    nothing is instrumented.
    """
    if module_name != "__main__":
        return contextlib.nullcontext()
    import atheris

    return atheris.instrument_imports(include=_INSTRUMENTED)  # type: ignore[no-any-return]


def check_error(error: Exception, *, needs_position: bool = False) -> None:
    """Raise BadError if ``error`` (a ShorthandError) breaks the rules of a good error."""
    message = str(error)
    if len(message) > MAX_MESSAGE:
        raise BadError(f"a message of {len(message)} characters: {message[:300]!r}...")
    doc, pos = getattr(error, "doc", None), getattr(error, "pos", None)
    if pos is not None and (doc is None or not 0 <= pos <= len(doc)):
        raise BadError(f"position {pos} outside its text ({None if doc is None else len(doc)})")
    location = getattr(error, "location", None)
    if needs_position and pos is None and location is None:
        raise BadError(f"no position: {message[:300]!r}")


def guarded(call: Callable[[], T], *, needs_position: bool = False) -> tuple[T | None, Any]:
    """``(call(), None)``, or ``(None, error)`` for a good ShorthandError.

    Any other exception propagates (a crash); so does ``SlowInput`` or ``BadError``.
    """
    from ec2shorthand import ShorthandError

    counter = CallCounter()
    try:
        with counter:
            return call(), None
    except ShorthandError as error:
        check_error(error, needs_position=needs_position)
        return None, error
    finally:
        if counter.calls > MAX_CALLS:
            raise SlowInput(f"{counter.calls} function calls for one input")


class FileRead(AssertionError):
    """A target read a file while told not to (``files=None``)."""


def _own_files() -> tuple[str, ...]:
    """Where the package may read its own files: its code, its data, the interpreter's."""
    import ec2shorthand
    from ec2shorthand._resources import data_folder

    places = [os.path.dirname(ec2shorthand.__file__), sys.prefix, sys.base_prefix]
    places += [str(data_folder(name)) for name in ("grammars", "models", "schemas")]
    return tuple(os.path.realpath(place) + os.sep for place in places)


@contextlib.contextmanager
def no_file_reads() -> Iterator[None]:
    """Make opening any file but the package's own a crash inside this block.

    ``files=None`` promises that no file named by the input is read. The
    package still loads its own grammars and models lazily, so those (and
    the interpreter's, for lazy imports) stay open to it. An ``OSError``
    would be caught and reported as a ShorthandError, so this raises
    ``FileRead`` instead.
    """
    import builtins
    import io

    allowed = _own_files()
    saved = (os.open, builtins.open, io.open)

    def guard(opener: Callable[..., Any]) -> Callable[..., Any]:
        def checked(file: Any, *args: Any, **kwargs: Any) -> Any:
            path = os.path.realpath(os.fsdecode(file)) if not isinstance(file, int) else ""
            if path and not path.startswith(allowed):
                raise FileRead(f"a file was opened: {path!r}")
            return opener(file, *args, **kwargs)

        return checked

    os.open = guard(saved[0])
    builtins.open = io.open = guard(saved[1])
    try:
        yield
    finally:
        os.open, builtins.open, io.open = saved


class Choices:
    """Reads a fuzzer's bytes as choices and texts, deterministically, without atheris.

    Once the bytes run out every choice is the first one and every text empty,
    so any byte string is a valid input (as with atheris' FuzzedDataProvider).
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def remaining(self) -> int:
        """How many bytes are left."""
        return len(self._data) - self._pos

    def byte(self) -> int:
        """The next byte (0 when none is left)."""
        if self._pos >= len(self._data):
            return 0
        self._pos += 1
        return self._data[self._pos - 1]

    def number(self, below: int) -> int:
        """A number in ``range(below)``, from one byte (two when there are many choices)."""
        if below <= 1:
            return 0
        value = self.byte()
        if below > 256:
            value = value << 8 | self.byte()
        return value % below

    def pick(self, options: Sequence[T]) -> T:
        """One of ``options`` (not empty)."""
        return options[self.number(len(options))]

    def flag(self) -> bool:
        """True or False."""
        return bool(self.byte() & 1)

    def text(self, max_bytes: int = 64) -> str:
        """A text of up to ``max_bytes`` bytes, decoded as UTF-8 (bad bytes become U+FFFD)."""
        size = self.number(max_bytes + 1)
        chunk = self._data[self._pos : self._pos + size]
        self._pos += len(chunk)
        return chunk.decode("utf-8", "replace")

    def rest(self) -> str:
        """The bytes left, as text."""
        chunk = self._data[self._pos :]
        self._pos = len(self._data)
        return chunk.decode("utf-8", "replace")


def _default_args(target: str, argv: list[str], dictionary: str | None) -> list[str]:
    """libFuzzer's arguments, with the target's corpus folders when none is named.

    The working corpus (``fuzz/corpus/<target>``, not kept in git) comes first,
    as libFuzzer writes new inputs into the first folder; the committed seeds
    follow. Crashing inputs go to ``fuzz/artifacts/<target>/``.
    """
    args = list(argv)
    if not any(not arg.startswith("-") for arg in args[1:]):
        corpus = FUZZ_DIR / "corpus" / target
        corpus.mkdir(parents=True, exist_ok=True)
        args.append(str(corpus))
        seeds = FUZZ_DIR / "seeds" / target
        if seeds.is_dir():
            args.append(str(seeds))
    if not any(arg.startswith("-artifact_prefix=") for arg in args):
        artifacts = FUZZ_DIR / "artifacts" / target
        artifacts.mkdir(parents=True, exist_ok=True)
        args.append(f"-artifact_prefix={artifacts}{os.sep}")
    if dictionary is not None and not any(arg.startswith("-dict=") for arg in args):
        args.append(f"-dict={FUZZ_DIR / 'dicts' / dictionary}")
    # A hang is any input past 10 s; the model's cached operations need room.
    for flag, value in (("-timeout=", "10"), ("-rss_limit_mb=", "6144")):
        if not any(arg.startswith(flag) for arg in args):
            args.append(flag + value)
    return args


def _saving(one_input: Callable[[bytes], None], args: list[str]) -> Callable[[bytes], None]:
    """``one_input``, saving an input that fails before atheris reports it.

    libFuzzer does not always get to write the crashing input (seen with
    exceptions raised deep in instrumented code): this writes it first.
    """
    prefix = next(arg.split("=", 1)[1] for arg in args if arg.startswith("-artifact_prefix="))

    def one_input_saved(data: bytes) -> None:
        try:
            one_input(data)
        except Exception:
            import hashlib

            name = f"{prefix}crash-{hashlib.sha1(data).hexdigest()}"
            with open(name, "wb") as handle:
                handle.write(data)
            print(f"\n=== input saved: {name}", file=sys.stderr, flush=True)
            raise

    return one_input_saved


def run(
    target: str,
    one_input: Callable[[bytes], None],
    warm_up: Iterable[bytes] = (),
    *,
    dictionary: str | None = None,
) -> None:
    """Fuzz ``one_input`` with atheris; the command line takes libFuzzer's flags (-atheris_runs=N).

    ``dictionary`` names a token list in ``fuzz/dicts/`` for libFuzzer's ``-dict``.
    """
    import atheris

    for data in warm_up:  # lazy imports and caches, before the first measured input
        one_input(data)
    args = _default_args(target, sys.argv, dictionary)
    atheris.Setup(args, _saving(one_input, args))
    atheris.Fuzz()
