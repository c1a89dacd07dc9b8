"""Shorthand text to an untyped tree: the grammar, its transformer, one entry point.

The tree is what the AWS CLI's own shorthand parser gives: dicts, lists and
strings only, with no knowledge of any schema. Typing is a later, separate step
(``_coerce``).
"""

from __future__ import annotations

import functools
from typing import Any

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedInput

from ._errors import DuplicateKeyError, ParamFileError, ShorthandSyntaxError
from ._paramfile import names_file, read_paramfile
from ._syntax_errors import describe_syntax_error

__all__ = ["build_parser", "csv_item_text", "key_of", "parse_shorthand", "unescape_bare", "unquote"]

# What the AWS CLI skips between tokens (ASCII only; see grammars/shorthand.lark).
_SKIPPED_WHITESPACE = " \t\n\r\x0b\x0c"
_KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.#/:-"
_QUOTES = "'\""
# Deeper values are refused: nothing real nests so deep, and deeper trees would
# push recursive consumers (JSON output, validation) to their limits.
MAX_NESTING = 100

Tree = dict[str, Any]


class _FileKey(str):
    """A key written ``key@=``: its file:// values are read (see ``_read_files``)."""

    __slots__ = ()


def unquote(token_text: str) -> str:
    """The content of a quoted value (with any whitespace after it) with escapes undone."""
    quoted = token_text.rstrip(_SKIPPED_WHITESPACE)
    quote = quoted[0]
    # Two passes, in this order, is how the AWS CLI undoes escapes: `\'` then `\\`.
    return quoted[1:-1].replace("\\" + quote, quote).replace("\\\\", "\\")


def unescape_bare(token_text: str) -> str:
    """An unquoted value: `\\,` becomes `,`; trailing whitespace goes."""
    return token_text.replace("\\,", ",").rstrip()


def csv_item_text(token: str) -> str:
    """A CSV_ITEM token without the comma and whitespace before the item."""
    return token.lstrip(_SKIPPED_WHITESPACE)[1:].lstrip(_SKIPPED_WHITESPACE)


def key_of(token: Token) -> str:
    """The key written in a KEY_EQ token (``Key =`` or ``Key@=``)."""
    text: str = token.value
    key_length = len(text) - len(text.lstrip(_KEY_CHARS))
    key = text[:key_length]
    return _FileKey(key) if "@" in text[key_length:] else key


def _members(pairs: tuple[tuple[Token, Any], ...]) -> Tree:
    members: Tree = {}
    for key_token, value in pairs:
        key = key_of(key_token)
        if key in members:
            raise DuplicateKeyError(
                f"the key {key!r} is given twice in the same structure", None, key_token.start_pos
            )
        members[key] = value
    return members


@v_args(inline=True)
class _TreeBuilder(Transformer[Token, Tree]):
    """Builds the tree while the LALR parser reduces (no parse tree is kept)."""

    BARE_VALUE = staticmethod(unescape_bare)
    QUOTED_VALUE = staticmethod(unquote)

    @staticmethod
    def CSV_ITEM(token: str) -> str:
        item = csv_item_text(token)
        return unquote(item) if item[0] in _QUOTES else unescape_bare(item)

    @staticmethod
    def csv_pair(key: Token, first: str | None, *items: str) -> tuple[Token, Any]:
        value = "" if first is None else first
        return (key, [value, *items] if items else value)

    @staticmethod
    def nested_pair(key: Token, value: Any) -> tuple[Token, Any]:
        return (key, value)

    @staticmethod
    def struct_pair(key: Token, value: Any) -> tuple[Token, Any]:
        return (key, "" if value is None else value)

    struct_pair_last = nested_pair

    @staticmethod
    def shorthand(*pairs: tuple[Token, Any]) -> Tree:
        return _members(pairs)

    @staticmethod
    def struct(*pairs: tuple[Token, Any] | None) -> Tree:
        *complete, last = pairs
        if last is not None:
            complete.append(last)
        return _members(tuple(pair for pair in complete if pair is not None))

    @staticmethod
    def list(*items: Any) -> list[Any]:
        # Every item before a comma counts, even an empty one; after the
        # last comma only a real item does (`[a,]` is one item).
        *separated, last = items
        values = ["" if item is None else item for item in separated]
        if last is not None:
            values.append(last)
        return values


def build_parser(transformer: Transformer[Token, Any]) -> Lark:
    """The shorthand grammar as an LALR parser that builds with ``transformer``."""
    return Lark.open_from_package(
        "ec2shorthand.grammars",
        "shorthand.lark",
        parser="lalr",
        lexer="contextual",
        start="shorthand",
        maybe_placeholders=True,
        transformer=transformer,
    )


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
        tree: Tree = _parser().parse(text)
    except UnexpectedInput as error:
        raise describe_syntax_error(text, error) from None
    except ShorthandSyntaxError as error:
        raise type(error)(error.msg, text, error.pos) from None
    if text.count("[") + text.count("{") > MAX_NESTING:
        _check_nesting(tree, text)
    if "@" in text:
        tree, _ = _read_files(tree, reading=False, text=text)
    return tree


def _check_nesting(tree: Tree, text: str) -> None:
    """Refuse values nested deeper than MAX_NESTING (the AWS CLI's parser crashes near 500).

    Iterative, so that checking does not hit the recursion limit itself.
    """
    pending: list[tuple[Any, int, tuple[str | int, ...]]] = [(tree, 0, ())]
    while pending:
        node, depth, path = pending.pop()
        if depth > MAX_NESTING:
            from ._locate import locate  # only on this rare failure

            raise ShorthandSyntaxError(
                f"values are nested more than {MAX_NESTING} levels deep", text, locate(text, path)
            )
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        pending.extend((child, depth + 1, (*path, step)) for step, child in children)


def _read_files(node: Any, reading: bool, text: str) -> tuple[Any, bool]:
    """Replace file:// values with file contents where the AWS CLI does.

    The AWS CLI decides per value by the key it read last in the text: a value
    is read from its file when that key was written ``key@=``, even inside a
    list after a nested structure. Walking the tree in document order with
    that flag reproduces it. Returns the new node and the flag after it.
    """
    if isinstance(node, dict):
        members = {}
        for key, value in node.items():
            reading = isinstance(key, _FileKey)
            members[str(key)], reading = _read_files(value, reading, text)
        return members, reading
    if isinstance(node, list):
        items = []
        for item in node:
            new_item, reading = _read_files(item, reading, text)
            items.append(new_item)
        return items, reading
    if reading and names_file(node):
        try:
            return read_paramfile(node), reading
        except ParamFileError as error:
            raise ParamFileError(error.msg, text, text.find(node)) from None
    return node, reading
