"""A finding in a file, as every reporter receives it, and the description of its rule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Edit", "Finding", "Fix", "RuleDoc", "Severity"]

Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Edit:
    """Replace the text from ``line:column`` up to ``end_line:end_column`` with ``text``.

    Positions as in :class:`Finding` (1-based, the end exclusive): SARIF's
    ``replacements``, an editor's text edit and ``lint --fix`` read the same ones.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True)
class Fix:
    """The edits that repair a finding, and whether they are safe to apply unasked.

    A safe fix keeps what the author evidently meant (``--fix`` applies it); an
    unsafe one changes behaviour in a way a person must accept (``--unsafe-fixes``).
    """

    description: str
    edits: tuple[Edit, ...]
    safe: bool = True


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
    fix: Fix | None = None


@dataclass(frozen=True)
class RuleDoc:
    """A rule as reports describe it."""

    id: str
    severity: Severity  # its default
    summary: str  # what is wrong, in one sentence
    help: str  # how to fix it
