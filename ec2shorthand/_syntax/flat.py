"""Flat values built without Lark: the grammar's one-token shortcuts, split by their own patterns.

Most values people write are one FLAT_SHORTHAND token of the grammar (plain
or quoted pairs, flat structures and lists of them). Such a text is read
here, with the terminals' regexes and no parser, and Lark itself is not even
imported: the result is what the grammar makes of that one token (the tree
builder of the full parser uses these same functions). The regexes come from
the tables built with the grammar (``_tables.py``) when they are current, so
a process that reads only flat values never builds a parser.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from .._core.errors import DuplicateKeyError
from .._resources import open_grammar
from .tokens import FlatPair, PairSplitter, item_value

__all__ = ["SPLITTER_TERMINALS", "Tree", "flat_members", "flat_struct", "members", "read_flat"]

Tree = dict[str, Any]
# A key=value pair on its way into a dict: the key, where the key starts, the value.
Pair = tuple[str, int, Any]
# The terminals whose patterns the splitter needs.
SPLITTER_TERMINALS = (
    "KEY_EQ",
    "BARE_VALUE",
    "QUOTED_VALUE",
    "CSV_ITEM",
    "_CSV_SEP",
    "_SEP",
    "FLAT_STRUCT",
    "FLAT_LIST",
    "FLAT_VALUES",
)


def members(pairs: Iterable[Pair]) -> Tree:
    """A structure's members; a key given twice is a DuplicateKeyError at its second place."""
    found: Tree = {}
    for key, pos, value in pairs:
        if key in found:
            raise DuplicateKeyError(
                f"the key {key!r} is given twice in the same structure",
                None,
                pos,
                key=str(key),
                end=pos + len(key),
            )
        found[key] = value
    return found


def flat_struct(splitter: PairSplitter, text: str, base: int, start: int, end: int) -> Tree:
    """The structure ``text[start:end]`` (braces included); ``base`` is the text's offset."""
    return members(splitter.pairs(text, start + 1, end - 1, base))


def flat_members(splitter: PairSplitter, text: str, base: int, pairs: list[FlatPair]) -> list[Pair]:
    """The pairs of a FLAT_SHORTHAND text, their values built."""
    built = []
    for key, key_pos, kind, start, end in pairs:
        value: Any
        if kind == "first":
            value = item_value(text[start:end])
        elif kind == "scalar":
            texts = [item_value(item) for _, item in splitter.items(text, start, end)]
            value = texts[0] if len(texts) == 1 else texts
        elif kind == "struct":
            value = flat_struct(splitter, text, base, start, end)
        elif kind == "structs":
            value = [
                flat_struct(splitter, text, base, inner_start, inner_end)
                for inner_start, inner_end in splitter.structs(text, start, end)
            ]
        else:
            value = [item_value(item) for _, item in splitter.values(text, start, end)]
        built.append((key, base + key_pos, value))
    return built


@functools.cache
def splitter() -> PairSplitter:
    """The splitter, from the shipped tables' terminals if current, else from the grammar."""
    from ._tables import TABLES

    tables = TABLES.get("shorthand.lark", {})
    if tables.get("grammar") == open_grammar("shorthand.lark") and "terminals" in tables:
        return PairSplitter({name: tables["terminals"][name] for name in SPLITTER_TERMINALS})
    from .builder import TreeBuilder, tree_parser  # the grammar was edited: compile it

    builder = tree_parser().options.transformer
    assert isinstance(builder, TreeBuilder)
    return builder.splitter


def read_flat(text: str) -> Tree | None:
    """The tree of a text that is one FLAT_SHORTHAND token, or None.

    Nesting is at most three levels: nothing to check.
    """
    split = splitter()
    pairs = split.flat_pairs(text)
    if pairs is None:
        return None
    try:
        return members(flat_members(split, text, 0, pairs))
    except DuplicateKeyError as error:
        raise DuplicateKeyError(error.msg, text, error.pos, key=error.key, end=error.end) from None
