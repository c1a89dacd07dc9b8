"""Where in a shorthand text a value stands, for pointing at it in messages.

Parsing for speed keeps no positions. When a message needs one (a value of
the wrong type, a failed rule), the text is parsed again, once, with a
transformer that records them, and every value asked for is looked up by its
path. Only failures pay.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, cast

from lark import Lark, Token

from .._core.errors import ShorthandError
from .._core.paths import Path
from .errors import parse_with
from .grammar import SplittingBuilder, build_parser
from .tokens import (
    SKIPPED_WHITESPACE,
    csv_item_text,
    end_of,
    key_of,
    start_of,
    unescape_bare,
    unquote,
)

__all__ = ["Span", "locate_all"]

# (first character, one past the last) of a value in the text
Span = tuple[int, int]
# A located value: its span (None for a container, whose place its parent
# knows) and its payload: a string, or a list or dict of located values.
_Node = tuple[Span | None, Any]
# A pair: key, offset just after `key=` (where a container value starts), value.
_Pair = tuple[str, int, _Node]


def _placed(node: _Node | None, value_start: int) -> _Node:
    """A pair's value, placed: an empty or container value starts after `key=`."""
    if node is None:
        return ((value_start, value_start), "")
    return node if node[0] is not None else ((value_start, value_start + 1), node[1])


def _members(pairs: Iterable[_Pair | None]) -> _Node:
    return (None, {key: node for key, _, node in (pair for pair in pairs if pair is not None)})


def _bare(token: str, start: int) -> _Node:
    return ((start, start + len(token.rstrip())), unescape_bare(token))


def _quoted(token: str, start: int) -> _Node:
    return ((start, start + len(token.rstrip(SKIPPED_WHITESPACE))), unquote(token))


def _scalar(token: str, start: int) -> _Node:
    return _quoted(token, start) if token[0] in "'\"" else _bare(token, start)


class _LocatingBuilder(SplittingBuilder):
    """The tree of ``builder.TreeBuilder``, every value with its span."""

    @staticmethod
    def BARE_VALUE(token: Token) -> _Node:
        return _bare(token, start_of(token))

    @staticmethod
    def QUOTED_VALUE(token: Token) -> _Node:
        return _quoted(token, start_of(token))

    @staticmethod
    def CSV_ITEM(token: Token) -> _Node:
        item = csv_item_text(token)
        start = start_of(token) + len(token) - len(item)
        return _quoted(item, start) if item[0] in "'\"" else _bare(item, start)

    def _split(self, token: Token, start: int, end: int) -> list[_Pair]:
        return [
            (pair.key, pair.value_pos, ((pair.value_pos, pair.value_end), pair.value))
            for pair in self.splitter.located_pairs(token, start, end, start_of(token))
        ]

    def PAIRS(self, token: Token) -> list[_Pair]:
        return self._split(token, 0, len(token))

    def FLAT_STRUCT(self, token: Token) -> _Node:
        span = (start_of(token), end_of(token))
        return (span, _members(self._split(token, 1, len(token) - 1))[1])

    def FLAT_LIST(self, token: Token) -> _Node:
        base = start_of(token)
        items = [
            ((base + start, base + end), _members(self._split(token, start + 1, end - 1))[1])
            for start, end in self.splitter.structs(token)
        ]
        return ((base, end_of(token)), items)

    def FLAT_VALUES(self, token: Token) -> _Node:
        base = start_of(token)
        items = [_scalar(text, base + start) for start, text in self.splitter.values(token)]
        return ((base, end_of(token)), items)

    @staticmethod
    def pairs_list(children: list[Any]) -> list[_Pair]:
        run, *items = children
        key, start, node = run[-1]
        run[-1] = (key, start, ((start, start + 1), [node, *items]))
        return run  # type: ignore[no-any-return]

    @staticmethod
    def csv_pair(children: list[Any]) -> list[_Pair]:
        key_eq, first, *items = children
        start = end_of(key_eq)
        node = _placed(first, start)
        return [(key_of(key_eq), start, ((start, start + 1), [node, *items]) if items else node)]

    @staticmethod
    def nested_pair(children: list[Any]) -> list[_Pair]:
        key_eq, node = children
        return [(key_of(key_eq), end_of(key_eq), _placed(node, end_of(key_eq)))]

    @staticmethod
    def struct_pair(children: list[Any]) -> _Pair:
        key_eq, node = children
        return (key_of(key_eq), end_of(key_eq), _placed(node, end_of(key_eq)))

    struct_pair_last = struct_pair

    @staticmethod
    def shorthand(children: list[list[_Pair]]) -> _Node:
        return ((0, 1), _members(pair for entry in children for pair in entry)[1])

    @staticmethod
    def struct(children: list[_Pair | None]) -> _Node:
        return _members(children)

    @staticmethod
    def list(children: list[_Node | None]) -> _Node:
        *separated, last = children
        nodes = [node if node is not None else (None, "") for node in separated]
        return (None, nodes + ([last] if last is not None else []))


@functools.cache
def _parser() -> Lark:
    return build_parser(_LocatingBuilder())


def locate_all(text: str, paths: Iterable[Path]) -> dict[Path, Span]:
    """The span in ``text`` of the value at each path (or of its nearest placed parent).

    ``text`` is parsed once, however many paths are asked for: a request with
    thousands of findings costs one parse, not one per finding. A path that
    the text does not reach at all (or a text that does not parse) is left out.
    """
    try:
        root = cast(_Node, parse_with(_parser(), text))
    except ShorthandError:  # it does not parse: nothing to point at
        return {}
    found: dict[Path, Span] = {}
    for path in paths:
        node, span = root, root[0]
        for step in path:
            child = _child(node[1], step)
            if child is None:
                break
            node = child
            span = node[0] if node[0] is not None else span
        if span is not None:
            found[tuple(path)] = span
    return found


def _child(payload: Any, step: str | int) -> _Node | None:
    if isinstance(payload, dict):
        return payload.get(step)
    if isinstance(payload, list) and isinstance(step, int) and 0 <= step < len(payload):
        return payload[step]  # type: ignore[no-any-return]
    return None
