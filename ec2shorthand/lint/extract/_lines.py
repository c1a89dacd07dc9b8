"""A file's lines as (start, end) offsets, kept in a few bytes per line.

Extractors walk lines by index and look ahead (to a closing fence, the end
of an indented block). A list of tuples cost ~70 bytes per line, more than
the file itself for short lines; an array of line starts costs 8.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from typing import overload

__all__ = ["Line", "Lines", "lines_of"]

# (start, end) of a line in the file, its line break excluded
Line = tuple[int, int]


class Lines(Sequence[Line]):
    """The lines of a text, or a stretch of them (a slice shares the offsets)."""

    __slots__ = ("_first", "_starts", "_stop", "_text_end")

    def __init__(self, starts: array[int], text_end: int, first: int, stop: int) -> None:
        self._starts = starts  # the start of every line, then one past the text's end
        self._text_end = text_end
        self._first, self._stop = first, stop

    def __len__(self) -> int:
        return self._stop - self._first

    @overload
    def __getitem__(self, index: int) -> Line: ...
    @overload
    def __getitem__(self, index: slice) -> Lines: ...
    def __getitem__(self, index: int | slice) -> Line | Lines:
        if isinstance(index, slice):
            first, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("lines are sliced by stretches only")
            return Lines(self._starts, self._text_end, self._first + first, self._first + stop)
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        at = self._first + index
        start = self._starts[at]
        end = self._starts[at + 1] - 1
        return start, min(end, self._text_end)

    def __iter__(self) -> Iterator[Line]:
        for index in range(len(self)):
            yield self[index]


def lines_of(text: str, start: int = 0, end: int | None = None) -> Lines:
    """The lines of ``text[start:end]`` (file offsets); a last line without a line break
    counts, an empty one does not."""
    end = len(text) if end is None else end
    starts = array("i" if len(text) < 2**31 - 1 else "q", [start])
    find = text.find
    at = find("\n", start, end)
    while at != -1:
        starts.append(at + 1)
        at = find("\n", at + 1, end)
    count = len(starts) - 1
    if starts[-1] < end:  # a last line without a line break
        starts.append(end + 1)
        count += 1
    return Lines(starts, end, 0, count)
