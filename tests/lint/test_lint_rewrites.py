"""The rewrites detectors offer: bash reads the rewritten word as the text meant."""

from __future__ import annotations

import subprocess

import pytest

from ec2shorthand import parse_command
from ec2shorthand._report import Finding
from ec2shorthand.lint import lint_text
from ec2shorthand.lint.detectors.rewrites import quote_word, rename_option, single_quoted
from ec2shorthand.lint.fixing import fix_text
from ec2shorthand.lint.hits import HitFix
from ec2shorthand.lint.shell import parse_commands
from ec2shorthand.lint.snippet import Snippet
from ec2shorthand.lint.words import Word


def _word(text: str, index: int = -1) -> tuple[Snippet, Word]:
    snippet = Snippet.whole(text)
    (command,) = parse_commands(snippet)
    return snippet, command.words(0)[index]


def _applied(text: str, fix: HitFix) -> str:
    for replacement in sorted(fix.replacements, key=lambda r: r.start, reverse=True):
        text = text[: replacement.start] + replacement.text + text[replacement.end :]
    return text


def _bash_words(line: str) -> list[str]:
    done = subprocess.run(
        ["bash", "-c", f"set -f; printf '%s\\0' {line.split(' ', 1)[1]}"],
        capture_output=True,
        timeout=60,
        check=True,
    )
    return done.stdout.decode().split("\0")[:-1]


@pytest.mark.parametrize(
    "line",
    [
        "echo IpRanges=[{CidrIp=10.0.0.0/8,Description=office}]",
        "echo Name=tag:Role,Values=web*",
        "echo \"Key={a,b}\"'x'",
        "echo it\\'s={a,b}",
        "echo --filters=Name=x,Values={a,b}",
    ],
)
def test_a_quoted_word_is_its_text_to_bash(line: str) -> None:
    snippet, word = _word(line)
    fix = quote_word(word, snippet)
    assert fix is not None
    fixed = _applied(line, fix)
    assert _bash_words(fixed.replace("set -f; ", "")) == [word.text]
    assert quote_word(_word(fixed)[1], Snippet.whole(fixed)) is not None  # still one word


@pytest.mark.parametrize("line", ["echo $X={a,b}", "echo ~/x{a,b}", "echo a\\\n{b,c}"])
def test_no_quotes_where_the_meaning_is_not_sure(line: str) -> None:
    snippet, word = _word(line)
    assert quote_word(word, snippet) is None


def test_single_quoted_escapes_single_quotes() -> None:
    assert single_quoted("it's") == "'it'\\''s'"


def test_rename_touches_only_the_name() -> None:
    line = "aws ec2 describe-vpcs --vpc-id=vpc-1"
    snippet, word = _word(line)
    fix = rename_option(word, snippet, "--vpc-id", "--vpc-ids")
    assert fix is not None
    assert _applied(line, fix) == "aws ec2 describe-vpcs --vpc-ids=vpc-1"
    quoted = "aws ec2 describe-vpcs '--vpc-id'"
    assert rename_option(*_word(quoted), "--vpc-id", "--vpc-ids") is None


# (line as written, the words bash must give the AWS CLI after the fix)
FIXED = [
    (
        "aws ec2 authorize-security-group-ingress --group-id sg-12345678 --ip-permissions "
        "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8,Description=office}]",
        "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8,Description=office}]",
    ),
    ("aws ec2 describe-instances --query Reservations[0]", "Reservations[0]"),
    ("aws elbv2 create-target-group --name t --matcher HttpCode=200,301", 'HttpCode="200,301"'),
    ("aws ec2 describe-instances --instance-idz i-12345678", "--instance-ids"),
    ("aws ec2 describe-vpcs --regoin us-east-1", "--region"),
]


@pytest.mark.parametrize(("line", "meant"), FIXED, ids=[m for _, m in FIXED])
def test_lint_fix_gives_bash_and_the_aws_cli_the_command_meant(line: str, meant: str) -> None:
    def lint(text: str) -> list[Finding]:
        return lint_text("t.sh", text, "shell")

    outcome = fix_text(line + "\n", lint)
    assert outcome.applied == 1 and outcome.remaining == []
    fixed = outcome.text.rstrip("\n")
    words = _bash_words(fixed)
    assert meant in words
    assert fix_text(outcome.text, lint).applied == 0  # fixing twice changes nothing
    service, operation, *argv = words
    parse_command(operation, argv, service=service, validate=False, files=None)


def test_no_typo_fix_where_two_names_are_close() -> None:
    # --dry-runn is close to --dry-run only; --group-idz to --group-id and --group-ids
    (finding,) = lint_text("t.sh", "aws ec2 describe-security-groups --group-idz sg-1\n", "shell")
    assert finding.rule == "option.unknown"
    assert finding.fix is None


def test_the_aws_cli_reads_each_fixed_command() -> None:
    """The real AWS CLI v1 builds a request from every fixed command, and none or another
    from the original (but the glob's, which only a matching file name would break)."""
    pytest.importorskip("awscli")
    from fork_oracle import ForkOracle

    def lint(text: str) -> list[Finding]:
        return lint_text("t.sh", text, "shell")

    with ForkOracle() as oracle:
        for line, _ in FIXED:
            fixed = fix_text(line + "\n", lint).text.rstrip("\n")
            record = oracle.run(_bash_words(fixed))
            assert record.get("params") is not None, (fixed, record["status"])
            before = oracle.run(_bash_words(line))
            # Another request, or none, from the original; the glob's matches no file here.
            assert (before.get("params") == record["params"]) == ("--query" in line), line


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "aws ec2 describe-vpcs\n  --vpc-ids vpc-1 \n  --region us-east-1\n",
            "aws ec2 describe-vpcs \\\n  --vpc-ids vpc-1 \\\n  --region us-east-1\n",
        ),
        (
            "aws ec2 describe-vpcs \\  \n  --vpc-ids vpc-1\n",
            "aws ec2 describe-vpcs \\\n  --vpc-ids vpc-1\n",
        ),
        (
            "aws ec2 describe-vpcs --vpc-ids vpc-1 \\ \t\n  --region us-east-1\n",
            "aws ec2 describe-vpcs --vpc-ids vpc-1 \\\n  --region us-east-1\n",
        ),
    ],
)
def test_continuation_fixes_make_one_command(text: str, fixed: str) -> None:
    def lint(source: str) -> list[Finding]:
        return lint_text("t.sh", source, "shell")

    outcome = fix_text(text, lint)
    assert outcome.text == fixed
    assert outcome.remaining == []
    subprocess.run(["bash", "-n"], input=fixed, text=True, check=True, timeout=60)


def test_no_continuation_fix_before_a_comment() -> None:
    text = "aws ec2 describe-vpcs  # list them\n  --vpc-ids vpc-1\n"
    (finding, *_) = lint_text("t.sh", text, "shell")
    assert finding.rule == "shell.missing-continuation"
    assert finding.fix is None


def test_an_option_written_with_one_dash_gets_its_second() -> None:
    (finding,) = lint_text("t.sh", "aws wafv2 list-ip-sets -scope REGIONAL\n", "shell")
    assert finding.rule == "option.unknown"
    assert finding.fix is not None
    assert [edit.text for edit in finding.fix.edits] == ["--scope"]
