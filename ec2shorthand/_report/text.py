"""Findings as text: ``path:line:col: severity[rule] message``, the line and a caret.

Text is for a terminal: every control character a linted file holds (an
escape sequence, a bidi override) is shown escaped, never sent to it
(``_core.text.escape_controls``), and carets are placed by display width.
Colour (severity and caret; the rule dimmed) only when the caller asks for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .._core.text import carets_under, escape_controls
from .finding import Finding

__all__ = ["render_text"]

# How much of a long line is shown around the caret.
_CONTEXT = 60
_RESET = "\x1b[0m"
_STYLE = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "note": "\x1b[1;36m"}
_BOLD, _DIM = "\x1b[1m", "\x1b[2m"


def render_text(
    findings: Iterable[Finding], line_of: Callable[[str, int], str], *, color: bool = False
) -> str:
    """Every finding with its line and a caret; ``line_of(path, line)`` gives a line's text."""
    paint = _paint if color else _plain
    blocks = []
    for finding in findings:
        style = _STYLE[finding.severity]
        head = (
            paint(_BOLD, f"{escape_controls(finding.path)}:{finding.line}:{finding.column}:")
            + " "
            + paint(style, finding.severity)
            + paint(_DIM, f"[{finding.rule}]")
            + f" {escape_controls(finding.message)}"
        )
        shown, carets = _caret(line_of(finding.path, finding.line), finding)
        blocks.append(f"{head}\n  {shown}\n  {paint(style, carets)}")
        if finding.hint:
            blocks[-1] += f"\n  hint: {escape_controls(finding.hint)}"
    return "".join(block + "\n" for block in blocks)


def _plain(style: str, text: str) -> str:
    return text


def _paint(style: str, text: str) -> str:
    return f"{style}{text}{_RESET}"


def _caret(line: str, finding: Finding) -> tuple[str, str]:
    """The line (a window of it, escaped) and the carets under the finding."""
    line = line.removesuffix("\r")  # a CRLF file's line ending, not a character in it
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    end = max(end, start + 1)
    shown_from = max(0, start - _CONTEXT)
    shown_to = min(len(line), end + _CONTEXT)
    prefix = "..." if shown_from else ""
    suffix = "..." if shown_to < len(line) else ""
    shown = f"{prefix}{escape_controls(line[shown_from:shown_to])}{suffix}"
    # A finding on the line break past the end: one caret after the line.
    past_end = max(0, min(end, len(line) + 1) - max(start, len(line)))
    marked = line[start : min(end, len(line))] + " " * past_end or " "
    return shown, carets_under(prefix + line[shown_from:start], marked)
