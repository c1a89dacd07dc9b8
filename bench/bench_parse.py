"""Benchmark ec2shorthand against the AWS CLI, every figure from the same run.

Prints Markdown (pasted into bench/RESULTS.md) for the targets of issue 12:

1. ``parse_shorthand`` at least 2x faster than the AWS CLI's ``ShorthandParser``
   on each realistic value (quoted descriptions, escapes, lists, maps, unicode);
2. ``parse_command`` at least 10x faster than the AWS CLI's warm argument
   processing, stopped at ``calling-command``, on four commands;
3. one value of 40,000 ``IpRanges`` with quoted descriptions: under 0.5 s
   without validation, under 1 s with it, the cost per entry flat;
4. cold start: ``ec2shorthand parse <seed command>`` (validating) at most 0.25x
   of ``aws ... --generate-cli-skeleton``, whole processes in alternating pairs;
   and ``import ec2shorthand`` loads neither jsonschema nor yaml.
(5, the linter, is ``bench/bench_lint.py``.)

Run from the repository root against the installed package::

    python bench/bench_parse.py            # full run, a few minutes
    python bench/bench_parse.py --quick    # smoke run for CI, small sizes

Nothing here asserts on time: figures are for people, not for CI. Results are
checked, though: each value and command must give what the AWS CLI gives.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from aws_cli_timing import aws_argument_processing, aws_shorthand_parser
from realistic_values import SEED_ICMP, VALUES

import ec2shorthand
from ec2shorthand import parse_command, parse_shorthand

SEED_ARGV = ["--group-id", "sg-026c12253ce15eff7", "--ip-permissions", SEED_ICMP]
COMMANDS: dict[str, tuple[str, str, list[str]]] = {
    "seed: revoke-security-group-ingress": ("ec2", "revoke-security-group-ingress", SEED_ARGV),
    "describe-instances --filters": (
        "ec2",
        "describe-instances",
        [
            "--filters",
            "Name=tag:Env,Values=prod,staging",
            "Name=instance-state-name,Values=running",
        ],
    ),
    "run-instances --block-device-mappings": (
        "ec2",
        "run-instances",
        [
            "--image-id",
            "ami-0abcdef1234567890",
            "--count",
            "1",
            "--instance-type",
            "t3.micro",
            "--key-name",
            "MyKeyPair",
            "--block-device-mappings",
            "DeviceName=/dev/sdh,Ebs={VolumeSize=100,VolumeType=gp3,DeleteOnTermination=true}",
        ],
    ),
    # A large operation (105 shapes), its configuration given as JSON as its example page does.
    "request-spot-fleet, JSON config": (
        "ec2",
        "request-spot-fleet",
        [
            "--spot-fleet-request-config",
            json.dumps(
                {
                    "IamFleetRole": "arn:aws:iam::123456789012:role/fleet-role",
                    "TargetCapacity": 4,
                    "AllocationStrategy": "capacityOptimized",
                    "LaunchSpecifications": [
                        {
                            "ImageId": "ami-0abcdef1234567890",
                            "InstanceType": kind,
                            "KeyName": "MyKeyPair",
                            "SubnetId": "subnet-1a2b3c4d",
                            "SecurityGroups": [{"GroupId": "sg-1a2b3c4d"}],
                            "BlockDeviceMappings": [
                                {
                                    "DeviceName": "/dev/sdh",
                                    "Ebs": {"VolumeSize": 100, "VolumeType": "gp3"},
                                }
                            ],
                            "TagSpecifications": [
                                {
                                    "ResourceType": "instance",
                                    "Tags": [{"Key": "Env", "Value": "prod"}],
                                }
                            ],
                        }
                        for kind in ("m5.large", "m5a.large", "c5.large")
                    ],
                }
            ),
        ],
    ),
    "create-tags --tags": (
        "ec2",
        "create-tags",
        [
            "--resources",
            "i-1234567890abcdef0",
            "--tags",
            "Key=Name,Value=web",
            'Key=Owner,Value="Jane Doe"',
        ],
    ),
}


def best_us(call: Callable[[], Any], repeats: int, min_seconds: float) -> float:
    """Best of ``repeats`` timeit runs, each long enough to swamp timer resolution."""
    timer = timeit.Timer(call)
    loops = 1
    while timer.timeit(loops) < min_seconds:
        loops *= 2
    return min(timer.repeat(repeats, loops)) / loops * 1e6


def bench_values(repeats: int, min_seconds: float) -> None:
    theirs = aws_shorthand_parser()
    print(f"## 1. `parse_shorthand` against `ShorthandParser().parse` (best of {repeats}, µs)\n")
    print("| value | chars | ec2shorthand | AWS CLI | AWS CLI / ours |")
    print("|---|---:|---:|---:|---:|")
    ratios = []
    for name, text in VALUES.items():
        if parse_shorthand(text) != theirs(text):
            raise AssertionError(f"{name}: ec2shorthand and the AWS CLI disagree")
        ours_us = best_us(lambda t=text: parse_shorthand(t), repeats, min_seconds)
        aws_us = best_us(lambda t=text: theirs(t), repeats, min_seconds)
        ratios.append(aws_us / ours_us)
        print(f"| {name} | {len(text)} | {ours_us:.1f} | {aws_us:.1f} | {aws_us / ours_us:.2f}x |")
    smallest, median = min(ratios), statistics.median(ratios)
    print(f"\nSmallest ratio: **{smallest:.2f}x** (target 2x), median {median:.2f}x.\n")


def bench_commands(repeats: int, min_seconds: float) -> None:
    print(
        "## 2. `parse_command` against the AWS CLI's warm argument processing "
        f"(best of {repeats}, µs)\n"
    )
    print("| command | ec2shorthand | validated | AWS CLI (to calling-command) | AWS CLI / ours |")
    print("|---|---:|---:|---:|---:|")
    for name, (service, operation, argv) in COMMANDS.items():
        aws = aws_argument_processing(service, operation, argv)
        theirs = json.loads(json.dumps(aws(), default=str))
        mine = parse_command(operation, argv, service=service, validate=False)
        if json.loads(json.dumps(mine, default=str)) != theirs:
            raise AssertionError(f"{name}: ec2shorthand gives {mine}, the AWS CLI {theirs}")

        def plain(op: str = operation, words: list[str] = argv, svc: str = service) -> Any:
            return parse_command(op, words, service=svc, validate=False)

        def checked(op: str = operation, words: list[str] = argv, svc: str = service) -> Any:
            return parse_command(op, words, service=svc)

        ours_us = best_us(plain, repeats, min_seconds)
        checked_us = best_us(checked, repeats, min_seconds)
        aws_us = best_us(aws, repeats, min_seconds)
        print(
            f"| {name} | {ours_us:.0f} | {checked_us:.0f} | {aws_us:.0f} | "
            f"**{aws_us / ours_us:.1f}x** |"
        )
    print()


def ip_ranges_value(entries: int) -> str:
    """One IpPermission with ``entries`` /32 IpRanges, each with a quoted description."""
    ranges = ",".join(
        f'{{CidrIp=10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}/32,Description="rule {i}"}}'
        for i in range(entries)
    )
    return f"IpProtocol=tcp,FromPort=443,ToPort=443,IpRanges=[{ranges}]"


def _call_s(call: Callable[[], Any], repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_large(sizes: list[int], aws_sizes: list[int]) -> None:
    print("## 3. One `--ip-permissions` value of n IpRanges with quoted descriptions\n")
    print("`parse_command` on `authorize-security-group-ingress` (best of 3 calls, GC on).\n")
    print("| n | MB | s | µs/entry | validated s | µs/entry |")
    print("|---:|---:|---:|---:|---:|---:|")
    argv = ["--group-id", "sg-1a2b3c4d", "--ip-permissions"]
    operation = "authorize-security-group-ingress"
    for n in sizes:
        text = ip_ranges_value(n)
        plain = _call_s(lambda t=text: parse_command(operation, [*argv, t], validate=False))
        checked = _call_s(lambda t=text: parse_command(operation, [*argv, t]))
        print(
            f"| {n} | {len(text) / 1e6:.2f} | {plain:.3f} | {plain / n * 1e6:.1f} | "
            f"{checked:.3f} | {checked / n * 1e6:.1f} |"
        )
    text = ip_ranges_value(sizes[-1])
    gc.collect()
    tracemalloc.start()
    parse_command(operation, [*argv, text])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"\nPeak memory (tracemalloc), validated, n={sizes[-1]}: {peak / 1e6:.1f} MB "
        f"({peak / len(text):.1f}x the value).\n"
    )
    theirs = aws_shorthand_parser()
    print("The AWS CLI's parser alone on the same values (it is quadratic):\n")
    print("| n | s | µs/entry |")
    print("|---:|---:|---:|")
    for n in aws_sizes:
        value = ip_ranges_value(n)
        seconds = _call_s(lambda v=value: theirs(v), repeats=1)
        print(f"| {n} | {seconds:.3f} | {seconds / n * 1e6:.1f} |")
    print()


def _process_seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd="/")
    return time.perf_counter() - start


def bench_cold_start(pairs: int) -> None:
    print(f"## 4. Cold start: whole processes, {pairs} alternating pairs (median s)\n")
    bin_dir = Path(sys.executable).parent
    ours = [str(bin_dir / "ec2shorthand"), "parse", "revoke-security-group-ingress", *SEED_ARGV]
    aws_bin = shutil.which("aws", path=str(bin_dir)) or "aws"
    aws = [aws_bin, "ec2", "revoke-security-group-ingress", "--generate-cli-skeleton"]
    env = {
        key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"
    }  # an installed package runs from its compiled bytecode
    env.update(AWS_DEFAULT_REGION="us-east-1", AWS_ACCESS_KEY_ID="x", AWS_SECRET_ACCESS_KEY="y")
    _process_seconds(ours, env)  # first runs write bytecode
    _process_seconds(aws, env)
    mine, theirs = [], []
    for _ in range(pairs):
        mine.append(_process_seconds(ours, env))
        theirs.append(_process_seconds(aws, env))
    ours_s, aws_s = statistics.median(mine), statistics.median(theirs)
    print("| command | median s |")
    print("|---|---:|")
    print(f"| `ec2shorthand parse` seed command (validating) | {ours_s:.3f} |")
    print(f"| `aws ec2 revoke-security-group-ingress --generate-cli-skeleton` | {aws_s:.3f} |")
    print(f"\nRatio: **{ours_s / aws_s:.2f}** of the AWS CLI's start (target at most 0.25).\n")
    probe = (
        "import sys, ec2shorthand; "
        "print(sorted(m for m in ('jsonschema', 'yaml', 'tree_sitter') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env, cwd="/"
    ).stdout.strip()
    print(f"After `import ec2shorthand`, loaded of jsonschema, yaml, tree_sitter: {loaded}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run for CI")
    args = parser.parse_args()
    import awscli
    import lark

    print("# Benchmark results: `bench/bench_parse.py`\n")
    print(
        f"- Python {platform.python_version()}, lark {lark.__version__}, "
        f"awscli {awscli.__version__}, ec2shorthand from {Path(ec2shorthand.__file__).parent}"
    )
    print(
        f"- Machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}\n"
    )
    if args.quick:
        bench_values(repeats=1, min_seconds=0.001)
        bench_commands(repeats=1, min_seconds=0.001)
        bench_large([100, 400], [100])
        bench_cold_start(pairs=1)
    else:
        bench_values(repeats=7, min_seconds=0.05)
        bench_commands(repeats=7, min_seconds=0.05)
        bench_large([1_000, 5_000, 10_000, 40_000], [1_000, 2_000, 4_000])
        bench_cold_start(pairs=15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
