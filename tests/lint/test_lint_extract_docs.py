"""Commands in documents outside shell fences: untagged and text fences, transcripts
without prompts, indented code blocks; prose and output are never commands."""

from __future__ import annotations

import pytest
from lint_support import lint, position, rules, where

BAD = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port 70000 --cidr 10.0.0.0/8"
)
PROSE = (
    "aws ec2 authorize-security-group-ingress opens a port, for example --port 70000.\n"
    "Use aws ec2 authorize-security-group-ingress --port 70000 to open it.\n"
    "An error occurred (InvalidParameterValue) when calling --port 70000\n"
    "aws s3 buckets hold objects, aws ec2 instances run them.\n"
)


def the_ports(text: str, kind: str) -> list[tuple[int, int]]:
    found = lint(text, kind)
    assert {finding.rule for finding in found} == {"ports.bounds"}
    return [where(finding)[:2] for finding in found]


@pytest.mark.parametrize("language", ["", "text", "cmd", "commandline", "txt", "plaintext"])
def test_text_fences_give_their_aws_lines(language: str) -> None:
    text = f"Run:\n\n```{language}\n{PROSE}{BAD}\n$ {BAD}\n```\n"
    assert the_ports(text, "markdown") == [position(text, "70000", 4), position(text, "70000", 5)]


@pytest.mark.parametrize("language", ["console", "shell-session"])
def test_transcripts_without_prompts_give_their_aws_lines(language: str) -> None:
    command = BAD.replace(" --port", " \\\n    --port")
    text = f'```{language}\n{command}\n{{\n    "Return": true\n}}\n```\n'
    assert the_ports(text, "markdown") == [position(text, "70000")]


def test_transcripts_with_prompts_give_only_prompted_lines() -> None:
    text = f"```console\n$ echo hi\n{BAD}\n$ {BAD}\n```\n"
    assert the_ports(text, "markdown") == [position(text, "70000", 2)]


def test_zsh_fences_are_shell() -> None:
    text = f"```zsh\nexport X=1 && {BAD}\n```\n"
    assert the_ports(text, "markdown") == [position(text, "70000")]


def test_indented_code_blocks() -> None:
    text = f"Open the port:\n\n    {BAD}\n    \n    $ sudo {BAD}\n\nDone.\n"
    assert the_ports(text, "markdown") == [position(text, "70000"), position(text, "70000", 2)]


def test_a_command_in_a_list_items_text_is_read_as_one() -> None:
    # Not a code block to CommonMark, but a command a reader copies: read in the strict
    # form that prose outside any block is read in (a line that starts `aws SERVICE OP --x`).
    text = f"- Open the port:\n\n    {BAD}\n\n1. Again\n\n    {BAD}\n"
    first = position(text, "70000")
    second = position(text, "70000", 2)
    assert the_ports(text, "markdown") == [first, second]


def test_a_command_on_a_line_of_its_own_outside_any_block_is_read() -> None:
    text = f"Run this:\n\n{BAD}\n\nThen `aws s3 ls` lists the buckets.\n"
    assert the_ports(text, "markdown") == [position(text, "70000")]


def test_prose_output_and_other_commands_are_no_commands() -> None:
    text = f"{PROSE}\n```\n{PROSE}echo {BAD}\n# {BAD}\n```\n\n    {PROSE}\n"
    assert rules(text, "markdown") == []


def test_a_text_line_that_continues_is_read_to_its_end() -> None:
    command = BAD.replace(" --port 70000", " \\\n  --port 70000")
    text = f"```text\n{command}\nOutput: --port 70000\n```\n"
    assert the_ports(text, "markdown") == [position(text, "70000")]


def test_a_typo_in_a_text_fence_is_found() -> None:
    text = "```\naws ec2 describe-instances --regiosn us-east-1\n```\n"
    (finding,) = lint(text, "markdown")
    assert where(finding)[:2] == position(text, "--regiosn")


# --- reStructuredText -------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["text", "none", "python", "json"])
def test_rst_code_blocks_of_other_languages_give_their_aws_lines(language: str) -> None:
    text = f".. code-block:: {language}\n\n   {PROSE.replace(chr(10), chr(10) + '   ')}{BAD}\n"
    assert the_ports(text, "rst") == [position(text, "70000", 4)]


def test_rst_powershell_blocks_are_not_read() -> None:
    text = f".. code-block:: powershell\n\n   {BAD}\n"
    assert rules(text, "rst") == []


def test_a_quoted_value_over_several_lines_is_read_to_its_closing_quote() -> None:
    value = '\'[{"IpProtocol": "tcp",\n  "FromPort": 70000, "ToPort": 22}]\''
    command = BAD.split(" --protocol")[0] + f" --ip-permissions {value}"
    text = f'```\n{command}\nIt\'s done.\n{{\n  "Return": true\n}}\n```\n'
    (finding,) = lint(text, "markdown")
    assert where(finding)[:2] == position(text, "70000")
