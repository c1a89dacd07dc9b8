"""The AWS CLI's own example pages for the six security-group operations, linted.

The pages are read from the installed AWS CLI at test time (their text is not
copied here). Four mistakes are found, each at its line; nothing else is an error:

- revoke-security-group-ingress.rst line 6: no ``\\`` at the end of the line;
- authorize-security-group-ingress.rst line 180: nested single quotes split the value;
- revoke-security-group-egress.rst line 7: unquoted shorthand that starts with ``[``;
- update-security-group-rule-descriptions-egress.rst line 7: ``IpRanges=[{CidrIp=...,
  Description="..."}]`` unquoted, which bash brace-expands into two words (checked
  against bash itself below).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from operations import SECURITY_GROUP_OPERATIONS as OPERATIONS

from ec2shorthand.lint import lint_text

awscli = pytest.importorskip("awscli")

EXAMPLES = Path(awscli.__file__).parent / "examples" / "ec2"
MISTAKES = {
    ("revoke-security-group-ingress", 6, "shell.missing-continuation"),
    ("authorize-security-group-ingress", 180, "shell.nested-quotes"),
    ("revoke-security-group-egress", 7, "shorthand.read-as-json"),
    ("update-security-group-rule-descriptions-egress", 7, "shell.brace-expansion"),
}


def findings() -> list[tuple[str, int, str, str]]:
    found = []
    for operation in OPERATIONS:
        page = EXAMPLES / f"{operation}.rst"
        for finding in lint_text(str(page), page.read_text(encoding="utf-8"), "rst"):
            found.append((operation, finding.line, finding.rule, finding.severity))
    return found


def test_the_mistakes_in_the_aws_cli_example_pages() -> None:
    # Exactly these errors (warnings, such as IpProtocol=all, may come besides).
    errors = {(op, line, rule) for op, line, rule, severity in findings() if severity == "error"}
    assert errors == MISTAKES


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_splits_the_update_egress_example_in_two() -> None:
    page = (EXAMPLES / "update-security-group-rule-descriptions-egress.rst").read_text()
    value = page.splitlines()[6].split("--ip-permissions ", 1)[1]
    words = subprocess.run(
        ["bash", "-c", f"set -f; printf '%s\\0' {value}"], capture_output=True, check=True
    ).stdout.split(b"\0")[:-1]
    assert len(words) == 2
