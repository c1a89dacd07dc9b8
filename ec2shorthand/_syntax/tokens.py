"""From token text to values: the AWS CLI's unescaping, keys, and runs of pairs.

Shared by the fast tree builder (``parse``) and the position-keeping one
(``locate``), so both read every token the same way. The characters of a key
are spelled here once for Python (the grammar's ``_KEY`` says the same; a test
holds them equal).
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple, cast

if TYPE_CHECKING:
    from lark import Token

__all__ = [
    "KEY_CHARS",
    "KEY_CLASS",
    "KEY_DESCRIPTION",
    "SKIPPED_WHITESPACE",
    "FileKey",
    "FlatPair",
    "PairSplitter",
    "SplitPair",
    "csv_item_text",
    "end_of",
    "item_value",
    "key_of",
    "start_of",
    "unescape_bare",
    "unquote",
]

# What the AWS CLI skips between tokens: ASCII whitespace only.
SKIPPED_WHITESPACE = " \t\n\r\x0b\x0c"
# The characters of a key (the grammar's _KEY): letters, digits and these.
_KEY_PUNCTUATION = "-_.#/:"
KEY_CHARS = string.ascii_letters + string.digits + _KEY_PUNCTUATION
# In a regex class '-' goes last, where it cannot make a range.
KEY_CLASS = f"[A-Za-z0-9{_KEY_PUNCTUATION.replace('-', '')}-]"
KEY_DESCRIPTION = f"letters, digits and {_KEY_PUNCTUATION}"
_QUOTES = "'\""


# Lark types a token's offsets as optional; every token our lexer makes has
# both. attrgetter keeps the hot path free of a Python-level call.
start_of = cast(Callable[["Token"], int], attrgetter("start_pos"))
end_of = cast(Callable[["Token"], int], attrgetter("end_pos"))


class FileKey(str):
    """A key written ``key@=``: its ``file://`` values are read (see ``_paramfile``)."""

    __slots__ = ()


def unquote(token_text: str) -> str:
    """The content of a quoted value (with any whitespace after it), escapes undone."""
    quoted = token_text.rstrip(SKIPPED_WHITESPACE)
    quote = quoted[0]
    # Two passes, in this order, is how the AWS CLI undoes escapes: `\'` then `\\`.
    return quoted[1:-1].replace("\\" + quote, quote).replace("\\\\", "\\")


def unescape_bare(token_text: str) -> str:
    """An unquoted value: ``\\,`` becomes ``,``; trailing whitespace (any kind) goes."""
    return token_text.replace("\\,", ",").rstrip()


def csv_item_text(token: str) -> str:
    """A CSV_ITEM token without the comma and whitespace before the item."""
    return token.lstrip(SKIPPED_WHITESPACE)[1:].lstrip(SKIPPED_WHITESPACE)


def item_value(item_text: str) -> str:
    """The value of a bare-list item (quoted or not)."""
    return unquote(item_text) if item_text[0] in _QUOTES else unescape_bare(item_text)


def value_length(token_text: str) -> int:
    """How long a value is without the whitespace after it (kept inside a bare value)."""
    if token_text[0] in _QUOTES:
        return len(token_text.rstrip(SKIPPED_WHITESPACE))
    return len(token_text.rstrip())


def key_of(key_eq: str) -> str:
    """The key written in ``Key =`` or ``Key@=`` (a :class:`FileKey` for the latter)."""
    key_length = len(key_eq) - len(key_eq.lstrip(KEY_CHARS))
    key = key_eq[:key_length]
    return FileKey(key) if "@" in key_eq[key_length:] else key


class SplitPair(NamedTuple):
    """One pair of a PAIRS or FLAT_STRUCT token; offsets in the whole text."""

    key: str
    key_pos: int
    value: str
    value_pos: int
    value_end: int  # after the value's last character (trailing whitespace is not the value)


# A pair of a FLAT_SHORTHAND text: key, key offset, kind of value, value start and end.
FlatPair = tuple[str, int, str, int, int]
_VALUE_KINDS = ("scalar", "structs", "values", "struct")


class PairSplitter:
    """Splits the one-token shortcuts into their parts, with the grammar's own patterns.

    The patterns come from the compiled grammar (``terminals`` maps a terminal's
    name to its regex), so splitting cannot drift from what the lexer matched.
    """

    def __init__(self, terminals: dict[str, str]) -> None:
        # Compiled on first use: some are large, and a process may need only a few.
        self._terminals = terminals

    @functools.cached_property
    def _pair(self) -> re.Pattern[str]:
        t = self._terminals
        return re.compile(
            f"({t['KEY_EQ']})({t['BARE_VALUE']}|{t['QUOTED_VALUE']})(?:{t['_CSV_SEP']})?"
        )

    @functools.cached_property
    def _struct(self) -> re.Pattern[str]:
        return re.compile(self._terminals["FLAT_STRUCT"])

    @functools.cached_property
    def _scalar(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self._terminals['BARE_VALUE']}|{self._terminals['QUOTED_VALUE']})")

    @functools.cached_property
    def _scalar_in_list(self) -> re.Pattern[str]:
        t = self._terminals
        return re.compile(f"(?!\\])({t['BARE_VALUE']}|{t['QUOTED_VALUE']})(?:{t['_SEP']})?")

    @functools.cached_property
    def _csv_item(self) -> re.Pattern[str]:
        return re.compile(self._terminals["CSV_ITEM"])

    @functools.cached_property
    def _flat_pair(self) -> re.Pattern[str]:
        # The grammar's _FLAT_PAIR, each kind of value in a named group, and the comma after.
        t = self._terminals
        values = (
            f"(?P<scalar>(?P<first>{t['BARE_VALUE']}|{t['QUOTED_VALUE']})(?:{t['CSV_ITEM']})*)"
            f"|(?P<structs>{t['FLAT_LIST']})"
            f"|(?P<values>{t['FLAT_VALUES']})"
            f"|(?P<struct>{t['FLAT_STRUCT']})"
        )
        return re.compile(f"({t['KEY_EQ']})(?:{values})(?P<comma>{t['_SEP']})?")

    def pairs(self, text: str, start: int, end: int, base: int) -> list[tuple[str, int, str]]:
        """``(key, key offset, value)`` for each pair in ``text[start:end]``.

        ``base`` is the offset of ``text`` itself in the parsed input.
        """
        # The hot path of parsing: one comprehension, no per-pair objects.
        return [
            (key_of(match[1]), base + match.start(), item_value(match[2]))
            for match in self._pair.finditer(text, start, end)
        ]

    def located_pairs(self, text: str, start: int, end: int, base: int) -> list[SplitPair]:
        """The same pairs, with where each value starts."""
        return [
            SplitPair(
                key_of(match[1]),
                base + match.start(),
                item_value(match[2]),
                base + match.start(2),
                base + match.start(2) + value_length(match[2]),
            )
            for match in self._pair.finditer(text, start, end)
        ]

    def structs(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int]]:
        """Where each structure of a FLAT_LIST in ``text[start:end]`` starts and ends."""
        stop = len(text) if end is None else end
        for match in self._struct.finditer(text, start + 1, stop - 1):
            yield match.start(), match.end()

    def values(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, str]]:
        """Each value of a FLAT_VALUES list in ``text[start:end]``: where it starts, its text."""
        stop = len(text) if end is None else end
        for match in self._scalar_in_list.finditer(text, start + 1, stop - 1):
            yield match.start(1), match[1]

    def items(self, text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
        """A scalar and the bare-list items after it (``a=b,c,d``): where each starts, its text."""
        first = self._scalar.match(text, start, end)
        assert first is not None  # the grammar matched a scalar here
        yield start, first.group()
        for match in self._csv_item.finditer(text, first.end(), end):
            item = csv_item_text(match.group())
            yield match.end() - len(item), item

    def flat_pairs(self, text: str) -> list[FlatPair] | None:
        """The pairs of ``text`` if it is one FLAT_SHORTHAND token, else None.

        Each pair is ``(key, key offset, kind, value start, value end)``;
        ``kind`` names the value's terminal: ``first`` (one plain or quoted
        value), ``scalar`` (one with bare-list items after it), ``struct``,
        ``structs`` (FLAT_LIST) or ``values`` (FLAT_VALUES). The pairs must
        follow each other with one comma between them and reach the end of the
        text: that is the grammar's FLAT_SHORTHAND, matched pair by pair.
        """
        found = []
        at, expecting = 0, True  # where the next pair must start; whether one must
        flat_pair = self._flat_pair
        end = len(text)
        while expecting and at < end:
            # Matched where the pair must be, never searched for: a text that is not flat
            # costs one failed match, not a scan of the rest for the next pair.
            match = flat_pair.match(text, at)
            if match is None:
                return None
            kind = next(name for name in _VALUE_KINDS if match.start(name) >= 0)
            if kind == "scalar" and match.end("first") == match.end("scalar"):
                kind = "first"  # the usual case: no list items follow
            found.append((key_of(match[1]), at, kind, match.start(kind), match.end(kind)))
            at, expecting = match.end(), match.start("comma") >= 0
        if not found or expecting or at != len(text):
            return None
        return found
