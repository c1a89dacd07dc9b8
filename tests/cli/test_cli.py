"""The ec2shorthand command: stdout carries data only, exit codes 0/1/2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ec2shorthand._cli import run

EXAMPLE_2 = [
    "parse",
    "revoke-security-group-ingress",
    "--group-id",
    "sg-026c12253ce15eff7",
    "--ip-permissions",
    "IpProtocol=icmp,FromPort=3,ToPort=4,IpRanges=[{CidrIp=0.0.0.0/0}]",
]


def _run(argv: list[str]) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(argv, stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def test_parse_prints_the_request_with_four_space_indent() -> None:
    code, out, err = _run(EXAMPLE_2)
    assert (code, err) == (0, "")
    assert out.startswith('{\n    "GroupId": "sg-026c12253ce15eff7",\n    "IpPermissions": [\n')
    assert json.loads(out)["IpPermissions"][0]["FromPort"] == 3


def test_bad_input_exits_1_with_caret_on_stderr_and_nothing_on_stdout() -> None:
    code, out, err = _run([*EXAMPLE_2[:-1], "IpProtocol=icmp,IpRanges=[{CidrIp=0.0.0.0/0}"])
    assert (code, out) == (1, "")
    assert err.splitlines()[-1].strip() == "^"
    assert "expected ',' or ']' after a list item" in err


def test_usage_errors_exit_2() -> None:
    assert _run([])[0] == 2
    assert _run(["parse"])[0] == 2
    code, out, err = _run(["parse", "no-such-operation"])
    assert (code, out) == (2, "") and "unknown operation" in err


@pytest.mark.parametrize(
    "pasted",
    [
        ["aws", "--region", "us-east-1", "ec2", "describe-instances"],
        ["aws", "--debug", "--output=json", "ec2", "describe-instances"],
        ["aws", "--profile", "prod", "describe-instances"],
    ],
)
def test_global_options_may_stand_before_the_service(pasted: list[str]) -> None:
    code, out, err = _run(["parse", *pasted, "--instance-ids", "i-1"])
    assert (code, err) == (0, "")
    assert json.loads(out) == {"InstanceIds": ["i-1"]}


def test_a_global_option_before_the_service_is_still_checked() -> None:
    code, out, err = _run(["parse", "aws", "--output", "yaml-ish", "ec2", "describe-vpcs"])
    assert (code, out) == (1, "") and "--output" in err


def test_no_validate_prints_what_validation_would_refuse() -> None:
    argv = ["parse", "revoke-security-group-ingress", "--ip-permissions", "Bogus=1"]
    assert _run(argv)[0] == 1
    code, out, _ = _run([*argv[:2], "--no-validate", *argv[2:]])
    assert code == 0 and json.loads(out) == {"IpPermissions": [{"Bogus": "1"}]}


def test_module_entry_point_runs(tmp_path: Path) -> None:
    # From an empty folder: `-m` puts the working folder first on sys.path, and
    # the source tree is not an importable package (its data folders live
    # outside it); the installed package must be the one that runs.
    completed = subprocess.run(
        [sys.executable, "-m", "ec2shorthand", *EXAMPLE_2],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["GroupId"] == "sg-026c12253ce15eff7"


def test_validate_lists_diagnostics_and_exits_1_when_invalid() -> None:
    argv = ["validate", "revoke-security-group-ingress", "--group-name", "web"]
    code, out, err = _run([*argv, "--protocol", "tcp", "--port", "25-22", "--cidr", "10.0.0.0/8"])
    assert (code, err) == (1, "")
    assert out.startswith("error[ports.order] IpPermissions[0].FromPort:")
    assert out.rstrip().endswith("invalid: 1 error(s), 0 warning(s)")
    code, out, _ = _run([*argv, "--protocol", "tcp", "--port", "22-25", "--cidr", "10.0.0.0/8"])
    assert (code, out) == (0, "valid: 0 error(s), 0 warning(s)\n")


def test_validate_json_format_and_strict_warnings() -> None:
    argv = ["validate", "--format", "json", "revoke-security-group-ingress", "--group-name", "web"]
    code, out, _ = _run([*argv, "--protocol", "all", "--port", "22", "--cidr", "10.0.0.0/8"])
    found = json.loads(out)
    assert code == 0
    assert [(d["rule"], d["severity"], d["option"]) for d in found] == [
        ("ports.ignored", "warning", "--port")
    ]
    code, _, _ = _run(
        [*argv, "--strict", "--protocol", "all", "--port", "22", "--cidr", "10.0.0.0/8"]
    )
    assert code == 1


def test_validate_reports_unreadable_input_as_a_diagnostic() -> None:
    argv = [
        "validate",
        "--format",
        "json",
        "revoke-security-group-ingress",
        "--ip-permissions",
        "a=[",
    ]
    code, out, _ = _run(argv)
    assert code == 1
    assert [d["rule"] for d in json.loads(out)] == ["input.syntax"]


def test_parse_prints_warnings_on_stderr_and_the_request_on_stdout() -> None:
    argv = ["parse", "revoke-security-group-ingress", "--group-name", "web", "--protocol", "all"]
    code, out, err = _run([*argv, "--port", "22", "--cidr", "10.0.0.0/8"])
    assert code == 0 and json.loads(out)["GroupName"] == "web"
    assert err.startswith("warning[ports.ignored]")


def test_a_streamed_body_prints_as_the_path_the_option_takes(tmp_path: Path) -> None:
    body = tmp_path / "report.csv"
    body.write_bytes(b"\x00not read")
    argv = ["parse", "s3api", "put-object", "--bucket", "b", "--key", "k", "--body", str(body)]
    code, out, err = _run(argv)
    assert (code, err) == (0, "")
    assert json.loads(out) == {"Bucket": "b", "Key": "k", "Body": str(body)}
