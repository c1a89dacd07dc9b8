"""The ec2shorthand command: stdout carries data only, exit codes 0/1/2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

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
