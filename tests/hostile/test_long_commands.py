"""Long commands cost work in proportion to their length: no quadratic argparse, no quadratic lint.

CPython 3.11's argparse compares every option of a command with every other
(``_parse_known_args`` builds a list of the later option indices per option):
20,000 repeated flags took 87 s in ``parse_command``, a command of 16,000
continuation lines or a long Dockerfile ``RUN`` about 60 s in ``lint``. The AWS
CLI reads its options with the same argparse, as slowly; a command of more than
``MAX_OPTIONS`` options is refused before argparse sees it. Suppression
comments were checked once per line of a command for each finding.

Work is counted in calls and lines run (argparse's loop is a list
comprehension, which makes no call), in a child under a memory cap.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bounded import LINEAR, CallCounter, assert_linear, run_bounded

from ec2shorthand import CommandLineError, parse_command
from ec2shorthand._awscli.argv import MAX_OPTIONS

DESCRIBE = "describe-instances"
INGRESS = "authorize-security-group-ingress"
BAD_PERMISSION = "'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/33}]'"


def _flags(count: int) -> str:
    return f"""
        from ec2shorthand import ShorthandError
        def call():
            try:
                parse_command({DESCRIBE!r}, ["--dry-run"] * {count})
            except ShorthandError as error:
                return (error.location.item, error.msg)
        measure(call, lines=True)
        """


def test_twenty_thousand_flags_are_refused_at_the_first_past_the_bound() -> None:
    found = run_bounded(_flags(20_000))
    assert found.outcome == "ok", found.details
    assert found["value"].startswith(f"({MAX_OPTIONS}, ")  # the item of the option past it
    assert f"more than {MAX_OPTIONS} options" in found["value"]


def test_repeated_flags_cost_linear_work() -> None:
    assert_linear(run_bounded(_flags(2_000)), run_bounded(_flags(4_000)))


def test_a_command_at_the_bound_is_read() -> None:
    assert parse_command(DESCRIBE, ["--dry-run"] * MAX_OPTIONS) == {"DryRun": True}
    with pytest.raises(CommandLineError, match="options in one command"):
        parse_command(DESCRIBE, ["--dry-run"] * (MAX_OPTIONS + 1))


def _lint(path: Path, text: str) -> str:
    path.write_text(text)
    return f"measure_cli(['lint', {str(path)!r}], lines=True)"


def test_a_command_of_sixteen_thousand_lines_is_linted_in_linear_work(tmp_path: Path) -> None:
    def script(lines: int) -> str:
        return f"aws ec2 {DESCRIBE} \\\n" + "  --dry-run \\\n" * lines + "  --output json\n"

    half = run_bounded(_lint(tmp_path / "half.sh", script(2_000)))
    full = run_bounded(_lint(tmp_path / "full.sh", script(4_000)))
    assert full.outcome == "exit" and full["code"] == 1, full.details
    assert (
        f"full.sh:{MAX_OPTIONS + 2}:3:" in full["stdout"]
        and f"more than {MAX_OPTIONS} options" in full["stdout"]
    )
    assert_linear(half, full)
    found = run_bounded(_lint(tmp_path / "long.sh", script(16_000)))
    assert found.outcome == "exit" and found["code"] == 1, found.details


def test_a_long_dockerfile_run_is_linted_in_linear_work(tmp_path: Path) -> None:
    def dockerfile(flags: int) -> str:
        return f"FROM alpine\nRUN aws ec2 {DESCRIBE}" + " --dry-run" * flags + "\n"

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    half = run_bounded(_lint(tmp_path / "a" / "Dockerfile", dockerfile(2_000)))
    full = run_bounded(_lint(tmp_path / "b" / "Dockerfile", dockerfile(4_000)))
    assert full.outcome == "exit" and full["code"] == 1, full.details
    assert "Dockerfile:2:" in full["stdout"]
    assert_linear(half, full)


def _silences_work(lines: int) -> int:
    """Steps to check a command of ``lines`` lines, a finding per line, in a file with comments."""
    from ec2shorthand.lint.suppress import Suppressions

    text = "# ec2shorthand: ignore[shell.unquoted-variable]\n" + "  'value' \\\n" * lines
    suppressions = Suppressions(text)
    with CallCounter(lines=True) as counter:
        for _ in range(lines):
            assert not suppressions.silences("cidr.ipv4", 2, lines + 1)
    return counter.calls + counter.lines


def test_suppression_comments_cost_linear_work_in_a_long_command() -> None:
    half, full = _silences_work(2_000), _silences_work(4_000)
    assert full / half <= LINEAR, (half, full)


def test_a_suppression_on_any_line_of_a_command_still_silences_it(tmp_path: Path) -> None:
    from ec2shorthand.lint.suppress import Suppressions

    text = (
        "a\n" * 50 + "b  # ec2shorthand: ignore[cidr]\n" + "c\n" * 50 + "d # ec2shorthand: ignore\n"
    )
    suppressions = Suppressions(text)
    assert suppressions.silences("cidr.ipv4", 40, 60)
    assert suppressions.silences("cidr.ipv4", 52, 52)  # the comment is on the line before
    assert not suppressions.silences("cidr.ipv4", 53, 101)
    assert suppressions.silences("model.unknown-key", 60, 102)  # the bare one
    assert not suppressions.silences("model.unknown-key", 40, 60)
