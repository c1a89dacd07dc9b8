"""``.gitignore`` patterns through pathspec, with git's own reading of a segment's glob.

pathspec (``GitIgnoreSpec``) gives gitignore's semantics: anchoring, ``!``,
``dir/``, ``**``, the last match deciding. Its translation of one path
segment (``*.log``, ``[a-c]?``) is replaced here, for three inputs a
hostile or careless ``.gitignore`` holds, each checked against
``git check-ignore`` (git is the oracle):

- ``*a*a*a*a*a*a*a*a*a*a*a*a*b`` made Python's ``re`` backtrack without end:
  every ``*`` but a segment's last takes the earliest match of what follows it
  (an atomic group), which is always right for a glob and never backtracks;
- ``[b-a]`` raised ``re.error``: git matches the ``b`` and drops the empty range;
- ``[[:space:]]`` gave a ``FutureWarning`` and matched ``:`` and ``]``: git's
  character classes are spelled out here (ASCII, as git's ``sane_ctype``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pathspec import GitIgnoreSpec
from pathspec.patterns.gitignore.spec import GitIgnoreSpecPattern

from .._core.errors import ParamFileError
from .._core.files import read_regular_file

__all__ = ["PatternError", "compile_patterns", "read_patterns"]

# git's character classes (``sane_ctype``: ASCII only), as members of a regex class.
_CLASSES = {
    "alnum": "0-9A-Za-z",
    "alpha": "A-Za-z",
    "blank": " \\t",
    "cntrl": "\\x00-\\x1f\\x7f",
    "digit": "0-9",
    "graph": "!-~",
    "lower": "a-z",
    "print": " -~",
    "punct": "!-/:-@\\[-`{-~",
    "space": " \\t\\n\\r\\v\\f",
    "upper": "A-Z",
    "xdigit": "0-9A-Fa-f",
}
# A glob git never matches (an unclosed ``[``, an unknown class, a trailing ``\``).
_NEVER = "(?!)"
# The largest .gitignore read: a bigger one is not a list of patterns.
_MAX_BYTES = 1024 * 1024


def _member(char: str) -> str:
    return char if char.isalnum() else "\\" + char if char.isascii() else char


def _bracket(glob: str, at: int) -> tuple[str, int]:
    """The regex of the bracket expression opening at ``glob[at]``, and where it ends."""
    at += 1
    negated = at < len(glob) and glob[at] in "!^"
    at += negated
    members: list[str] = []
    previous = ""  # the last single character, which a following '-' makes a range start
    first = True
    while at < len(glob) and (first or glob[at] != "]"):
        first, char = False, glob[at]
        if char == "\\":
            at += 1
            if at == len(glob):
                return _NEVER, at
            previous = glob[at]
            members.append(_member(previous))
        elif char == "-" and previous and at + 1 < len(glob) and glob[at + 1] != "]":
            at += 1
            end = glob[at]
            if end == "\\" and at + 1 < len(glob):
                at += 1
                end = glob[at]
            if previous <= end:  # git drops a reversed range; its start matched already
                members.append(f"{_member(previous)}-{_member(end)}")
            previous = ""
        elif char == "[" and glob.startswith(":", at + 1):
            close = glob.find(":]", at + 2)
            if close == -1:  # not a class: a plain '['
                previous = char
                members.append(_member(char))
            else:
                name = glob[at + 2 : close]
                if name not in _CLASSES:
                    return _NEVER, len(glob)
                members.append(_CLASSES[name])
                previous = ""
                at = close + 1
        else:
            previous = char
            members.append(_member(char))
        at += 1
    if at >= len(glob):  # never closed: git matches nothing
        return _NEVER, at
    if negated:
        return f"[^/{''.join(members)}]", at + 1
    return (f"[{''.join(members)}]" if members else _NEVER), at + 1


def _translate_segment(glob: str, range_error: str = "raise") -> str:
    """One path segment's glob as a regex that cannot backtrack without end."""
    runs: list[list[str]] = [[]]  # the fixed-width parts between stars
    at = 0
    while at < len(glob):
        char = glob[at]
        if char == "*":
            if runs[-1] or len(runs) == 1:
                runs.append([])
            at += 1
        elif char == "?":
            runs[-1].append("[^/]")
            at += 1
        elif char == "[":
            part, at = _bracket(glob, at)
            runs[-1].append(part)
        elif char == "\\":
            if at + 1 == len(glob):
                return _NEVER
            runs[-1].append(re.escape(glob[at + 1]))
            at += 2
        else:
            runs[-1].append(re.escape(char))
            at += 1
    head, *starred = ("".join(run) for run in runs)
    if not starred:
        return head
    # Between two stars, the earliest match of a run is always a right one: the
    # next star takes what the later one would have. Atomic, so never retried.
    middle = "".join(f"(?>[^/]*?{run})" for run in starred[:-1])
    return f"{head}{middle}[^/]*{starred[-1]}"


class _GitPattern(GitIgnoreSpecPattern):
    """pathspec's gitignore pattern, with the segment glob read as git reads it."""

    __slots__ = ()
    _translate_segment_glob = staticmethod(_translate_segment)  # type: ignore[assignment]


class PatternError(ValueError):
    """A pattern of the ``exclude`` setting git would not read (a ``.gitignore``'s is dropped)."""


def compile_patterns(lines: Iterable[str], *, strict: bool = False) -> GitIgnoreSpec:
    """The patterns of ``lines`` (a ``.gitignore`` file's, or the ``exclude`` setting's).

    A line git cannot read (``!`` alone) is dropped, as git drops it; with
    ``strict`` (a setting the user wrote) it is refused.

    Raises:
        PatternError: with ``strict``, a line that is not a pattern.
    """
    patterns = []
    for number, line in enumerate(lines, 1):
        if not line:
            continue
        try:
            patterns.append(_GitPattern(line))
        except ValueError:
            if strict:
                raise PatternError(
                    f"pattern {number} ({line!r}) is not a .gitignore pattern"
                ) from None
    # "simple": Python's re (atomic groups), never re2 or hyperscan, which lack them.
    return GitIgnoreSpec(patterns, backend="simple")


def read_patterns(path: str) -> GitIgnoreSpec | None:
    """The patterns of the ``.gitignore`` at ``path``; None if there is none to read."""
    try:
        data = read_regular_file(path, _MAX_BYTES)
    except ParamFileError:  # none, a folder, a FIFO, unreadable or huge: none is read
        return None
    spec = compile_patterns(data.decode("utf-8", errors="surrogateescape").splitlines())
    return spec if spec.patterns else None
