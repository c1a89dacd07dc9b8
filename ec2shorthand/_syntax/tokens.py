"""From token text to values: the AWS CLI's unescaping, keys, and runs of pairs.

Shared by the fast tree builder (``parse``) and the position-keeping one
(``locate``), so both read every token the same way. The characters of a key
are spelled here once for Python (the grammar's ``_KEY`` says the same; a test
holds them equal).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import NamedTuple, cast

from lark import Token

__all__ = [
    "KEY_CHARS",
    "KEY_CLASS",
    "KEY_DESCRIPTION",
    "SKIPPED_WHITESPACE",
    "FileKey",
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
start_of = cast(Callable[[Token], int], attrgetter("start_pos"))
end_of = cast(Callable[[Token], int], attrgetter("end_pos"))


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


def _value_length(token_text: str) -> int:
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


class PairSplitter:
    """Splits a run of plain pairs into pairs, with the grammar's own patterns.

    The patterns come from the compiled grammar (KEY_EQ, BARE_VALUE, the
    separator, FLAT_STRUCT), so splitting cannot drift from what the lexer
    matched.
    """

    def __init__(
        self,
        key_eq: str,
        bare_value: str,
        quoted_value: str,
        separator: str,
        flat_struct: str,
        flat_list: str,
        comma: str,
    ) -> None:
        self._pair = re.compile(f"({key_eq})({bare_value}|{quoted_value})(?:{separator})?")
        self._struct = re.compile(flat_struct)
        values = f"{bare_value}|{quoted_value}|{flat_struct}|{flat_list}"
        self._flat_pair = re.compile(f"({key_eq})({values})(?:{comma})?")

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
                base + match.start(2) + _value_length(match[2]),
            )
            for match in self._pair.finditer(text, start, end)
        ]

    def flat_pairs(self, text: str) -> Iterator[tuple[str, int, int, int]]:
        """The pairs of a FLAT_SHORTHAND token: ``(key, key offset, value start, value end)``.

        A value is plain or quoted text, or a FLAT_STRUCT or FLAT_LIST (by its
        first character); offsets are into ``text``.
        """
        for match in self._flat_pair.finditer(text):
            yield key_of(match[1]), match.start(), match.start(2), match.end(2)

    def structs(self, text: str) -> Iterator[tuple[int, int]]:
        """Where each structure of a FLAT_LIST token starts and ends (``{`` to ``}`` inclusive)."""
        for match in self._struct.finditer(text, 1, len(text) - 1):
            yield match.start(), match.end()
