"""Commands in shell text, found by tree-sitter-bash, their words read by :mod:`.words`.

tree-sitter finds where each command and each of its words begins and ends,
and where the expansions inside a word are; :func:`.words.evaluate_word` then
reads each word the way bash does. tree-sitter sometimes ends a word where
bash does not: at a line continuation (``ab\\<newline>cd``), before a
backquote (``pre`cmd```) or after the ``$`` of ``$"..."``. Words that nothing
but line continuations separate are one word to bash, and are joined.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .snippet import Snippet
from .words import Word, evaluate_word

__all__ = ["ShellCommand", "parse_commands"]

# Nodes whose text bash replaces by a value only known when the script runs.
_EXPANSIONS = frozenset(
    {
        "simple_expansion",
        "expansion",
        "command_substitution",
        "arithmetic_expansion",
        "process_substitution",
    }
)
_EXPANSION_STARTS = (b"$", b"`", b"<(", b">(")


@dataclass(frozen=True)
class _WordSource:
    start: int  # snippet offsets
    end: int
    opaque: tuple[tuple[int, int], ...]


class ShellCommand:
    """A simple command: where it stands in the snippet; its words found and read on demand.

    Only the command's byte range, its first word's start and its last word's
    end are kept from the parse; the words' places are taken from the tree
    when asked for. Most commands of a file are not ``aws`` calls, and
    tree-sitter's node objects for all of them cost far more memory than the
    file itself.
    """

    __slots__ = ("_range", "_sources", "_tree", "snippet", "start")

    def __init__(self, tree: _Tree, node: Any) -> None:
        self.snippet = tree.snippet
        self._tree = tree
        self._range = (node.start_byte, node.end_byte)
        self._sources: tuple[_WordSource, ...] | None = None
        self.start = tree.to_char(node.child_by_field_name("name").start_byte)

    @property
    def sources(self) -> tuple[_WordSource, ...]:
        if self._sources is None:
            node = self._tree.command_at(*self._range)
            nodes = [node.child_by_field_name("name"), *node.children_by_field_name("argument")]
            found = [_source(word, self._tree.to_char) for word in nodes]
            text = self.snippet.text
            self._sources = tuple(_to_line_end(text, _joined(text, found)))
        return self._sources

    @property
    def end(self) -> int:
        """Where the command's last word ends (its words up to the line bash ends it at)."""
        return self.sources[-1].end

    @property
    def name(self) -> str:
        """The command's first word as written (up to a blank or an operator)."""
        found = _NAME.match(self.snippet.text, self.start)
        return found.group() if found is not None else ""

    def enclosing_function(self) -> str | None:
        """The name of the shell function whose body holds this command, if any."""
        node = self._tree.command_at(*self._range).parent
        while node is not None and node.type != "function_definition":
            node = node.parent
        name = node.child_by_field_name("name") if node is not None else None
        return name.text.decode("utf-8", "replace") if name is not None else None

    def heredoc_bodies(self) -> list[tuple[int, int]]:
        """The snippet spans of the here-documents fed to this command (``cmd <<EOF``)."""
        node = self._tree.command_at(*self._range)
        parent = node.parent
        if parent is None or parent.type != "redirected_statement":
            return []
        to_char = self._tree.to_char
        return [
            (to_char(body.start_byte), to_char(body.end_byte))
            for redirect in parent.children
            if redirect.type == "heredoc_redirect"
            for body in redirect.children
            if body.type == "heredoc_body"
        ]

    def source_text(self, index: int) -> str:
        word = self.sources[index]
        return self.snippet.text[word.start : word.end]

    def words(self, first: int = 0) -> list[Word]:
        """The words from ``first`` on, as bash reads them."""
        return [
            evaluate_word(self.snippet, word.start, word.end, word.opaque)
            for word in self.sources[first:]
        ]


@dataclass(frozen=True)
class _Tree:
    snippet: Snippet
    tree: Any
    to_char: Callable[[int], int]

    def command_at(self, start: int, end: int) -> Any:
        node = self.tree.root_node.descendant_for_byte_range(start, end)
        while node.type != "command" or (node.start_byte, node.end_byte) != (start, end):
            node = node.parent
        return node


@functools.cache
def _parser() -> Any:
    # Imported here: only the linter needs tree-sitter.
    import tree_sitter
    import tree_sitter_bash

    language = tree_sitter.Language(tree_sitter_bash.language())
    query = tree_sitter.Query(language, "(command name: (_)) @command")
    return tree_sitter.Parser(language), query


_NAME = re.compile(r"[^\s;&|()<>]+")

# Commands are collected a window of bytes at a time: tree-sitter's node objects
# for a whole large file at once would take many times its size.
_WINDOW = 1 << 16


def parse_commands(snippet: Snippet) -> list[ShellCommand]:
    """Every simple command in the snippet (nested ones too), in order of their start."""
    import tree_sitter

    parser, query = _parser()
    data = snippet.text.encode("utf-8", "surrogatepass")
    tree = _Tree(snippet, parser.parse(data), _byte_to_char(snippet.text, data))
    cursor = tree_sitter.QueryCursor(query)
    commands: dict[tuple[int, int], ShellCommand] = {}
    for window in range(0, max(len(data), 1), _WINDOW):
        cursor.set_byte_range(window, min(window + _WINDOW, len(data)))
        for node in cursor.captures(tree.tree.root_node).get("command", []):
            key = (node.start_byte, node.end_byte)
            if key not in commands:  # a command across two windows is found in both
                commands[key] = ShellCommand(tree, node)
    return sorted(commands.values(), key=lambda command: command.start)


_CHUNK = 256  # characters between two known (character, byte) offsets of a non-ASCII text


def _byte_to_char(text: str, data: bytes) -> Callable[[int], int]:
    """Byte offset to character offset; a few bytes of memory per chunk, not per character."""
    if len(data) == len(text):
        return lambda offset: offset
    chunk_bytes = array("q", [0])  # the byte offset of characters 0, _CHUNK, 2 * _CHUNK...
    for at in range(0, len(text) - _CHUNK, _CHUNK):
        piece = text[at : at + _CHUNK]
        chunk_bytes.append(chunk_bytes[-1] + len(piece.encode("utf-8", "surrogatepass")))

    def to_char(offset: int) -> int:
        chunk = bisect.bisect_right(chunk_bytes, offset) - 1
        rest = data[chunk_bytes[chunk] : offset]
        # An offset inside a character (a parse error) counts as that character's start.
        while rest and (rest[-1] & 0xC0) == 0x80 and _cut(rest):
            rest = rest[:-1]
        if rest and rest[-1] >= 0xC0:
            rest = rest[:-1]
        return chunk * _CHUNK + len(rest.decode("utf-8", "surrogatepass"))

    return to_char


def _cut(data: bytes) -> bool:
    """Whether ``data`` ends inside a multi-byte character."""
    try:
        data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return True
    return False


def _source(node: Any, to_char: Callable[[int], int]) -> _WordSource:
    opaque: list[tuple[int, int]] = []
    if any(mark in node.text for mark in _EXPANSION_STARTS):
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type in _EXPANSIONS:
                opaque.append((to_char(current.start_byte), to_char(current.end_byte)))
            else:
                stack.extend(current.children)
    return _WordSource(to_char(node.start_byte), to_char(node.end_byte), tuple(sorted(opaque)))


def _to_line_end(text: str, sources: list[_WordSource]) -> list[_WordSource]:
    """The words before the first line break bash ends the command at.

    tree-sitter-bash reads a line holding only ``\\`` as a continuation of the
    command above, so ``fi`` after it became that command's last argument.
    """
    for index in range(1, len(sources)):
        gap = text[sources[index - 1].end : sources[index].start]
        if _UNESCAPED_NEWLINE.search(gap):
            return sources[:index]
    return sources


_UNESCAPED_NEWLINE = re.compile(r"(?<!\\)\n")


def _joined(text: str, sources: list[_WordSource]) -> list[_WordSource]:
    """Words that only a line continuation separates are one word to bash."""
    joined = [sources[0]]
    for source in sources[1:]:
        previous = joined[-1]
        gap = text[previous.end : source.start]
        if gap.replace("\\\n", "") == "":  # nothing between but line continuations
            joined[-1] = _WordSource(previous.start, source.end, previous.opaque + source.opaque)
        else:
            joined.append(source)
    return joined
