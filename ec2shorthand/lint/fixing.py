"""Apply the fixes that findings carry to a file's text, and show them as a diff.

A fix is a set of edits made by the detector that found the mistake. Fixes are
applied together when they do not touch each other; a fix whose edits overlap
one already taken waits for the next pass (the file is linted again, as ruff
does, up to :data:`MOST_PASSES` times), so two fixes never garble one span.
Nothing outside the edited spans changes.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .._report.finding import Finding, Fix

__all__ = ["MOST_PASSES", "FixOutcome", "apply_fixes", "fix_text", "unified_diff"]

# Passes over one file: each applies the fixes that do not overlap, then lints again.
MOST_PASSES = 5


@dataclass(frozen=True)
class FixOutcome:
    """The fixed text, how many fixes were applied, and the findings left after them."""

    text: str
    applied: int
    remaining: list[Finding]


def apply_fixes(text: str, fixes: Iterable[Fix]) -> tuple[str, int]:
    """``text`` with every fix applied that overlaps no fix taken before it; how many were."""
    offsets = _LineOffsets(text)
    taken: list[tuple[int, int, str]] = []
    applied = 0
    for fix in fixes:
        spans = [
            (offsets.of(e.line, e.column), offsets.of(e.end_line, e.end_column), e.text)
            for e in fix.edits
        ]
        if any(_overlaps(span, other) for span in spans for other in taken):
            continue
        taken += spans
        applied += 1
    for start, end, new in sorted(taken, reverse=True):
        text = text[:start] + new + text[end:]
    return text, applied


def fix_text(
    text: str,
    lint: Callable[[str], list[Finding]],
    *,
    unsafe: bool = False,
) -> FixOutcome:
    """Lint ``text``, apply its fixes, and again, until nothing more is fixed."""
    applied = 0
    findings = lint(text)
    for _ in range(MOST_PASSES):
        fixes = [f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)]
        if not fixes:
            break
        text, done = apply_fixes(text, fixes)
        if not done:
            break
        applied += done
        findings = lint(text)
    return FixOutcome(text, applied, findings)


def unified_diff(path: str, before: str, after: str) -> str:
    """The change as ``diff -u`` shows it (``a/`` and ``b/`` before the path, as git does)."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


def _overlaps(one: tuple[int, int, str], other: tuple[int, int, str]) -> bool:
    # Two insertions at one place overlap too: their order would be a guess.
    return (one[0] < other[1] and other[0] < one[1]) or one[0] == other[0]


class _LineOffsets:
    """Character offsets of 1-based (line, column) positions in one text."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        for index, char in enumerate(text):
            if char == "\n":
                self.starts.append(index + 1)

    def of(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1
