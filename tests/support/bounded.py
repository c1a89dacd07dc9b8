"""Run one hostile input in a child process, under a hang guard and a memory cap; count its work.

A hostile input that hangs or eats memory must not take the test run with
it: the child has a generous wall-clock guard (``HANG_GUARD``: a hang fails
the test, the child is killed) and an address-space cap (``RLIMIT_AS``: a
runaway allocation fails there). The child reports, as JSON on its last
line, what the call did: returned, raised a ShorthandError (with its
message), or raised anything else; how much work it did (``calls``: the
Python and C function calls made, counted by the fuzz harness' ``CallCounter``,
the same on a busy machine as on an idle one); and how far its peak resident
memory grew.

No test asserts a time: the guard only keeps a hang from stalling the run,
and speed figures live in ``bench/``. A test bounds work instead: an
absolute budget of calls, or linear growth (:func:`assert_linear`: the work
at twice the size at most ``LINEAR`` times the work at the size).

The snippet given to :func:`run_bounded` builds its input first (not
measured) and then calls ``measure(lambda: ..., size=len(input))`` or
``measure_cli([...], size=...)``; ``lines=True`` counts the lines run as well
(slower), for work done in loops that make no call (a list comprehension's).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["HANG_GUARD", "LINEAR", "CallCounter", "Outcome", "assert_linear", "run_bounded"]

# The child's address space: far above any honest run here, far below the machine.
DEFAULT_MEMORY = 3 * 1024**3
# Seconds before a child counts as hung: a guard, not a speed limit (a loaded CI is slow).
HANG_GUARD = 300.0
# Doubling the input may at most multiply the work by this (2 for linear work, 4 for quadratic).
LINEAR = 2.5

_FUZZ = Path(__file__).resolve().parents[2] / "fuzz"
if str(_FUZZ) not in sys.path:
    sys.path.insert(0, str(_FUZZ))

from _harness import CallCounter  # noqa: E402  (one counter for the fuzzers and the tests)

_PRELUDE = """
import io, json, resource, sys
sys.path.insert(0, {fuzz!r})
from _harness import CallCounter

def _peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

_COUNTED = [0, 0]  # calls, lines

def _counted(call, lines):
    counter = CallCounter(lines=lines)
    try:
        with counter:
            return call()
    finally:
        _COUNTED[:] = [counter.calls, counter.lines]

def _report(outcome, base, size, **more):
    more.update(outcome=outcome, calls=_COUNTED[0], lines=_COUNTED[1], growth=_peak() - base,
                size=size)
    print("\\n" + json.dumps(more))

def measure(call, size=None, lines=False):
    from ec2shorthand import ShorthandError
    base = _peak()
    try:
        value = _counted(call, lines)
    except ShorthandError as error:
        text = str(error)
        _report("ShorthandError", base, size, kind=type(error).__name__,
                message=text[:4000], length=len(text))
    except BaseException as error:
        _report(type(error).__name__, base, size, message=str(error)[:4000])
    else:
        _report("ok", base, size, value=repr(value)[:4000])

def measure_cli(argv, size=None, lines=False):
    from ec2shorthand._cli import run
    out, err = io.StringIO(), io.StringIO()
    base = _peak()
    try:
        code = _counted(lambda: run(argv, out, err), lines)
    except BaseException as error:
        _report(type(error).__name__, base, size, message=str(error)[:4000])
        return
    _report("exit", base, size, code=code, stdout=out.getvalue()[:4000],
            stderr=err.getvalue()[:4000], printed=len(out.getvalue()) + len(err.getvalue()))

# Warm up: the model and parsers are loaded before anything is measured.
from ec2shorthand import parse_command
parse_command("authorize-security-group-ingress",
              ["--group-id", "sg-1a2b3c4d", "--ip-permissions",
               "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8}]"])
"""


@dataclass(frozen=True)
class Outcome:
    """What the child reported: ``outcome`` is ``ok``, ``exit`` (the CLI), ``ShorthandError``
    or the name of any other exception; ``calls`` (function calls made by the measured call),
    ``lines`` (lines run, counted when ``measure(..., lines=True)``, else 0) and ``growth``
    (bytes of peak resident memory) measure it."""

    outcome: str
    calls: int
    lines: int
    growth: int
    size: int | None
    details: dict[str, Any]

    @property
    def work(self) -> int:
        """Calls and lines run: the measure of work that linear growth is asserted on."""
        return self.calls + self.lines

    def __getitem__(self, key: str) -> Any:
        return self.details[key]


def _cap(memory: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))


def run_bounded(code: str, *, memory: int = DEFAULT_MEMORY) -> Outcome:
    """Run ``code`` (after the prelude) in a child; fail the test if it outlives ``HANG_GUARD``."""
    source = _PRELUDE.replace("{fuzz!r}", repr(str(_FUZZ))) + textwrap.dedent(code)
    # A fixed hash seed: set order, and so the count of calls, is the same on every run.
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    try:
        done = subprocess.run(
            [sys.executable, "-c", source],
            capture_output=True,
            text=True,
            timeout=HANG_GUARD,
            preexec_fn=lambda: _cap(memory),
            env=environment,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"no answer within {HANG_GUARD} s (a hang)") from None
    last = done.stdout.strip().splitlines()[-1:] or [""]
    try:
        report = json.loads(last[0])
    except json.JSONDecodeError:
        raise AssertionError(
            f"the child reported nothing (exit {done.returncode}): {done.stderr[-2000:]}"
        ) from None
    counts = [report.pop(key) for key in ("outcome", "calls", "lines", "growth", "size")]
    return Outcome(*counts, details=report)


def assert_linear(small: Outcome, large: Outcome) -> None:
    """Fail unless ``large`` (twice ``small``'s input) did at most ``LINEAR`` times the work."""
    assert small.work > 0, small.details
    ratio = large.work / small.work
    assert ratio <= LINEAR, f"work grew {ratio:.2f}x for twice the input ({small.work} steps)"
