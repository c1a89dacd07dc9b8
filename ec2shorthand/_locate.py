"""Where in a shorthand text a value stands, for pointing at it in messages.

Parsing for speed keeps no positions. When a message needs one (a value of
the wrong type, a failed rule), the text is parsed again with a transformer
that records them, and the value is looked up by its path. Only failures pay.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedInput

from ._errors import ShorthandError
from ._shorthand import build_parser, csv_item_text, key_of, unescape_bare, unquote

__all__ = ["locate"]

# A located value: (offset of its first character or None, payload), where the
# payload is a string, a list of located values or a dict of them.
_Node = tuple[int | None, Any]
_Pair = tuple[Token, _Node]


def _at_value(key: Token, node: _Node | None) -> _Node:
    """A pair's value; a container (which has no offset of its own) starts after the key."""
    if node is None:
        return (key.end_pos, "")
    return node if node[0] is not None else (key.end_pos, node[1])


def _members(pairs: Sequence[_Pair | None]) -> _Node:
    return (None, {key_of(key): node for key, node in (p for p in pairs if p is not None)})


@v_args(inline=True)
class _LocatingBuilder(Transformer[Token, _Node]):
    @staticmethod
    def BARE_VALUE(token: Token) -> _Node:
        return (token.start_pos, unescape_bare(token))

    @staticmethod
    def QUOTED_VALUE(token: Token) -> _Node:
        return (token.start_pos, unquote(token))

    @staticmethod
    def CSV_ITEM(token: Token) -> _Node:
        item = csv_item_text(token)
        start = token.start_pos + len(token) - len(item)
        return (start, unquote(item) if item[0] in "'\"" else unescape_bare(item))

    @staticmethod
    def csv_pair(key: Token, first: _Node | None, *items: _Node) -> _Pair:
        value = _at_value(key, first)
        return (key, (key.end_pos, [value, *items]) if items else value)

    @staticmethod
    def nested_pair(key: Token, node: _Node) -> _Pair:
        return (key, _at_value(key, node))

    struct_pair = nested_pair
    struct_pair_last = nested_pair

    @staticmethod
    def shorthand(*pairs: _Pair) -> _Node:
        return (0, _members(pairs)[1])

    @staticmethod
    def struct(*pairs: _Pair | None) -> _Node:
        return _members(pairs)

    @staticmethod
    def list(*items: _Node | None) -> _Node:
        *separated, last = items
        return (None, [node if node is not None else (None, "") for node in separated]
                + ([last] if last is not None else []))


@functools.cache
def _parser() -> Lark:
    return build_parser(_LocatingBuilder())


def locate(text: str, path: Sequence[str | int]) -> int | None:
    """The offset in ``text`` of the value at ``path`` in its parse tree (or of its nearest parent)."""
    try:
        node: _Node = _parser().parse(text)
    except (UnexpectedInput, ShorthandError):  # it does not parse: nothing to point at
        return None
    found = node[0]
    for step in path:
        payload = node[1]
        if isinstance(payload, dict) and step in payload:
            node = payload[step]
        elif isinstance(payload, list) and isinstance(step, int) and step < len(payload):
            node = payload[step]
        else:
            break
        found = node[0] if node[0] is not None else found
    return found
