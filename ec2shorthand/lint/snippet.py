"""Shell text cut out of a file, every character tied to the file characters it came from.

A Markdown fence, a YAML block scalar or a Makefile recipe is shell text once
its indentation, prompts or make escapes are taken away. An extractor builds a
:class:`Snippet` of that shell text; each of its characters keeps the span of
file offsets it stands for, so a finding inside it lands on the file's own
characters, however the text was cut.
"""

from __future__ import annotations

import bisect
import io
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import overload

__all__ = ["OPTION_LINE", "Snippet", "SnippetBuilder", "SourceFile"]

# A line that starts with an option (`  --port 22`): the rest of a command, had
# the line before ended with a backslash.
OPTION_LINE = re.compile(r"[ \t]*--[A-Za-z]")


@dataclass(frozen=True)
class SourceFile:
    """A file's text and where its lines start, to turn offsets into lines and columns."""

    path: str
    text: str
    line_starts: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        find = self.text.find
        at = find("\n")
        while at != -1:
            starts.append(at + 1)
            at = find("\n", at + 1)
        object.__setattr__(self, "line_starts", tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a file offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start : end if end != -1 else len(self.text)]


@dataclass(frozen=True)
class Snippet:
    """Shell text; ``starts[i]:ends[i]`` is the file span of ``text[i]``."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    file_text: str = field(default="", repr=False)  # the whole file, for text between words

    @classmethod
    def whole(cls, text: str) -> Snippet:
        """A file that is shell text from its first character to its last."""
        return cls(text, range(len(text)), range(1, len(text) + 1), text)

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """The file span of ``text[start:end]`` (an empty span points at ``start``)."""
        if start >= end:
            at = self.starts[start] if start < len(self.text) else self._end_offset()
            return at, at
        return self.starts[start], self.ends[end - 1]

    def part(self, start: int, end: int) -> Snippet:
        """``text[start:end]`` as a snippet of its own (a string or a here-document run later)."""
        return Snippet(
            self.text[start:end],
            _Window(self.starts, start, end),
            _Window(self.ends, start, end),
            self.file_text,
        )

    def _end_offset(self) -> int:
        return self.ends[-1] if self.text else 0


class _Window(Sequence[int]):
    """``offsets[start:end]`` without a copy."""

    __slots__ = ("_end", "_offsets", "_start")

    def __init__(self, offsets: Sequence[int], start: int, end: int) -> None:
        self._offsets, self._start, self._end = offsets, start, end

    def __len__(self) -> int:
        return self._end - self._start

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            first, stop, step = index.indices(len(self))
            return [self._offsets[self._start + at] for at in range(first, stop, step)]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._offsets[self._start + index]


class SpanMap(Sequence[int]):
    """One end (start or end) of the file span of every character of a snippet, by segments.

    A snippet is mostly file text copied as it is, so it is kept as segments
    (snippet offset, file start, file end, copied or put): a copied segment
    maps its characters one to one, a put one maps each to the same span.
    That costs a few dozen bytes per segment instead of two integers per
    character (the per-character lists took ~80 bytes per input byte).
    """

    __slots__ = ("_at", "_copied", "_ends", "_length", "_side", "_starts")

    def __init__(self, segments: _Segments, length: int, side: int) -> None:
        self._at, self._starts, self._ends, self._copied = segments
        self._length = length
        self._side = side  # 0: the start of each character's span, 1: its end

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self._one(at) for at in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        return self._one(index)

    def _one(self, index: int) -> int:
        segment = bisect.bisect_right(self._at, index) - 1
        if self._copied[segment]:
            return self._starts[segment] + index - self._at[segment] + self._side
        return (self._starts, self._ends)[self._side][segment]


_Segments = tuple["array[int]", "array[int]", "array[int]", "array[int]"]


class SnippetBuilder:
    """Builds a :class:`Snippet` piece by piece from a file's text."""

    def __init__(self, file_text: str) -> None:
        self._file = file_text
        self._pieces = io.StringIO()  # no object per piece: a piece is often a short line
        self._length = 0
        offsets = _offset_type(len(file_text))
        self._segments: _Segments = (array(offsets), array(offsets), array(offsets), array("b"))
        self._pending: tuple[int, int] | None = None  # a copied stretch not yet in _pieces

    def copy(self, start: int, end: int) -> None:
        """Take ``file_text[start:end]`` as it is."""
        if end <= start:
            return
        if self._pending is not None and self._pending[1] == start:
            self._pending = (self._pending[0], end)  # goes on from the last copy
        else:
            self._flush()
            self._pending = (start, end)
            self._segment(start, end, copied=True)
        self._length += end - start

    def put(self, text: str, start: int, end: int) -> None:
        """Put ``text`` in, every character of it standing for the file span ``start:end``."""
        if not text:
            return
        self._flush()
        self._pieces.write(text)
        self._segment(start, end, copied=False)
        self._length += len(text)

    def _segment(self, start: int, end: int, *, copied: bool) -> None:
        at, starts, ends, copied_flags = self._segments
        at.append(self._length)
        starts.append(start)
        ends.append(end)
        copied_flags.append(copied)

    def _flush(self) -> None:
        if self._pending is not None:
            self._pieces.write(self._file[self._pending[0] : self._pending[1]])
            self._pending = None

    def build(self) -> Snippet:
        self._flush()
        text = self._pieces.getvalue()
        starts = SpanMap(self._segments, len(text), 0)
        ends = SpanMap(self._segments, len(text), 1)
        return Snippet(text, starts, ends, self._file)


def _offset_type(length: int) -> str:
    """The smallest array type code that holds every offset of a text of ``length``."""
    return "i" if length < 2**31 - 1 else "q"
