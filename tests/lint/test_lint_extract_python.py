"""Commands in Python subprocess calls and os.system."""

from __future__ import annotations

from lint_support import lint, position, rules, where

ARGV = (
    '["aws", "ec2", "authorize-security-group-ingress", "--group-id", "sg-12345678", '
    '"--protocol", "tcp", "--port", "70000", "--cidr", "10.0.0.0/8"]'
)
BAD = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port 70000 --cidr 10.0.0.0/8"
)


def the_ports(text: str) -> list[tuple[int, int]]:
    found = lint(text, "python")
    assert [finding.rule for finding in found] == ["ports.bounds"] * len(found)
    return [where(finding)[:2] for finding in found]


def test_an_argument_list_is_read_item_by_item() -> None:
    text = f"import subprocess\n\nsubprocess.run(\n    {ARGV},\n    check=True,\n)\n"
    assert the_ports(text) == [position(text, "70000")]


def test_items_are_not_read_by_a_shell() -> None:
    # No shell: '*' and '{a,b}' reach the AWS CLI as written, and a variable is unknown.
    argv = '["aws", "ec2", "describe-instances", "--instance-ids", "i-*{a,b}", "--region", r]'
    assert rules(f"import subprocess\nsubprocess.check_output({argv})\n", "python") == []
    argv = ARGV.replace('"sg-12345678"', "group")
    text = f"from subprocess import Popen\nPopen({argv})\n"
    assert the_ports(text) == [position(text, "70000")]


def test_shell_strings() -> None:
    text = f'import os, subprocess\nos.system("{BAD}")\nsubprocess.call("{BAD} | jq", shell=True)\n'
    assert the_ports(text) == [position(text, "70000"), position(text, "70000", 2)]


def test_strings_without_a_shell_and_other_calls_are_not_commands() -> None:
    text = f'import subprocess\nsubprocess.run("{BAD}")\nprint("{BAD}")\nx = {ARGV}\n'
    assert rules(text, "python") == []


def test_broken_python_gives_nothing() -> None:
    assert rules(f"def (:\n  os.system('{BAD}')\n", "python") == []


def test_non_ascii_before_the_call_keeps_columns() -> None:
    text = f"import subprocess\nnote = 'héllo'; subprocess.run({ARGV})\n"
    assert the_ports(text) == [position(text, "70000")]
