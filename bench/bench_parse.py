"""Benchmark ec2shorthand against the AWS CLI's own shorthand parser.

Prints Markdown tables (pasted into bench/RESULTS.md) for the targets of our
issue:

1. the seed page's two ``--ip-permissions`` examples, parsed and coerced at
   least 1.5x faster than the AWS CLI's ``ShorthandParser`` +
   ``BackCompatVisitor`` measured in the same run;
2. cost linear in input size: one value with 40,000 ``IpRanges`` entries
   (~1.8 MB) in under 1 s.

Run from the repository root against the installed package::

    python bench/bench_parse.py            # full run, about a minute
    python bench/bench_parse.py --quick    # smoke run for CI, tiny sizes
    python bench/bench_parse.py --profile  # top functions of our 40,000-entry parse

Nothing here asserts on time: figures are for people, not for CI.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import platform
import pstats
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any

# awscli first, so that `botocore` resolves to the copy bundled with awscli 1.x.
import awscli
import botocore.session
import lark
from awscli.shorthand import BackCompatVisitor, ShorthandParser

import ec2shorthand
from ec2shorthand._model.coerce import compile_coercer
from ec2shorthand._model.operation import get_operation

Parse = Callable[[str], Any]

OPERATION = "revoke-security-group-ingress"

# Example 2 of the seed page (/work/shared/seed/revoke-security-group-ingress.txt).
ICMP_EXAMPLE = "IpProtocol=icmp,FromPort=3,ToPort=4,IpRanges=[{CidrIp=0.0.0.0/0}]"

# The page's "Shorthand Syntax" line for --ip-permissions, every key and both
# list entries kept, the type placeholders replaced by realistic values.
FULL_EXAMPLE = ",".join(
    [
        "FromPort=22",
        "IpProtocol=tcp",
        "IpRanges=[{CidrIp=203.0.113.0/24,Description=SSH},"
        "{CidrIp=198.51.100.0/24,Description=VPN}]",
        "Ipv6Ranges=[{CidrIpv6=2001:db8::/32,Description=SSH-v6},"
        "{CidrIpv6=2001:db8:1234::/48,Description=VPN-v6}]",
        "PrefixListIds=[{Description=S3,PrefixListId=pl-63a5400a},"
        "{Description=DynamoDB,PrefixListId=pl-02cd2c6b}]",
        "ToPort=22",
        "UserIdGroupPairs=[{Description=web,GroupId=sg-0123456789abcdef0,GroupName=web-tier,"
        "PeeringStatus=active,UserId=123456789012,VpcId=vpc-0a1b2c3d4e5f60708,"
        "VpcPeeringConnectionId=pcx-0123456789abcdef0},"
        "{Description=app,GroupId=sg-0fedcba9876543210,GroupName=app-tier,"
        "PeeringStatus=active,UserId=210987654321,VpcId=vpc-08f7e6d5c4b3a2910,"
        "VpcPeeringConnectionId=pcx-0fedcba9876543210}]",
    ]
)

EXAMPLES = {"Example 2 (icmp)": ICMP_EXAMPLE, "Shorthand Syntax line": FULL_EXAMPLE}
TARGET_ENTRIES = 40_000


def ours() -> Parse:
    """Parse + coerce as the library does: the coercer compiled once per operation."""
    root = get_operation("ec2", OPERATION).schema
    coerce = compile_coercer(root["properties"]["IpPermissions"], root)

    def parse(text: str) -> Any:
        return coerce([ec2shorthand.parse_shorthand(text)])

    return parse


def aws_cli() -> Parse:
    """What awscli's ParamShorthandParser does for a list-of-structures argument."""
    model = (
        botocore.session.get_session()
        .get_service_model("ec2")
        .operation_model("RevokeSecurityGroupIngress")
        .input_shape.members["IpPermissions"]
    )
    # One parser reused: parse() resets all of its state (input, index, flags).
    parser = ShorthandParser()

    def parse(text: str) -> Any:
        parsed = [parser.parse(text)]
        BackCompatVisitor().visit(parsed, model)
        return parsed

    return parse


def ip_ranges_value(entries: int) -> str:
    """One IpPermission with ``entries`` distinct /32 IpRanges (~46 bytes each)."""
    ranges = ",".join(
        f"{{CidrIp=10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}/32,Description=rule-{i}}}"
        for i in range(entries)
    )
    return f"IpProtocol=tcp,FromPort=443,ToPort=443,IpRanges=[{ranges}]"


def per_call_us(parse: Parse, text: str, repeats: int, min_seconds: float) -> float:
    """Best of ``repeats`` timeit runs, each long enough to swamp timer resolution."""
    timer = timeit.Timer(lambda: parse(text))
    loops = 1
    while timer.timeit(loops) < min_seconds:
        loops *= 2
    return min(timer.repeat(repeats, loops)) / loops * 1e6


def call_s(parse: Parse, text: str, repeats: int = 1) -> float:
    """Best of ``repeats`` single calls, garbage collector on as in real use.

    Best of a few rather than one: a lone 50 ms call on a busy machine can be
    off by 2x, which would hide the (flat) cost per entry.
    """
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        parse(text)
        times.append(time.perf_counter() - start)
    return min(times)


def peak_mb(parse: Parse, text: str) -> float:
    gc.collect()
    tracemalloc.start()
    parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def bench_examples(mine: Parse, theirs: Parse, repeats: int, min_seconds: float) -> float:
    """Print the examples table; return the worst (smallest) speed-up."""
    print(f"## Seed examples (best of {repeats}, µs per value)\n")
    print("| value | chars | ec2shorthand | AWS CLI | AWS CLI / ours |")
    print("|---|---:|---:|---:|---:|")
    worst = float("inf")
    for name, text in EXAMPLES.items():
        t_ours = per_call_us(mine, text, repeats, min_seconds)
        t_aws = per_call_us(theirs, text, repeats, min_seconds)
        worst = min(worst, t_aws / t_ours)
        print(f"| {name} | {len(text)} | {t_ours:.1f} | {t_aws:.1f} | {t_aws / t_ours:.2f}x |")
    print()
    return worst


def bench_scaling(
    mine: Parse,
    theirs: Parse,
    sizes: Sequence[int],
    aws_sizes: Sequence[int],
    aws_full_budget_s: float,
) -> float:
    """Print the scaling tables; return our time for the largest size."""
    print("## Scaling: one IpPermission with n IpRanges (best of 3 calls, GC on)\n")
    print("| n | MB | ec2shorthand s | µs/entry |")
    print("|---:|---:|---:|---:|")
    t_largest = 0.0
    for n in sizes:
        text = ip_ranges_value(n)
        t_largest = call_s(mine, text, repeats=3)
        print(f"| {n} | {len(text) / 1e6:.2f} | {t_largest:.3f} | {t_largest / n * 1e6:.1f} |")
    largest = sizes[-1]
    print(
        f"\nPeak memory (tracemalloc), ours, n={largest}: "
        f"{peak_mb(mine, ip_ranges_value(largest)):.1f} MB\n"
    )

    print("| n | AWS CLI s | µs/entry |")
    print("|---:|---:|---:|")
    t_aws = 0.0
    for n in aws_sizes:
        t_aws = call_s(theirs, ip_ranges_value(n), repeats=3)
        print(f"| {n} | {t_aws:.3f} | {t_aws / n * 1e6:.1f} |")
    # The AWS CLI re-slices the rest of the input at every token, so time grows
    # with n squared: scale the largest measured size quadratically.
    predicted = t_aws * (largest / aws_sizes[-1]) ** 2
    if predicted <= aws_full_budget_s:
        measured = call_s(theirs, ip_ranges_value(largest))  # once: ~20-60 s
        print(
            f"| {largest} | {measured:.3f} (measured; {predicted:.3f} predicted as n²) "
            f"| {measured / largest * 1e6:.1f} |"
        )
    else:
        print(
            f"| {largest} | ~{predicted:.0f} (extrapolated as n², not measured) "
            f"| ~{predicted / largest * 1e6:.0f} |"
        )
    print()
    return t_largest


def profile(mine: Parse, entries: int, top: int = 10) -> None:
    text = ip_ranges_value(entries)
    profiler = cProfile.Profile()
    profiler.runcall(mine, text)
    print(f"## cProfile of ours, n={entries}, top {top} by tottime\n")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(top)


def main(argv: Sequence[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    cli.add_argument("--quick", action="store_true", help="tiny sizes, a few seconds (CI)")
    cli.add_argument("--profile", action="store_true", help="profile our largest parse")
    args = cli.parse_args(argv)

    mine, theirs = ours(), aws_cli()
    for name, text in EXAMPLES.items():
        assert mine(text) == theirs(text), f"ec2shorthand and the AWS CLI disagree on {name}"
    small = ip_ranges_value(50)
    assert mine(small) == theirs(small), "ec2shorthand and the AWS CLI disagree on IpRanges"

    print(
        f"Python {platform.python_version()}, lark {lark.__version__}, "
        f"awscli {awscli.__version__}, {platform.machine()}\n"
    )
    if args.quick:
        bench_examples(mine, theirs, repeats=2, min_seconds=0.01)
        bench_scaling(mine, theirs, (100, 200, 400), (100, 200), aws_full_budget_s=1.0)
        return 0
    if args.profile:
        profile(mine, TARGET_ENTRIES)
        return 0
    speedup = bench_examples(mine, theirs, repeats=7, min_seconds=0.2)
    t_target = bench_scaling(
        mine,
        theirs,
        (1000, 5000, 10_000, TARGET_ENTRIES),
        (1000, 2000, 4000, 8000),
        aws_full_budget_s=120.0,
    )
    print(
        f"Target 1 (>= 1.5x on both examples): {'met' if speedup >= 1.5 else 'MISSED'} "
        f"(worst {speedup:.2f}x)"
    )
    print(
        f"Target 2 ({TARGET_ENTRIES} entries < 1 s): {'met' if t_target < 1 else 'MISSED'} "
        f"({t_target:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
