"""Helpers for the linter's tests: lint a text, and find a marked place in it."""

from __future__ import annotations

from ec2shorthand._report import Finding
from ec2shorthand.lint import LintConfig, lint_text


def lint(text: str, kind: str = "shell", config: LintConfig | None = None) -> list[Finding]:
    return lint_text("t", text, kind, config)


def rules(text: str, kind: str = "shell", config: LintConfig | None = None) -> list[str]:
    return [finding.rule for finding in lint(text, kind, config)]


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based line and column of the ``occurrence``-th ``needle`` in ``text``."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def where(finding: Finding) -> tuple[int, int, int, int]:
    return finding.line, finding.column, finding.end_line, finding.end_column
