"""Where something was written, kept as data from the moment it is found.

A finding about a command line points into one argv item (the words after
the operation name, as the shell gave them): the item's index and a range of
characters in it. Nothing is re-parsed later to find a place again, and
nothing is rendered here: lines, columns and carets are made at the edge
(``text.render_caret``, the reporters).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["Location"]


@dataclass(frozen=True, slots=True)
class Location:
    """Characters ``[start, end)`` of argv item ``item``, or of the file it named.

    Attributes:
        item: index into the argument list given to ``parse_command``;
            ``None`` when the text was not an argv item (a library call on a
            string).
        start, end: character offsets (``end`` exclusive, ``end > start``
            except at the end of a text, where a caret stands after it).
        file: when set, the offsets are into the text of this file, which
            argv item ``item`` named with ``file://``.
    """

    item: int | None
    start: int
    end: int
    file: str | None = None

    def shifted(self, offset: int) -> Location:
        """The same range, ``offset`` characters later (a value inside ``--opt=value``)."""
        return replace(self, start=self.start + offset, end=self.end + offset)
