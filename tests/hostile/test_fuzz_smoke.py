"""A short fuzz run for CI: each harness's ``one_input`` over seeded random inputs, no atheris.

The harnesses (fuzz/fuzz_*.py) raise on anything but a good ShorthandError,
on an input that makes more than ``MAX_CALLS`` function calls (a count, not a
clock: the same on a busy machine), and on their own checks (round trips, places);
here they run on a few hundred to a few thousand inputs each: random bytes,
mutated seeds, and texts made of each target's own tokens. A failure prints
the input, to replay with ``one_input(data)`` or to add to fuzz/seeds/.
"""

from __future__ import annotations

import importlib
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"
sys.path.insert(0, str(FUZZ))

# The tokens of each target: random texts built of them reach far more than random bytes.
_SHORTHAND_TOKENS = [
    b"a",
    b"Key",
    b"=",
    b"@=",
    b",",
    b"[",
    b"]",
    b"{",
    b"}",
    b"'",
    b'"',
    b"\\",
    b" ",
    b"\t",
    b"file://x",
    b"22",
    b"\xc3\xa9",
    b"\x00",
]
_PORT_TOKENS = [b"1", b"22", b"-", b"--", b"all", b" ", b"+", b"_", b"\xd9\xa3", b"x", b"65536"]
_DOCUMENT_TOKENS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b",",
    b'"a"',
    b'"GroupId"',
    b"1",
    b"-1e999",
    b"null",
    b"true",
    b"&x ",
    b"*x",
    b"!!binary ",
    b"- ",
    b"\n",
    b"  ",
    b"\x00",
    b"\\u0000",
]

# harness module -> (how many inputs, the tokens its texts are made of)
_TARGETS = {
    "fuzz_parse_shorthand": (20_000, _SHORTHAND_TOKENS),
    "fuzz_port": (10_000, _PORT_TOKENS),
    "fuzz_parse_command": (8_000, _SHORTHAND_TOKENS),
    "fuzz_documents": (10_000, _DOCUMENT_TOKENS),
    "fuzz_write": (3_000, _SHORTHAND_TOKENS),
}


def _inputs(name: str, count: int, tokens: list[bytes]) -> Iterator[bytes]:
    rng = random.Random(f"{name}-2026")  # fixed: a failure replays
    seeds = sorted((FUZZ / "seeds" / name.removeprefix("fuzz_")).glob("*"))
    seed_data = [path.read_bytes() for path in seeds]
    for number in range(count):
        kind = number % 3
        if kind == 0:
            yield rng.randbytes(rng.randrange(64))
        elif kind == 1 or not seed_data:
            head = rng.randbytes(rng.randrange(1, 6))  # a harness's choices come first
            yield head + b"".join(rng.choice(tokens) for _ in range(rng.randrange(40)))
        else:
            data = bytearray(rng.choice(seed_data))
            for _ in range(rng.randrange(1, 4)):
                at = rng.randrange(len(data) + 1)
                data[at:at] = rng.choice(tokens)
            yield bytes(data)


@pytest.mark.parametrize("name", list(_TARGETS))
def test_harness_survives_random_inputs(name: str) -> None:
    module = importlib.import_module(name)
    one_input: Callable[[bytes], None] = module.one_input
    count, tokens = _TARGETS[name]
    for data in _inputs(name, count, tokens):
        try:
            one_input(data)
        except Exception as error:
            raise AssertionError(f"{name}.one_input({data!r}) failed: {error!r}") from error


def test_an_input_over_the_call_budget_is_reported() -> None:
    from _harness import MAX_CALLS, CallCounter, SlowInput, guarded

    with CallCounter() as counter:
        [abs(number) for number in range(1000)]
    assert 1000 < counter.calls < 1010  # abs() a thousand times, the comprehension, range()
    with pytest.raises(SlowInput, match="function calls for one input"):
        guarded(lambda: [abs(number) for number in range(MAX_CALLS)])
