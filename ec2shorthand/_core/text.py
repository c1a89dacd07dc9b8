"""Plain-text helpers for messages: lines and columns, carets, and long values cut short.

Shared by ``str()`` of errors and the text reporters, so every message shows
a place the same way.
"""

from __future__ import annotations

import unicodedata

__all__ = ["display_width", "escape_controls", "line_and_column", "render_caret", "shorten"]

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
    padding so the caret lines up under a tabbed line. Control characters are
    shown escaped (:func:`escape_controls`) and carets placed by display width.
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
    return f"  {prefix}{escape_controls(doc[window_start:window_end])}{suffix}\n  " + carets_under(
        prefix + doc[window_start:start], doc[start:stop]
    )


def carets_under(before: str, marked: str) -> str:
    """Padding as wide as ``before`` on a terminal, then a ``^`` for each column of ``marked``.

    Both as :func:`escape_controls` shows them; a tab stays a tab in the padding.
    At the end of the text (``marked`` empty) one caret stands after it.
    """
    padding = "".join("\t" if char == "\t" else " " * _width(char) for char in before)
    return padding + ("^" * sum(max(1, _width(char)) for char in marked) or "^")


# Shown escaped, never sent to a terminal: C0 and C1 controls and DEL (an escape sequence
# can retitle the window, clear the screen or hide text), and the format characters that
# reorder or hide text (bidi embeddings, overrides and isolates; zero-width ones).
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def escape_controls(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` safe for a terminal: each control or format character as a Python escape.

    ``\x1b`` for ESC, ``\x7f`` for DEL, ``\x9b`` for a C1 control, ``\u202e`` for a
    bidi override: the spelling ``repr()`` uses, which ruff's and git's users read
    too. A tab is kept (it lines carets up), and line breaks with ``keep_newlines``
    (a message of several lines); every other character is shown as is.
    """
    if text.isprintable():
        return text  # the common case, at C speed
    if keep_newlines:
        return "\n".join(escape_controls(line) for line in text.split("\n"))
    return "".join(_shown(char) for char in text)


def display_width(text: str) -> int:
    """Columns ``escape_controls(text)`` takes on a terminal (a tab counts one)."""
    return sum(_width(char) for char in text)


def _shown(char: str) -> str:
    if char == "\t" or unicodedata.category(char) not in _HIDDEN_CATEGORIES:
        return char
    code = ord(char)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


def _width(char: str) -> int:
    """Columns of ``char`` as shown: 2 for a wide East Asian one, 0 for a combining mark."""
    shown = _shown(char)
    if shown is not char:
        return len(shown)
    if unicodedata.combining(char) or unicodedata.category(char) == "Me":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
