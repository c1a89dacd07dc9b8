"""The exception hierarchy: every failure on bad input is a ``ShorthandError``.

Each error knows the text it was raised for (``doc``) and, where one makes
sense, the character offset of the mistake (``pos``); ``str()`` renders the
message, the offending line and a caret under the offending character.
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "CommandLineError",
    "DuplicateKeyError",
    "ParamFileError",
    "ShorthandError",
    "ShorthandSyntaxError",
    "TypeCoercionError",
    "UnknownOperationError",
]

# How much of a long line is shown on each side of the caret: a 1.8 MB
# argument must not be printed whole to point at one character.
_CONTEXT_CHARS = 60
_ELLIPSIS = "..."


class ShorthandError(ValueError):
    """Base class of every error ec2shorthand raises for bad input.

    Attributes:
        msg: the message alone, in plain English.
        doc: the text the error is about, or ``None``.
        pos: 0-based character offset into ``doc``, or ``None``.
        lineno, colno: 1-based line and column of ``pos`` (``None`` without ``pos``).
        option: the command-line option the text was given to, if any.
        rule: the id of the diagnostic that stands for this error in
            ``ec2shorthand validate`` (``input.syntax``, ...).
    """

    rule = "input.invalid"

    def __init__(
        self,
        msg: str,
        doc: str | None = None,
        pos: int | None = None,
        *,
        option: str | None = None,
    ) -> None:
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.option = option
        self.lineno: int | None = None
        self.colno: int | None = None
        if doc is not None and pos is not None:
            self.lineno, self.colno = line_and_column(doc, pos)
        super().__init__(msg)

    def with_option(self, option: str) -> ShorthandError:
        """Return this error attributed to a command-line option (for messages)."""
        self.option = option
        return self

    def __str__(self) -> str:
        head = f"{self.option}: {self.msg}" if self.option else self.msg
        if self.doc is None or self.pos is None:
            return head
        return f"{head} (at line {self.lineno}, column {self.colno})\n{self.caret()}"

    def caret(self) -> str:
        """The line holding ``pos`` and a caret under that character."""
        if self.doc is None or self.pos is None:
            return ""
        return render_caret(self.doc, self.pos)


def line_and_column(doc: str, pos: int) -> tuple[int, int]:
    """1-based line and column of ``pos`` in ``doc``."""
    return doc.count("\n", 0, pos) + 1, pos - (doc.rfind("\n", 0, pos) + 1) + 1


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


class ShorthandSyntaxError(ShorthandError):
    """The text does not follow the shorthand (or ``--port``) grammar."""

    rule = "input.syntax"


class DuplicateKeyError(ShorthandSyntaxError):
    """A key appears twice in one structure; ``key`` is that key, ``pos`` its second place."""

    rule = "input.duplicate-key"

    def __init__(
        self,
        msg: str,
        doc: str | None = None,
        pos: int | None = None,
        *,
        key: str = "",
        option: str | None = None,
    ) -> None:
        super().__init__(msg, doc, pos, option=option)
        self.key = key


class TypeCoercionError(ShorthandError):
    """A value cannot become the type its schema asks for (``FromPort=abc``).

    ``path`` holds the keys and indexes leading to that value, ``reason`` the
    message without them.
    """

    rule = "input.type"

    def __init__(
        self,
        reason: str,
        doc: str | None = None,
        pos: int | None = None,
        *,
        path: tuple[str | int, ...] = (),
        option: str | None = None,
    ) -> None:
        self.reason = reason
        self.path = path
        super().__init__(
            f"{_path_text(path)}: {reason}" if path else reason, doc, pos, option=option
        )


def _path_text(path: tuple[str | int, ...]) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path).lstrip(
        "."
    )


class CommandLineError(ShorthandError):
    """The command line itself is wrong: unknown option, missing value, ..."""

    rule = "input.command-line"


class ParamFileError(ShorthandError):
    """A ``file://`` or ``fileb://`` value names a file that cannot be read."""

    rule = "input.file"


class UnknownOperationError(ShorthandError):
    """No bundled schema exists for the operation named."""
