"""Commands in shell text, found by tree-sitter-bash, their words read by :mod:`.words`.

tree-sitter finds where each command and each of its words begins and ends,
and where the expansions inside a word are; :func:`.words.evaluate_word` then
reads each word the way bash does. tree-sitter sometimes ends a word where
bash does not: at a line continuation (``ab\\<newline>cd``), before a
backquote (``pre`cmd```) or after the ``$`` of ``$"..."``. Words that nothing
but line continuations separate are one word to bash, and are joined.
"""

from __future__ import annotations

import functools
import re
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


@dataclass(frozen=True)
class ShellCommand:
    """A simple command: its words' places in the snippet, read on demand."""

    snippet: Snippet
    sources: tuple[_WordSource, ...]
    start: int
    end: int

    def source_text(self, index: int) -> str:
        word = self.sources[index]
        return self.snippet.text[word.start : word.end]

    def words(self, first: int = 0) -> list[Word]:
        """The words from ``first`` on, as bash reads them."""
        return [
            evaluate_word(self.snippet, word.start, word.end, word.opaque)
            for word in self.sources[first:]
        ]


@functools.cache
def _parser() -> Any:
    # Imported here: only the linter needs tree-sitter.
    import tree_sitter
    import tree_sitter_bash

    language = tree_sitter.Language(tree_sitter_bash.language())
    query = tree_sitter.Query(language, "(command) @command")
    return tree_sitter.Parser(language), query


def parse_commands(snippet: Snippet) -> list[ShellCommand]:
    """Every simple command in the snippet (nested ones too), in order of their start."""
    import tree_sitter

    parser, query = _parser()
    data = snippet.text.encode("utf-8", "surrogatepass")
    to_char = _byte_to_char(snippet.text, data)
    tree = parser.parse(data)
    nodes = tree_sitter.QueryCursor(query).captures(tree.root_node).get("command", [])
    commands = []
    for node in nodes:
        name = node.child_by_field_name("name")
        if name is None:
            continue
        word_nodes = [name, *node.children_by_field_name("argument")]
        sources = _joined(snippet.text, [_source(n, data, to_char) for n in word_nodes])
        sources = _to_line_end(snippet.text, sources)
        commands.append(ShellCommand(snippet, tuple(sources), sources[0].start, sources[-1].end))
    commands.sort(key=lambda command: command.start)
    return commands


def _byte_to_char(text: str, data: bytes) -> Any:
    if len(data) == len(text):
        return lambda offset: offset
    table = [0] * (len(data) + 1)
    at = 0
    for index, char in enumerate(text):
        width = len(char.encode("utf-8", "surrogatepass"))
        for step in range(width):
            table[at + step] = index
        at += width
    table[at] = len(text)
    return table.__getitem__


def _source(node: Any, data: bytes, to_char: Any) -> _WordSource:
    raw = data[node.start_byte : node.end_byte]
    opaque: list[tuple[int, int]] = []
    if any(mark in raw for mark in _EXPANSION_STARTS):
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
