"""Shorthand text to an untyped tree: the one entry point of the syntax layer.

The tree is what the AWS CLI's own shorthand parser gives: dicts, lists and
strings only, with no knowledge of any schema. Typing is a later, separate step
(``_model.coerce``). A flat value is read by ``flat`` without a parser; any
other by the full grammar (``builder``), which is loaded on first need.
"""

from __future__ import annotations

from typing import Any

from .._core.arguments import expect_files, expect_text
from .._core.errors import ParamFileError, ShorthandSyntaxError
from .._core.files import FileResolver, Files, names_file, resolver_for
from .._core.paths import Path
from .._core.tree import MAX_NESTING, depth_exceeding
from .flat import Tree, read_flat
from .tokens import FileKey

__all__ = ["MAX_NESTING", "Tree", "parse_shorthand"]


def parse_shorthand(text: str, *, files: Files = None) -> Tree:
    """Parse one shorthand value into the untyped tree the AWS CLI builds.

    ``parse_shorthand("a=b,c")`` gives ``{"a": ["b", "c"]}``: values are
    strings, lists and dicts, whatever the argument's type. Raises
    :class:`ShorthandSyntaxError` (with position and caret) for text the
    AWS CLI would reject.

    ``key@=file://path`` asks for a file's content as the value. No file is
    read unless ``files`` allows it: ``True`` reads as the AWS CLI does,
    ``FileResolver(folder)`` only under ``folder``; otherwise such a value
    raises :class:`ParamFileError`. A ``text`` that is no ``str``, or a
    ``files`` of another kind, is a :class:`ShorthandError`.
    """
    expect_text(text, "text", "a shorthand value")
    expect_files(files)
    tree = read_flat(text)
    if tree is None:
        from .builder import parse_tree  # loads the full grammar (and Lark) on first need

        tree = parse_tree(text)
        if text.count("[") + text.count("{") > MAX_NESTING:
            _check_nesting(tree, text)
    if "@" in text:
        tree = _FileReader(text, resolver_for(files)).read(tree)
    return tree


def _check_nesting(tree: Tree, text: str) -> None:
    """Refuse values nested deeper than MAX_NESTING (the AWS CLI's parser crashes near 500)."""
    path = depth_exceeding(tree, MAX_NESTING)
    if path is not None:
        from .locate import locate_all

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
                from .locate import locate_all

                span = locate_all(self._text, [path]).get(path)
                start, end = span if span is not None else (None, None)
                raise ParamFileError(error.msg, self._text, start, end=end) from None
        return node
