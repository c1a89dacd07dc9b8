"""Commands in AsciiDoc listings and literal blocks."""

from __future__ import annotations

import pytest
from lint_support import lint, position, rules, where

BAD = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port 70000 --cidr 10.0.0.0/8"
)


def the_ports(text: str) -> list[tuple[int, int]]:
    found = lint(text, "asciidoc")
    assert {finding.rule for finding in found} == {"ports.bounds"}
    return [where(finding)[:2] for finding in found]


@pytest.mark.parametrize("language", ["bash", "shell", "sh"])
def test_shell_listings(language: str) -> None:
    command = BAD.replace(" --port", " \\\n  --port")
    text = f"== Open\n\n[source,{language}]\n----\nexport X=1\n{command} <1>\n----\n<1> the port\n"
    assert the_ports(text) == [position(text, "70000")]


def test_console_listings_give_prompted_lines() -> None:
    text = f"[source,console]\n----\n$ {BAD}\n{BAD}\n----\n"
    assert the_ports(text) == [position(text, "70000")]


def test_literal_blocks_and_plain_listings_give_aws_lines() -> None:
    text = f"....\nRun {BAD}\n{BAD}\n....\n\n----\n$ {BAD}\nAn error occurred: --port 70000\n----\n"
    assert the_ports(text) == [position(text, "70000", 2), position(text, "70000", 3)]


def test_prose_and_other_languages_are_no_commands() -> None:
    text = (
        f"{BAD}\n\n[source,powershell]\n----\n{BAD}\n----\n\n[source,python]\n----\nx = 1\n----\n"
    )
    assert rules(text, "asciidoc") == []
