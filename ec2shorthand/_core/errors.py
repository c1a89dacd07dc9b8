"""The exception hierarchy: every failure on bad input is a ``ShorthandError``.

Each error knows the text it was raised for (``doc``) and, where one makes
sense, the character offset of the mistake (``pos``); ``str()`` renders the
message, the offending line and a caret under the offending character. An
error about a command line also carries its :class:`Location` (argv item and
offsets), so a caller such as the linter can map it back to a file.
"""

from __future__ import annotations

from .location import Location
from .paths import Path, format_path
from .text import line_and_column, render_caret

__all__ = [
    "CommandLineError",
    "DuplicateKeyError",
    "OutOfScopeError",
    "ParamFileError",
    "ShorthandError",
    "ShorthandSyntaxError",
    "TypeCoercionError",
    "UnknownOperationError",
]


class ShorthandError(ValueError):
    """Base class of every error ec2shorthand raises for bad input.

    Attributes:
        msg: the message alone, in plain English.
        doc: the text the error is about, or ``None``.
        pos: 0-based character offset into ``doc``, or ``None``.
        end: where the offending text ends in ``doc`` (exclusive), or ``None``.
        lineno, colno: 1-based line and column of ``pos`` (``None`` without ``pos``).
        option: the command-line option the text was given to, if any.
        location: where the mistake is on the command line (argv item and
            offsets), for errors raised while reading a command.
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
        end: int | None = None,
        option: str | None = None,
        location: Location | None = None,
    ) -> None:
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.end = end
        self.option = option
        self.location = location
        self.lineno: int | None = None
        self.colno: int | None = None
        if doc is not None and pos is not None:
            self.lineno, self.colno = line_and_column(doc, pos)
        super().__init__(msg)

    def placed(
        self,
        option: str | None,
        item: int | None = None,
        offset: int = 0,
        *,
        item_text: str | None = None,
        file: str | None = None,
    ) -> ShorthandError:
        """This error, attributed to ``option`` and located in argv item ``item``.

        ``doc`` was the value written in argv item ``item`` from character
        ``offset`` on (after ``--opt=``); with ``item_text`` (the whole item),
        ``doc`` becomes that item and the offsets move with it. With ``file``,
        ``doc`` is the text of that file and offsets stay in it. An error
        placed once keeps its first, innermost place.
        """
        if option is not None and self.option is None:
            self.option = option
        if self.location is not None or item is None:
            return self
        pos = self.pos or 0
        end = self.end if self.end is not None else pos + 1
        if file is None:
            pos, end = pos + offset, end + offset
            if item_text is not None and self.pos is not None and offset:
                self.doc, self.pos, self.end = item_text, pos, end
                self.lineno, self.colno = line_and_column(item_text, pos)
        self.location = Location(item, pos, max(end, pos + 1), file)
        return self

    def __str__(self) -> str:
        head = f"{self.option}: {self.msg}" if self.option else self.msg
        if self.doc is None or self.pos is None:
            return head
        return f"{head} (at line {self.lineno}, column {self.colno})\n{self.caret()}"

    def caret(self) -> str:
        """The line holding ``pos`` and a caret under that character (or span)."""
        if self.doc is None or self.pos is None:
            return ""
        return render_caret(self.doc, self.pos, self.end)


class ShorthandSyntaxError(ShorthandError):
    """The text does not follow the shorthand (or JSON, YAML, ``--port``) grammar."""

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
        end: int | None = None,
        option: str | None = None,
    ) -> None:
        super().__init__(msg, doc, pos, end=end, option=option)
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
        path: Path = (),
        end: int | None = None,
        option: str | None = None,
    ) -> None:
        self.reason = reason
        self.path = path
        message = f"{format_path(path)}: {reason}" if path else reason
        super().__init__(message, doc, pos, end=end, option=option)


class CommandLineError(ShorthandError):
    """The command line itself is wrong: unknown option, missing value, ..."""

    rule = "input.command-line"


class ParamFileError(ShorthandError):
    """A ``file://`` or ``fileb://`` value names a file that cannot (or may not) be read.

    With no ``files=`` policy the message speaks to the end user ("this tool
    does not read files"); a program allows files with ``files=True`` or
    ``files=FileResolver(folder)``.
    """

    rule = "input.file"


class UnknownOperationError(ShorthandError):
    """No service or operation of that name is in the bundled model."""

    rule = "input.operation"


class OutOfScopeError(UnknownOperationError):
    """The command is one of the AWS CLI's own (``aws s3 cp``), not an API operation.

    ec2shorthand reads the API operations' arguments only: these commands
    take arguments the AWS CLI's own code defines, and send several requests
    or none.
    """

    rule = "input.out-of-scope"
