"""Where a cursor is in a block-style YAML request being typed (``--cli-input-yaml``).

The YAML sibling of :mod:`.json_cursor`, with the same answer
(:class:`.json_cursor.JsonCursor`). A request file is written in block style:
``Key: value`` and ``Key:`` opening a nested block, ``- `` opening a list item,
nesting by indentation. The lines before the cursor are read once, keeping a
stack of the open keys and items by their indentation; the cursor's own line
says whether a key or a value is being typed. A flow collection (``{``, ``[``),
a block scalar (``|``) or anything else this reading does not know ends it
with no answer: completion never guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .._core.paths import Path
from .json_cursor import JsonCursor

__all__ = ["yaml_cursor"]

_KEY = r"[A-Za-z0-9_.$-]+"
_ENTRY = re.compile(rf"(?P<key>{_KEY})\s*:(?:\s+(?P<value>.*))?\Z")
_TYPING_KEY = re.compile(rf"(?P<key>{_KEY})?\Z")
_TYPING_VALUE = re.compile(rf"(?P<key>{_KEY}):\s+(?P<quote>['\"]?)(?P<typed>[^'\"#]*)\Z")


@dataclass
class _Open:
    indent: int
    step: str | int


@dataclass
class _Reading:
    stack: list[_Open] = field(default_factory=list)
    given: dict[Path, list[str]] = field(default_factory=dict)

    def path(self) -> Path:
        return tuple(entry.step for entry in self.stack)

    def start(self, line: str) -> tuple[int, str]:
        """Close what ``line``'s indentation ends, open its ``- `` items; the rest of the line."""
        indent = len(line) - len(line.lstrip(" "))
        rest = line[indent:]
        while rest.startswith("- ") or rest == "-":
            index = 0
            # An item closes what is deeper and a sibling item; a key at its own
            # indentation stays open (``Key:`` then ``- a`` at the same column).
            while self.stack and (
                self.stack[-1].indent > indent
                or (self.stack[-1].indent == indent and isinstance(self.stack[-1].step, int))
            ):
                closed = self.stack.pop()
                if closed.indent == indent and isinstance(closed.step, int):
                    index = closed.step + 1
            self.stack.append(_Open(indent, index))
            spaces = len(rest[1:]) - len(rest[1:].lstrip(" "))
            indent, rest = indent + 1 + spaces, rest[1 + spaces :]
        while self.stack and self.stack[-1].indent >= indent:
            self.stack.pop()
        return indent, rest


def yaml_cursor(prefix: str) -> JsonCursor | None:
    """Where the end of ``prefix`` (the document's text up to the cursor) is, or None."""
    *before, current = prefix.split("\n")
    reading = _Reading()
    for line in before:
        if not line.strip() or line.lstrip().startswith("#") or line.startswith("---"):
            continue
        indent, rest = reading.start(line.rstrip())
        entry = _ENTRY.match(rest)
        if entry is None:
            if reading.stack and isinstance(reading.stack[-1].step, int):
                continue  # a list's scalar item (``- i-0123``)
            return None
        reading.given.setdefault(reading.path(), []).append(entry.group("key"))
        value = (entry.group("value") or "").split(" #", 1)[0].strip()
        if value[:1] in ("{", "[", "|", ">", "&", "*"):
            return None  # flow or block scalars: not this reading's
        if not value:
            reading.stack.append(_Open(indent, entry.group("key")))
    indent, rest = reading.start(current)
    typing_key = _TYPING_KEY.match(rest)
    if typing_key is not None:
        path = reading.path()
        keys = tuple(reading.given.get(path, ()))
        return JsonCursor("key", path, keys, typing_key.group("key") or "", False)
    typing_value = _TYPING_VALUE.match(rest)
    if typing_value is None:
        return None
    path = (*reading.path(), typing_value.group("key"))
    quoted = bool(typing_value.group("quote"))
    keys = tuple(reading.given.get(reading.path(), ()))
    return JsonCursor("string", path, keys, typing_value.group("typed"), quoted)
