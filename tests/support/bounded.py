"""Run one hostile input in a child process, under a time limit and a memory cap, and measure it.

A hostile input that hangs or eats memory must not take the test run with
it: the child has a wall-clock timeout (the test fails, the child is killed)
and an address-space cap (``RLIMIT_AS``: a runaway allocation fails there).
The child reports, as JSON on its last line, what the call did: returned,
raised a ShorthandError (with its message), or raised anything else; how
long it took (wall clock and CPU time); and how far its peak resident memory
grew during the call.

The snippet given to :func:`run_bounded` builds its input first (not
measured) and then calls ``measure(lambda: ..., size=len(input))`` or
``measure_cli([...], size=...)``.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from typing import Any

__all__ = ["Outcome", "run_bounded"]

# The child's address space: far above any honest run here, far below the machine.
DEFAULT_MEMORY = 3 * 1024**3

_PRELUDE = """
import io, json, resource, sys, time

def _peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

def _cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

_CPU = [0.0]  # the CPU time when the measured call started

def _report(outcome, start, base, size, **more):
    more.update(outcome=outcome, seconds=time.perf_counter() - start,
                cpu=_cpu() - _CPU[0], growth=_peak() - base, size=size)
    print("\\n" + json.dumps(more))

def measure(call, size=None):
    from ec2shorthand import ShorthandError
    base, start, _CPU[0] = _peak(), time.perf_counter(), _cpu()
    try:
        value = call()
    except ShorthandError as error:
        text = str(error)
        _report("ShorthandError", start, base, size, kind=type(error).__name__,
                message=text[:4000], length=len(text))
    except BaseException as error:
        _report(type(error).__name__, start, base, size, message=str(error)[:4000])
    else:
        _report("ok", start, base, size, value=repr(value)[:4000])

def measure_cli(argv, size=None):
    from ec2shorthand._cli import run
    out, err = io.StringIO(), io.StringIO()
    base, start, _CPU[0] = _peak(), time.perf_counter(), _cpu()
    try:
        code = run(argv, out, err)
    except BaseException as error:
        _report(type(error).__name__, start, base, size, message=str(error)[:4000])
        return
    _report("exit", start, base, size, code=code, stdout=out.getvalue()[:4000],
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
    or the name of any other exception; ``seconds`` (wall clock), ``cpu`` (the child's CPU
    time: steadier than the wall clock on a shared machine) and ``growth`` (bytes of peak
    resident memory) measure the call."""

    outcome: str
    seconds: float
    cpu: float
    growth: int
    size: int | None
    details: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.details[key]


def _cap(memory: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))


def run_bounded(code: str, *, timeout: float, memory: int = DEFAULT_MEMORY) -> Outcome:
    """Run ``code`` (after the prelude) in a child; fail the test if it outlives ``timeout``."""
    source = _PRELUDE + textwrap.dedent(code)
    try:
        done = subprocess.run(
            [sys.executable, "-c", source],
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=lambda: _cap(memory),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"no answer within {timeout} s (a hang)") from None
    last = done.stdout.strip().splitlines()[-1:] or [""]
    try:
        report = json.loads(last[0])
    except json.JSONDecodeError:
        raise AssertionError(
            f"the child reported nothing (exit {done.returncode}): {done.stderr[-2000:]}"
        ) from None
    return Outcome(
        report.pop("outcome"),
        report.pop("seconds"),
        report.pop("cpu"),
        report.pop("growth"),
        report.pop("size"),
        report,
    )
