"""Shorthand text to an untyped tree: the grammar's tree builder and one entry point.

The tree is what the AWS CLI's own shorthand parser gives: dicts, lists and
strings only, with no knowledge of any schema. Typing is a later, separate step
(``_model.coerce``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, cast

from lark import Lark, Token

from .._core.errors import DuplicateKeyError, ParamFileError, ShorthandSyntaxError
from .._core.files import FileResolver, Files, names_file, resolver_for
from .._core.paths import Path
from .._core.tree import MAX_NESTING, depth_exceeding
from .errors import parse_with
from .grammar import SplittingBuilder, build_parser
from .locate import Span, locate_all
from .tokens import (
    FileKey,
    csv_item_text,
    item_value,
    key_of,
    start_of,
    unescape_bare,
    unquote,
)

__all__ = ["MAX_NESTING", "Tree", "parse_shorthand"]

Tree = dict[str, Any]
# A key=value pair on its way into a dict: the key, where the key starts, the value.
_Pair = tuple[str, int, Any]


def _members(pairs: Iterable[_Pair]) -> Tree:
    members: Tree = {}
    for key, pos, value in pairs:
        if key in members:
            raise DuplicateKeyError(
                f"the key {key!r} is given twice in the same structure",
                None,
                pos,
                key=str(key),
                end=pos + len(key),
            )
        members[key] = value
    return members


class _TreeBuilder(SplittingBuilder):
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

    def _flat_struct(self, text: str, base: int, start: int, end: int) -> Tree:
        """The structure ``text[start:end]`` (braces included); ``base`` is the text's offset."""
        return _members(self.splitter.pairs(text, start + 1, end - 1, base))

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
            return _members(children[0])
        return _members(pair for entry in children for pair in entry)

    @staticmethod
    def struct(children: list[_Pair | None]) -> Tree:
        return _members(pair for pair in children if pair is not None)

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
def _parser() -> Lark:
    return build_parser(_TreeBuilder())


def parse_shorthand(text: str, *, files: Files = None) -> Tree:
    """Parse one shorthand value into the untyped tree the AWS CLI builds.

    ``parse_shorthand("a=b,c")`` gives ``{"a": ["b", "c"]}``: values are
    strings, lists and dicts, whatever the argument's type. Raises
    :class:`ShorthandSyntaxError` (with position and caret) for text the
    AWS CLI would reject.

    ``key@=file://path`` asks for a file's content as the value. No file is
    read unless ``files`` allows it: ``True`` reads as the AWS CLI does,
    ``FileResolver(folder)`` only under ``folder``; otherwise such a value
    raises :class:`ParamFileError`.
    """
    tree = cast(Tree, parse_with(_parser(), text))
    if text.count("[") + text.count("{") > MAX_NESTING:
        _check_nesting(tree, text)
    if "@" in text:
        tree = _FileReader(text, resolver_for(files)).read(tree)
    return tree


def _check_nesting(tree: Tree, text: str) -> None:
    """Refuse values nested deeper than MAX_NESTING (the AWS CLI's parser crashes near 500)."""
    path = depth_exceeding(tree, MAX_NESTING)
    if path is not None:
        span = locate_all(text, [path]).get(path)
        raise ShorthandSyntaxError(
            f"values are nested more than {MAX_NESTING} levels deep",
            text,
            None if span is None else span[0],
        )


class _FileReader:
    """Replaces ``file://`` values with file contents where the AWS CLI does.

    The AWS CLI decides per value by the key it read last in the text: a value
    is read from its file when that key was written ``key@=``, even inside a
    list after a nested structure. Walking the tree in document order with
    that flag reproduces it.
    """

    def __init__(self, text: str, resolver: FileResolver) -> None:
        self._text = text
        self._resolver = resolver
        self._reading = False

    def read(self, tree: Tree) -> Tree:
        result: Tree = self._node(tree, ())
        return result

    def _node(self, node: Any, path: Path) -> Any:
        # Recursion is bounded: the tree passed the nesting check first.
        if isinstance(node, dict):
            members = {}
            for key, value in node.items():
                self._reading = isinstance(key, FileKey)
                members[str(key)] = self._node(value, (*path, str(key)))
            return members
        if isinstance(node, list):
            return [self._node(item, (*path, index)) for index, item in enumerate(node)]
        if self._reading and names_file(node):
            try:
                return self._resolver.read(node)
            except ParamFileError as error:
                span: Span | None = locate_all(self._text, [path]).get(path)
                start, end = span if span is not None else (None, None)
                raise ParamFileError(error.msg, self._text, start, end=end) from None
        return node
