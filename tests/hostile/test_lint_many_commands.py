"""A file of tens of thousands of commands is linted in work proportional to its commands.

The issue's file of 50,000 commands, each with a finding, took about 75 s
(1.5 ms a command). Profiled (bench/RESULTS-lint.md), the time is spread over
the engine's steps; what went: argparse's second pass over each command for
the AWS CLI's global options when no word can be one, and the port grammar
(Lark) for a plain port. Counted in calls (``lint_text``, without the
reporter), in a child under a memory cap.
"""

from __future__ import annotations

import pytest
from bounded import assert_linear, run_bounded

from ec2shorthand import CommandLineError

# Function calls per command of ``lint_text`` (PYTHONHASHSEED=0): 1,653 at 7f334ca, 1,371 after,
# read as v1; 1,625 read as v2 with round 3's detectors (v2's blob check once an operation;
# 2,365 before that). A budget, not a target: a second pass over each command would double it.
CALLS_PER_COMMAND = 2_000


def _lint(commands: int) -> str:
    return f"""
        from ec2shorthand.lint.run import lint_text
        text = "".join(
            "aws ec2 authorize-security-group-ingress --group-id sg-1a2b3c4d --protocol tcp "
            f"--port {{1 + number % 60000}} --cidr 10.0.0.0/33\\n"
            for number in range({commands})
        )
        measure(lambda: len(lint_text("many.sh", text, "shell")), size={commands})
        """


def test_many_commands_with_findings_cost_linear_work_and_a_budget_each() -> None:
    half, full = run_bounded(_lint(1_000)), run_bounded(_lint(2_000))
    assert full.outcome == "ok", full.details
    assert int(full["value"]) >= 2_000  # a finding (or more) per command
    assert_linear(half, full)
    assert full.calls < CALLS_PER_COMMAND * 2_000, full.calls / 2_000


def test_a_plain_port_reads_as_the_grammar_reads_it() -> None:
    from ec2shorthand._syntax.errors import parse_with
    from ec2shorthand.customizations._port_grammar import describe, port_parser
    from ec2shorthand.customizations.ec2_port import parse_port

    texts = [str(number) for number in range(0, 10_000, 7)] + ["0", "00", "022", "0443", "9999"]
    for text in texts:
        assert parse_port(text) == parse_with(port_parser(), text, describe), text


def test_a_global_option_anywhere_is_still_read() -> None:
    from ec2shorthand._awscli.command import check_command

    base = ["--group-id", "sg-1a2b3c4d", "--protocol", "tcp", "--port", "22"]
    for extra in (["--region", "eu-west-1"], ["--reg", "eu-west-1"], ["--output=json"]):
        result = check_command("authorize-security-group-ingress", [*base, *extra])
        assert result.params["IpPermissions"][0]["FromPort"] == 22
    with pytest.raises(CommandLineError, match="--query: not a JMESPath expression"):
        check_command("authorize-security-group-ingress", [*base, "--query", "(a"])
