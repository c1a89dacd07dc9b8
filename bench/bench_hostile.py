"""Issue 14's large inputs, against the AWS CLI in the same run: time and peak memory.

1. One ``--ip-permissions`` JSON value of 200,000 permissions (19.7 MB):
   ``parse_command`` without and with validation, against the AWS CLI's
   argument processing (warm, to ``calling-command``), then botocore's
   validation and serialization of what it built: the work the AWS CLI does
   before it sends.
2. A 10 MB double-quoted description in shorthand: time and peak memory
   (tracemalloc) of ``parse_command`` with validation.
3. Many findings (``validate`` on 14,000 unknown keys, on 3,000 bad CIDRs) and
   the oracle harness' ``aws_request`` per call: the times that
   ``tests/hostile/`` and ``tests/awscli/`` used to assert, now bounded there by
   counts of function calls.

Run from the repository root: ``python bench/bench_hostile.py`` (about 40 s).
"""

from __future__ import annotations

import io
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from aws_cli_timing import aws_argument_processing

from ec2shorthand import parse_command
from ec2shorthand._awscli.command import check_command

OPERATION = "authorize-security-group-ingress"
GROUP = ["--group-id", "sg-1a2b3c4d"]


def _seconds(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def _peak_bytes(call: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def permissions() -> None:
    value = json.dumps(
        [
            {
                "IpProtocol": "tcp",
                "FromPort": i % 65536,
                "ToPort": i % 65536,
                "IpRanges": [{"CidrIp": "10.0.0.0/8"}],
            }
            for i in range(200_000)
        ]
    )
    argv = [*GROUP, "--ip-permissions", value]
    plain, ours = _seconds(lambda: parse_command(OPERATION, argv, validate=False))
    checked, _ = _seconds(lambda: parse_command(OPERATION, argv))
    peak = _peak_bytes(lambda: parse_command(OPERATION, argv))

    import botocore.session
    from botocore import serialize
    from botocore.validate import ParamValidator

    aws = aws_argument_processing("ec2", OPERATION, argv)
    stage_one, theirs = _seconds(aws)
    if json.loads(json.dumps(theirs)) != json.loads(json.dumps(ours)):
        raise AssertionError("ec2shorthand and the AWS CLI built different requests")
    model = botocore.session.get_session().get_service_model("ec2")
    operation = model.operation_model("AuthorizeSecurityGroupIngress")
    validation, report = _seconds(lambda: ParamValidator().validate(theirs, operation.input_shape))
    assert not report.has_errors()
    serializer = serialize.create_serializer("ec2")
    serialization, _ = _seconds(lambda: serializer.serialize_to_request(theirs, operation))
    ready = stage_one + validation + serialization

    print(f"## 1. 200,000 permissions as one JSON value ({len(value) / 1e6:.1f} MB)\n")
    print("| work | s |")
    print("|---|---:|")
    print(f"| ec2shorthand `parse_command(validate=False)` | {plain:.2f} |")
    print(f"| ec2shorthand `parse_command` (validating) | {checked:.2f} |")
    print(f"| AWS CLI argument processing, to `calling-command` | {stage_one:.2f} |")
    print(f"| + botocore's validation | {validation:.2f} |")
    print(f"| + botocore's serialization: a request ready to send | {serialization:.2f} |")
    print(f"| AWS CLI, all three | {ready:.2f} |")
    print(
        f"\nValidating: **{checked / ready:.2f}** of the AWS CLI's time to a request ready to "
        f"send. Peak memory, validating: {peak / 1e6:.0f} MB (**{peak / len(value):.1f}x** "
        "the value).\n"
    )


def long_description() -> None:
    value = (
        'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8,Description="'
        + "d" * 10_000_000
        + '"}]'
    )
    argv = [*GROUP, "--ip-permissions", value]
    seconds, result = _seconds(lambda: check_command(OPERATION, argv))
    peak = _peak_bytes(lambda: check_command(OPERATION, argv))
    rules = sorted({diagnostic.rule for diagnostic in result.diagnostics})
    print("## 2. A 10 MB double-quoted description in shorthand\n")
    print(
        f"`check_command` (validating; finds {', '.join(rules)}): {seconds:.2f} s, peak "
        f"{peak / 1e6:.0f} MB (**{peak / len(value):.1f}x** the value).\n"
    )


def _validate_seconds(value: str) -> float:
    from ec2shorthand._cli import run

    argv = ["validate", OPERATION, *GROUP, "--ip-permissions", value]
    out, err = io.StringIO(), io.StringIO()
    seconds, code = _seconds(lambda: run(argv, out, err))
    assert code == 1, err.getvalue()
    return seconds


def many_findings() -> None:
    unknown = ",".join(f"k{i}=v" for i in range(14_000))
    ranges = ",".join(["{CidrIp=10.0.0.0/33}"] * 3000)
    cidrs = "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[" + ranges + "]"
    print("## 3. Many findings, and the oracle harness\n")
    print("| work | s |")
    print("|---|---:|")
    print(f"| `validate`, 14,000 unknown keys | {_validate_seconds(unknown):.2f} |")
    print(f"| `validate`, 3,000 bad CIDRs | {_validate_seconds(cidrs):.2f} |")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "support"))
    from oracle import aws_request

    aws_request("revoke-security-group-ingress", ["--dry-run"])  # the driver, built once
    calls = 100
    seconds, _ = _seconds(
        lambda: [
            aws_request("revoke-security-group-ingress", ["--ip-permissions", f"FromPort={port}"])
            for port in range(calls)
        ]
    )
    print(f"| oracle harness `aws_request`, per call | {seconds / calls:.3f} |\n")


def main() -> int:
    print("# Large inputs (issue 14): `bench/bench_hostile.py`\n")
    permissions()
    long_description()
    many_findings()
    return 0


if __name__ == "__main__":
    sys.exit(main())
