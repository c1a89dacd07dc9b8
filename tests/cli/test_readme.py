"""The README's examples run, its console examples print what they show, its tables are true."""

from __future__ import annotations

import io
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from ec2shorthand._awscli.catalog import rule_catalog
from ec2shorthand._cli import run
from ec2shorthand.lint.migrate.rules import MIGRATE_RULES
from ec2shorthand.lint.rules import LINT_RULES

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
CONSOLE_BLOCKS = re.findall(r"```console\n\$ (.*?)\n(.*?)```", README, flags=re.DOTALL)


def section(title: str) -> str:
    """The README's section ``## title``, up to the next section of its level."""
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def table_rows(text: str, header: str) -> list[list[str]]:
    """The cells of the Markdown table that starts with ``header``."""
    rows = text.split(header + "\n", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    return [[cell.strip() for cell in row.strip("|").split(" | ")] for row in rows]


@pytest.mark.parametrize(
    "code", PYTHON_BLOCKS, ids=[f"python-{i}" for i in range(len(PYTHON_BLOCKS))]
)
def test_python_example_runs(code: str) -> None:
    exec(compile(code, "README.md", "exec"), {})  # our own README


@pytest.mark.parametrize(
    ("command", "shown"), CONSOLE_BLOCKS, ids=[c[:40] for c, _ in CONSOLE_BLOCKS]
)
def test_console_example_prints_what_it_shows(
    command: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = shlex.split(command)
    monkeypatch.chdir(ROOT)  # the paths the examples name are the repository's
    if argv[:2] == ["ec2shorthand", "lint"]:
        pytest.skip("run on its files by tests/lint/test_lint_cli.py")
    if argv[0] == "python":  # the examples/ tools, as a newcomer runs them
        pytest.importorskip("click")
        done = subprocess.run(
            [sys.executable, *argv[1:]], capture_output=True, text=True, cwd=ROOT, timeout=60
        )
        printed = done.stdout + done.stderr
    else:
        assert argv[0] == "ec2shorthand"
        out, err = io.StringIO(), io.StringIO()
        run(argv[1:], out, err)
        printed = out.getvalue() + err.getvalue()
    assert printed == shown


def test_the_rule_table_is_the_catalog() -> None:
    rows = table_rows(section("Validation"), "| rule | severity | source |")
    documented = {rule.strip("`"): (severity, source) for rule, severity, source in rows}
    assert documented == {
        rule_id: (rule.severity, rule.source) for rule_id, rule in rule_catalog().items()
    }


def test_the_lint_rule_table_is_the_linters() -> None:
    rows = table_rows(
        section("Linting the aws commands in a repository"), "| rule | severity | what it finds |"
    )
    assert {rule.strip("`"): severity for rule, severity, _ in rows} == {
        rule_id: rule.severity for rule_id, rule in LINT_RULES.items()
    }


def test_the_migrate_rule_table_is_migrate_s() -> None:
    rows = table_rows(
        section("Moving from the AWS CLI v1 to v2: `ec2shorthand migrate`"),
        "| rule | severity | what changes in v2 | aws-cli-migrate 1.0.0 |",
    )
    assert {row[0].strip("`"): row[1] for row in rows} == {
        rule_id: rule.severity for rule_id, rule in MIGRATE_RULES.items()
    }


def test_the_authors_section_shows_both_tools_and_the_files_policies() -> None:
    authors = section("For CLI authors")
    assert "examples/argparse_deploy.py" in authors and "examples/click_deploy.py" in authors
    assert "| `None` (the default) | nothing:" in authors


def test_the_quick_start_has_exactly_two_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)```", section("Quick start"), flags=re.DOTALL)
    assert [block.count("\n") for block in blocks] == [1, 1]
    assert "ec2shorthand parse revoke-security-group-ingress" in blocks[0]
    assert blocks[1].rstrip().endswith(".venv/bin/pytest")
