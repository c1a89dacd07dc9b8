"""Shorthand text to an untyped tree: the grammar, its transformer, one entry point.

The tree is what the AWS CLI's own shorthand parser gives: dicts, lists and
strings only, with no knowledge of any schema. Typing is a later, separate step
(``_coerce``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, cast

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedInput

from ._errors import DuplicateKeyError, ParamFileError, ShorthandSyntaxError
from ._lexer import ContextualScanner, Source
from ._paramfile import names_file, read_paramfile
from ._syntax_errors import describe_syntax_error
from ._values import (
    FileKey,
    PairSplitter,
    csv_item_text,
    item_value,
    key_of,
    start_of,
    unescape_bare,
    unquote,
)

__all__ = ["MAX_NESTING", "SplittingBuilder", "build_parser", "parse_shorthand"]

# Deeper values are refused: nothing real nests so deep, and deeper trees would
# push recursive consumers (JSON output, validation) to their limits.
MAX_NESTING = 100

Tree = dict[str, Any]
# A key=value pair on its way into a dict: the key, where the key starts, the value.
_Pair = tuple[str, int, Any]


def _members(pairs: Iterable[_Pair]) -> Tree:
    members: Tree = {}
    for key, pos, value in pairs:
        if key in members:
            raise DuplicateKeyError(
                f"the key {key!r} is given twice in the same structure", None, pos, key=str(key)
            )
        members[key] = value
    return members


class SplittingBuilder(Transformer[Token, Any]):
    """Base of our tree builders: they hold the splitter their PAIRS and FLAT_* callbacks use.

    :func:`build_parser` makes the splitter from the compiled grammar and sets it.
    """

    splitter: PairSplitter


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


def build_parser(builder: SplittingBuilder) -> Lark:
    """The shorthand grammar as an LALR parser that builds with ``builder``.

    The builder's splitter is made from the compiled grammar's terminals, so
    splitting a run of pairs cannot drift from what the lexer matched.
    """
    parser = Lark.open_from_package(
        "ec2shorthand.grammars",
        "shorthand.lark",
        parser="lalr",
        lexer=ContextualScanner,
        start="shorthand",
        maybe_placeholders=True,
        transformer=builder,
    )
    builder.splitter = PairSplitter(
        *(
            parser.get_terminal(name).pattern.to_regexp()
            for name in ("KEY_EQ", "BARE_VALUE", "_CSV_SEP", "FLAT_STRUCT")
        )
    )
    return parser


@functools.cache
def _parser() -> Lark:
    return build_parser(_TreeBuilder())


def parse_shorthand(text: str) -> Tree:
    """Parse one shorthand value into the untyped tree the AWS CLI builds.

    ``parse_shorthand("a=b,c")`` gives ``{"a": ["b", "c"]}``: values are
    strings, lists and dicts, whatever the argument's type. Raises
    :class:`ShorthandSyntaxError` (with position and caret) for text the
    AWS CLI would reject, and :class:`ParamFileError` when a ``key@=file://``
    file cannot be read.
    """
    try:
        tree = cast(Tree, _parser().parse(Source(text)))
    except UnexpectedInput as error:
        raise describe_syntax_error(text, error) from None
    except DuplicateKeyError as error:
        raise DuplicateKeyError(error.msg, text, error.pos, key=error.key) from None
    if text.count("[") + text.count("{") > MAX_NESTING:
        _check_nesting(tree, text)
    if "@" in text:
        tree, _ = _read_files(tree, reading=False, text=text)
    return tree


def _check_nesting(tree: Tree, text: str) -> None:
    """Refuse values nested deeper than MAX_NESTING (the AWS CLI's parser crashes near 500).

    Iterative, so that checking does not hit the recursion limit itself; only
    containers are visited, and the path is worked out only on failure.
    """
    pending: list[tuple[Any, int]] = [(tree, 0)]
    while pending:
        node, depth = pending.pop()
        if depth > MAX_NESTING:
            raise ShorthandSyntaxError(
                f"values are nested more than {MAX_NESTING} levels deep",
                text,
                _locate_first_too_deep(tree, text),
            )
        children = node.values() if isinstance(node, dict) else node
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))


def _locate_first_too_deep(tree: Tree, text: str) -> int | None:
    """Where the first value nested too deep starts (the same walk, keeping paths)."""
    from ._locate import locate  # only on this rare failure; _locate imports this module

    pending: list[tuple[Any, tuple[str | int, ...]]] = [(tree, ())]
    while pending:
        node, path = pending.pop()
        if len(path) > MAX_NESTING:
            span = locate(text, path)
            return None if span is None else span[0]
        pending.extend(
            (
                (child, (*path, step))
                for step, child in _children(node)
                if isinstance(child, dict | list)
            )
        )
    return None  # pragma: no cover - only called once the walk above found one


def _children(node: Any) -> Iterable[tuple[str | int, Any]]:
    return node.items() if isinstance(node, dict) else enumerate(node)


def _read_files(
    node: Any, reading: bool, text: str, path: tuple[str | int, ...] = ()
) -> tuple[Any, bool]:
    """Replace file:// values with file contents where the AWS CLI does.

    The AWS CLI decides per value by the key it read last in the text: a value
    is read from its file when that key was written ``key@=``, even inside a
    list after a nested structure. Walking the tree in document order with
    that flag reproduces it. Returns the new node and the flag after it.
    """
    if isinstance(node, dict):
        members = {}
        for key, value in node.items():
            reading = isinstance(key, FileKey)
            members[str(key)], reading = _read_files(value, reading, text, (*path, str(key)))
        return members, reading
    if isinstance(node, list):
        items = []
        for index, item in enumerate(node):
            new_item, reading = _read_files(item, reading, text, (*path, index))
            items.append(new_item)
        return items, reading
    if reading and names_file(node):
        try:
            return read_paramfile(node), reading
        except ParamFileError as error:
            from ._locate import locate  # only on this failure; _locate imports this module

            span = locate(text, path)
            raise ParamFileError(error.msg, text, None if span is None else span[0]) from None
    return node, reading
