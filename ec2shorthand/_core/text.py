"""Plain-text helpers for messages: lines and columns, carets, and long values cut short.

Shared by ``str()`` of errors and the text reporters, so every message shows
a place the same way.
"""

from __future__ import annotations

import unicodedata

__all__ = ["line_and_column", "render_caret", "shorten"]

# How much of a long line is shown on each side of the caret: a 1.8 MB
# argument must not be printed whole to point at one character.
_CONTEXT_CHARS = 60
_ELLIPSIS = "..."
# A value quoted in a message is cut to this many characters.
_QUOTED_CHARS = 60


def line_and_column(doc: str, pos: int) -> tuple[int, int]:
    """1-based line and column of ``pos`` in ``doc``."""
    return doc.count("\n", 0, pos) + 1, pos - (doc.rfind("\n", 0, pos) + 1) + 1


def shorten(value: object, limit: int = _QUOTED_CHARS) -> str:
    """``repr(value)``, cut in the middle when long: a 10 MB value is not printed whole."""
    if isinstance(value, str | bytes) and len(value) > limit:
        half = limit // 2
        return f"{value[:half]!r}...({len(value) - 2 * half} more)...{value[-half:]!r}"
    text = repr(value)
    if len(text) > limit * 2:
        return f"{text[:limit]}...({len(text) - limit} more characters)"
    return text


def render_caret(doc: str, start: int, end: int | None = None) -> str:
    """The line of ``doc`` holding ``start``, indented, with ``^`` under ``start:end``.

    A long line is cut to a window around the caret; tabs are kept in the
    padding so the caret lines up under a tabbed line.
    """
    line_start = doc.rfind("\n", 0, start) + 1
    line_end = doc.find("\n", start)
    if line_end == -1:
        line_end = len(doc)
    # A long value is underlined for a window's width, not for all of it.
    stop = max(
        start + 1, min(end if end is not None else start + 1, line_end, start + _CONTEXT_CHARS)
    )
    window_start = max(line_start, start - _CONTEXT_CHARS)
    window_end = min(line_end, stop + _CONTEXT_CHARS)
    prefix = _ELLIPSIS if window_start > line_start else ""
    suffix = _ELLIPSIS if window_end < line_end else ""
    padding = "".join(_blank_as_wide_as(char) for char in prefix + doc[window_start:start])
    # At the end of the text there is no character to underline: one caret after it.
    carets = "".join("^" * len(_blank_as_wide_as(char)) for char in doc[start:stop]) or "^"
    return f"  {prefix}{doc[window_start:window_end]}{suffix}\n  {padding}{carets}"


def _blank_as_wide_as(char: str) -> str:
    """Padding as wide on a terminal as ``char``: a tab stays a tab, a wide CJK character two."""
    if char == "\t":
        return "\t"
    return "  " if unicodedata.east_asian_width(char) in ("W", "F") else " "
