"""Commands in Terraform local-exec provisioners."""

from __future__ import annotations

import pytest
from lint_support import lint, position, rules, where

BAD = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port 70000 --cidr 10.0.0.0/8"
)
GOOD = BAD.replace("70000", "22")


def resource(body: str) -> str:
    return (
        'resource "null_resource" "open" {\n'
        '  triggers = { id = "x" }\n'
        f'  provisioner "local-exec" {{\n{body}  }}\n}}\n'
    )


def the_ports(text: str) -> list[tuple[int, int]]:
    found = lint(text, "terraform")
    assert [finding.rule for finding in found] == ["ports.bounds"] * len(found)
    return [where(finding)[:2] for finding in found]


def test_a_quoted_command() -> None:
    command = BAD.replace("10.0.0.0/8", '\\"10.0.0.0/8\\"')
    text = resource(f'    command = "{command}"\n')
    assert the_ports(text) == [position(text, "70000")]


@pytest.mark.parametrize("dash", ["", "-"])
def test_a_heredoc_command(dash: str) -> None:
    command = BAD.replace(" --port", " \\\n      --port")
    text = resource(f"    command = <<{dash}EOT\n      set -e\n      {command}\n    EOT\n")
    assert the_ports(text) == [position(text, "70000")]


def test_interpolations_are_unknown_values() -> None:
    command = GOOD.replace("sg-12345678", "${aws_security_group.web.id}")
    assert rules(resource(f'    command = "{command}"\n'), "terraform") == []
    text = resource(f'    command = "{command.replace("22", "70000")}"\n')
    assert the_ports(text) == [position(text, "70000")]


def test_other_interpreters_and_other_attributes_are_not_read() -> None:
    body = f'    interpreter = ["PowerShell", "-Command"]\n    command = "{BAD}"\n'
    text = resource(body) + f'variable "x" {{\n  default = "{BAD}"\n}}\n'
    assert rules(text, "terraform") == []
