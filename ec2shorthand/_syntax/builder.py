"""The shorthand grammar's tree builder: what each rule and terminal makes of its text.

The tree is what the AWS CLI's own shorthand parser gives: dicts, lists and
strings only. The LALR parser calls these methods as it reduces; no parse
tree is kept. Only texts that are not one flat token come here
(``flat.read_flat`` takes the others), so Lark is imported only for them.
"""

from __future__ import annotations

import functools
from typing import Any, cast

from lark import Lark, Token

from .errors import parse_with
from .flat import Pair as _Pair
from .flat import Tree, flat_struct, members
from .grammar import SplittingBuilder, build_parser
from .tokens import (
    csv_item_text,
    item_value,
    key_of,
    start_of,
    unescape_bare,
    unquote,
)

__all__ = ["TreeBuilder", "parse_tree", "tree_parser"]


class TreeBuilder(SplittingBuilder):
    """Builds the tree while the LALR parser reduces (no parse tree is kept).

    Rule methods take Lark's list of children as it is (no ``v_args``
    wrapper: one call fewer per reduction, on the hot path).
    """

    BARE_VALUE = staticmethod(unescape_bare)
    QUOTED_VALUE = staticmethod(unquote)

    @staticmethod
    def CSV_ITEM(token: Token) -> str:
        return item_value(csv_item_text(token))

    def PAIRS(self, token: Token) -> list[_Pair]:
        return self.splitter.pairs(token, 0, len(token), start_of(token))

    def FLAT_STRUCT(self, token: Token) -> Tree:
        return self._flat_struct(token, start_of(token), 0, len(token))

    def FLAT_LIST(self, token: Token) -> list[Tree]:
        base = start_of(token)
        return [
            self._flat_struct(token, base, start, end)
            for start, end in self.splitter.structs(token)
        ]

    def FLAT_VALUES(self, token: Token) -> list[str]:
        return [item_value(text) for _, text in self.splitter.values(token)]

    def _flat_struct(self, text: str, base: int, start: int, end: int) -> Tree:
        return flat_struct(self.splitter, text, base, start, end)

    @staticmethod
    def pairs_list(children: list[Any]) -> list[_Pair]:
        run, *items = children
        key, pos, value = run[-1]
        run[-1] = (key, pos, [value, *items])
        return run  # type: ignore[no-any-return]

    @staticmethod
    def csv_pair(children: list[Any]) -> list[_Pair]:
        key_eq, first, *items = children
        value = "" if first is None else first
        return [(key_of(key_eq), key_eq.start_pos, [value, *items] if items else value)]

    @staticmethod
    def nested_pair(children: list[Any]) -> list[_Pair]:
        key_eq, value = children
        return [(key_of(key_eq), key_eq.start_pos, value)]

    @staticmethod
    def struct_pair(children: list[Any]) -> _Pair:
        key_eq, value = children
        return (key_of(key_eq), key_eq.start_pos, "" if value is None else value)

    struct_pair_last = struct_pair

    @staticmethod
    def shorthand(children: list[list[_Pair]]) -> Tree:
        if len(children) == 1:
            return members(children[0])
        return members(pair for entry in children for pair in entry)

    @staticmethod
    def struct(children: list[_Pair | None]) -> Tree:
        return members(pair for pair in children if pair is not None)

    @staticmethod
    def list(children: list[Any]) -> list[Any]:
        # Every item before a comma counts, even an empty one; after the
        # last comma only a real item does (`[a,]` is one item).
        *separated, last = children
        values = ["" if item is None else item for item in separated]
        if last is not None:
            values.append(last)
        return values


@functools.cache
def tree_parser() -> Lark:
    """The shorthand grammar's parser, building trees."""
    return build_parser(TreeBuilder())


def parse_tree(text: str) -> Tree:
    """The tree of any shorthand text, through the full grammar."""
    return cast(Tree, parse_with(tree_parser(), text))
