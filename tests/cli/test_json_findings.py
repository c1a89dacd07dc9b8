"""`validate --format json` and `lint --format json`: one shape for a finding."""

from __future__ import annotations

import io
import json
from pathlib import Path

from ec2shorthand._cli import run

KEYS = {
    "path", "line", "column", "end_line", "end_column", "severity", "rule", "message", "hint",
    "member", "option", "item", "fix",
}  # fmt: skip


def _json(argv: list[str]) -> list[dict[str, object]]:
    stdout, stderr = io.StringIO(), io.StringIO()
    run(argv, stdout, stderr)
    found: list[dict[str, object]] = json.loads(stdout.getvalue())
    return found


def test_validate_and_lint_give_findings_of_one_shape(tmp_path: Path) -> None:
    command = [
        "revoke-security-group-ingress", "--group-id", "sg-1a2b3c4d",
        "--ip-permissions", "IpProtocol=tcp,FromPort=x",
    ]  # fmt: skip
    (validated,) = _json(["validate", "--format", "json", *command])
    script = tmp_path / "revoke.sh"
    script.write_text("aws ec2 " + " ".join(command[:-1]) + " 'IpProtocol=tcp,FromPort=x'\n")
    linted = _json(["lint", "--format", "json", str(script)])
    assert linted and set(validated) == KEYS and all(set(f) == KEYS for f in linted)
    assert validated == {
        "path": None,  # a command line, not a file: positions are in argv item `item`
        "line": 1,
        "column": 25,
        "end_line": 1,
        "end_column": 26,
        "severity": "error",
        "rule": "input.type",
        "message": "'x' is not an integer",
        "hint": "",
        "member": "IpPermissions[0].FromPort",
        "option": "--ip-permissions",
        "item": 3,
        "fix": None,
    }
    (same,) = [f for f in linted if f["rule"] == "input.type"]
    assert same["path"] == str(script) and str(validated["message"]) in str(same["message"])
