"""Benchmark one TAB: ``ec2shorthand __complete`` as a process, beside the AWS CLI's completer.

The completion scripts start a process on every TAB, so what counts is the
whole process: start, import, load one operation, answer. The target (issue
21): under 0.5 s. The AWS CLI v1's own ``aws_completer`` (installed with the
test oracle) answers the same lines in the same run, for the ratio; it
completes commands and option names only, so for values it has nothing to say
(it is timed all the same: the cost of a TAB).

Run from the repository root::

    python bench/bench_completion.py            # 10 runs of each line
    python bench/bench_completion.py --runs 2   # a smoke run

Nothing here asserts on time: figures are for people (bench/RESULTS-completion.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

LINES = [
    "aws ec2 describe-inst",
    "aws ec2 authorize-security-group-ingress --ip",
    "aws ec2 authorize-security-group-ingress --ip-permissions IpProtocol=tcp,Fr",
    "aws ec2 authorize-security-group-ingress --ip-permissions 'IpRanges=[{Ci",
    "aws ec2 run-instances --instance-type t3.mic",
    "aws ec2 describe-instances --filters Name=instance-ty",
    "aws lambda create-function --runtime python3.1",
]


def _time(argv: list[str], env: dict[str, str], runs: int) -> float:
    """The median wall-clock seconds of ``runs`` runs of ``argv``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    completer = shutil.which("aws_completer") or str(Path(sys.executable).parent / "aws_completer")
    has_aws = Path(completer).is_file()
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {args.runs} runs each")
    print(f"{'line':<80} {'ours':>8} {'aws_completer':>14} {'ratio':>6}")
    for line in LINES:
        ours = _time(
            [sys.executable, "-m", "ec2shorthand", "__complete", "--shell", "bash", "--", line],
            dict(os.environ),
            args.runs,
        )
        theirs = float("nan")
        if has_aws:
            env = dict(os.environ, COMP_LINE=line, COMP_POINT=str(len(line)))
            theirs = _time([completer], env, args.runs)
        print(f"{line:<80} {ours * 1000:>6.0f}ms {theirs * 1000:>12.0f}ms {ours / theirs:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
