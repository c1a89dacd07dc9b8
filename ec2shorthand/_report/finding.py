"""A finding in a file, as every reporter receives it, and the description of its rule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Finding", "RuleDoc", "Severity"]

Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Finding:
    """A rule broken at ``path``, from ``line:column`` up to ``end_line:end_column``.

    Lines and columns are 1-based and count characters; the end column is
    exclusive (the column just after the last character), as in SARIF.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    severity: Severity
    rule: str
    message: str
    hint: str = ""


@dataclass(frozen=True)
class RuleDoc:
    """A rule as reports describe it."""

    id: str
    severity: Severity  # its default
    summary: str  # what is wrong, in one sentence
    help: str  # how to fix it
