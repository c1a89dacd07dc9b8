"""What a detector reports: a rule broken at a span of the file, and the word it is in."""

from __future__ import annotations

from dataclasses import dataclass

from .rules import Severity

__all__ = ["Hit", "HitFix", "Replacement"]


@dataclass(frozen=True)
class Replacement:
    """Replace the file's characters ``start:end`` with ``text`` (``start == end`` inserts)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class HitFix:
    """How the detector that found a mistake repairs it: file replacements, safe or not."""

    description: str
    replacements: tuple[Replacement, ...]
    safe: bool = True


@dataclass(frozen=True)
class Hit:
    """A finding at file offsets ``start:end``, before lines and columns are worked out.

    ``severity`` None takes the rule's; ``hint`` None takes the rule's help.
    ``item`` is the argument (after ``aws SERVICE OPERATION``) it is about, if any.
    """

    rule: str
    message: str
    start: int
    end: int
    severity: Severity | None = None
    hint: str | None = None
    item: int | None = None
    fix: HitFix | None = None
