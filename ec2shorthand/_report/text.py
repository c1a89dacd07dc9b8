"""Findings as text: ``path:line:col: severity[rule] message``, the line and a caret."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .finding import Finding

__all__ = ["render_text"]

# How much of a long line is shown around the caret.
_CONTEXT = 60


def render_text(findings: Iterable[Finding], line_of: Callable[[str, int], str]) -> str:
    """Every finding with its line and a caret; ``line_of(path, line)`` gives a line's text."""
    blocks = []
    for finding in findings:
        head = (
            f"{finding.path}:{finding.line}:{finding.column}: "
            f"{finding.severity}[{finding.rule}] {finding.message}"
        )
        line = line_of(finding.path, finding.line)
        blocks.append(f"{head}\n{_caret(line, finding)}")
        if finding.hint:
            blocks[-1] += f"\n  hint: {finding.hint}"
    return "".join(block + "\n" for block in blocks)


def _caret(line: str, finding: Finding) -> str:
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    end = max(end, start + 1)
    shown_from = max(0, start - _CONTEXT)
    shown_to = min(len(line), end + _CONTEXT)
    prefix = "..." if shown_from else ""
    suffix = "..." if shown_to < len(line) else ""
    padding = "".join("\t" if char == "\t" else " " for char in prefix + line[shown_from:start])
    carets = "^" * max(1, min(end, len(line) + 1) - start)
    return f"  {prefix}{line[shown_from:shown_to]}{suffix}\n  {padding}{carets}"
