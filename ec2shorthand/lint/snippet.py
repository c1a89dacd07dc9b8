"""Shell text cut out of a file, every character tied to the file characters it came from.

A Markdown fence, a YAML block scalar or a Makefile recipe is shell text once
its indentation, prompts or make escapes are taken away. An extractor builds a
:class:`Snippet` of that shell text; each of its characters keeps the span of
file offsets it stands for, so a finding inside it lands on the file's own
characters, however the text was cut.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

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

    def _end_offset(self) -> int:
        return self.ends[-1] if self.text else 0


class SnippetBuilder:
    """Builds a :class:`Snippet` piece by piece from a file's text."""

    def __init__(self, file_text: str) -> None:
        self._file = file_text
        self._pieces: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def copy(self, start: int, end: int) -> None:
        """Take ``file_text[start:end]`` as it is."""
        if end > start:
            self._pieces.append(self._file[start:end])
            self._starts.extend(range(start, end))
            self._ends.extend(range(start + 1, end + 1))

    def put(self, text: str, start: int, end: int) -> None:
        """Put ``text`` in, every character of it standing for the file span ``start:end``."""
        self._pieces.append(text)
        self._starts.extend([start] * len(text))
        self._ends.extend([end] * len(text))

    def build(self) -> Snippet:
        return Snippet("".join(self._pieces), self._starts, self._ends, self._file)
