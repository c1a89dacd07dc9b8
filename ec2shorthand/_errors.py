"""The exception hierarchy: every failure on bad input is a ``ShorthandError``.

Each error knows the text it was raised for (``doc``) and, where one makes
sense, the character offset of the mistake (``pos``); ``str()`` renders the
message, the offending line and a caret under the offending character.
"""

from __future__ import annotations

__all__ = [
    "CommandLineError",
    "DuplicateKeyError",
    "ParamFileError",
    "SchemaValidationError",
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
    """

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
            self.lineno = doc.count("\n", 0, pos) + 1
            self.colno = pos - (doc.rfind("\n", 0, pos) + 1) + 1
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
        line_start = self.doc.rfind("\n", 0, self.pos) + 1
        line_end = self.doc.find("\n", self.pos)
        if line_end == -1:
            line_end = len(self.doc)
        start = max(line_start, self.pos - _CONTEXT_CHARS)
        end = min(line_end, self.pos + _CONTEXT_CHARS)
        prefix = _ELLIPSIS if start > line_start else ""
        suffix = _ELLIPSIS if end < line_end else ""
        before = self.doc[start : self.pos]
        # Keep tabs in the padding so the caret lines up under a tabbed line.
        padding = "".join("\t" if ch == "\t" else " " for ch in prefix + before)
        return f"  {prefix}{self.doc[start:end]}{suffix}\n  {padding}^"


class ShorthandSyntaxError(ShorthandError):
    """The text does not follow the shorthand (or ``--port``) grammar."""


class DuplicateKeyError(ShorthandSyntaxError):
    """A key appears twice in one structure; ``key`` is that key, ``pos`` its second place."""

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

    ``path`` holds the keys and indexes leading to that value.
    """

    path: tuple[str | int, ...] = ()


class CommandLineError(ShorthandError):
    """The command line itself is wrong: unknown option, missing value, ..."""


class ParamFileError(ShorthandError):
    """A ``file://`` or ``fileb://`` value names a file that cannot be read."""


class UnknownOperationError(ShorthandError):
    """No bundled schema exists for the operation named."""


class SchemaValidationError(ShorthandError):
    """The request does not validate against its JSON Schema.

    ``errors`` holds one message per failure, each led by its JSON path.
    """

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        count = f"{len(errors)} problems" if len(errors) != 1 else "1 problem"
        super().__init__(
            f"the request is not valid ({count}):\n" + "\n".join(f"  - {error}" for error in errors)
        )
