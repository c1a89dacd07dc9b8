"""Bash's reading of one word: quote removal, escapes, ``$'..'``, line continuations.

A :class:`Word` is the text a command receives for one argument, before brace
expansion and pathname expansion (the detectors report those, since they turn
one intended value into something else). Every character keeps the file span
it was read from, so ``\\"`` inside double quotes maps back to both of its file
characters, and a placeholder for ``$VAR`` maps to the whole ``$VAR``.

Expansions (``$VAR``, ``${...}``, ``$(...)``, backquotes, ``$((...))``) are
unknown values: the word holds :data:`UNKNOWN_PLACEHOLDER` for each, and
``unknown`` lists where.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .snippet import Snippet

__all__ = ["UNKNOWN_PLACEHOLDER", "Part", "Word", "evaluate_word"]

# Stands for an unknown value in the evaluated text: short, and a valid integer,
# string and shorthand value, so the text around it stays readable.
UNKNOWN_PLACEHOLDER = "0"

# Characters bash gives a meaning to when they stand unquoted in a word: brace
# expansion and pathname expansion.
EXPANSION_CHARS = frozenset("{},*?[]")

# A run of characters that bash reads as themselves outside quotes.
_PLAIN_RUN = re.compile(r"[^\\'\"$`<>~]+")
_PLAIN_WORD = re.compile(r"[^\\'\"$`<>~]*")  # a word bash takes as it is written
_ACTIVE = re.compile(r"[{},*?\[\]]")
# A parameter expansion bash makes of a ``$`` the parser left as a lone character
# (tree-sitter-bash reads ``,minSize=$MIN`` as ``$`` then the word ``MIN``).
_PARAMETER = re.compile(r"\$(?:[A-Za-z_]\w*|[0-9@*#?$!-]|\{[^{}$\n]*\})")

# $'...' escapes with a one-character meaning (bash's ANSI-C quoting).
_ANSI_SIMPLE = {
    "a": "\a",
    "b": "\b",
    "e": "\x1b",
    "E": "\x1b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "?": "?",
}
_ANSI_NUMERIC = re.compile(r"x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|[0-7]{1,3}")
# Inside double quotes a backslash escapes only these (and a newline, which it removes).
_DOUBLE_QUOTE_ESCAPES = frozenset('$`"\\')


@dataclass(frozen=True)
class Part:
    """A stretch of a word in one quoting: ``bare``, ``single``, ``double``, ``ansi``, ``unknown``.

    ``start:end`` is its text in :attr:`Word.text`; ``file_start:file_end`` its
    source, quotes included.
    """

    kind: str
    start: int
    end: int
    file_start: int
    file_end: int


@dataclass(frozen=True)
class Word:
    """One argument as bash passes it, tied character by character to the file."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    unknown: tuple[tuple[int, int], ...]
    parts: tuple[Part, ...]
    active: frozenset[int]  # text positions of unquoted {},*?[] (brace and pathname expansion)
    file_start: int
    file_end: int

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """The file span of ``text[start:end]``; an empty span points between characters."""
        if not self.text:
            return self.file_start, self.file_end
        start, end = min(start, len(self.text)), min(end, len(self.text))
        if start >= end:
            at = self.starts[start] if start < len(self.text) else self.ends[-1]
            return at, at
        return self.starts[start], self.ends[end - 1]

    @property
    def is_known(self) -> bool:
        return not self.unknown

    def known_text(self, start: int = 0, end: int | None = None) -> bool:
        """Whether ``text[start:end]`` holds no unknown value."""
        stop = len(self.text) if end is None else end
        return all(e <= start or s >= stop for s, e in self.unknown)


class _Reader:
    """Reads a word's source, emitting characters with their snippet spans."""

    def __init__(self, snippet: Snippet, opaque: Sequence[tuple[int, int]]) -> None:
        self.src = snippet.text
        self.snippet = snippet
        self.opaque = {start: end for start, end in opaque}
        self.chars: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.unknown: list[tuple[int, int]] = []
        self.parts: list[Part] = []
        self.active: set[int] = set()

    def emit(self, text: str, start: int, end: int) -> None:
        for char in text:
            self.chars.append(char)
            self.spans.append((start, end))

    def emit_run(self, start: int, end: int) -> None:
        self.chars.append(self.src[start:end])
        self.spans.extend((at, at + 1) for at in range(start, end))

    def emit_unknown(self, start: int, end: int) -> None:
        at = len(self.spans)
        self.emit(UNKNOWN_PLACEHOLDER, start, end)
        self.unknown.append((at, at + len(UNKNOWN_PLACEHOLDER)))

    def part(self, kind: str, text_start: int, src_start: int, src_end: int) -> None:
        self.parts.append(Part(kind, text_start, len(self.spans), src_start, src_end))

    def read(self, start: int, end: int) -> None:
        src, i = self.src, start
        bare_from: tuple[int, int] | None = None  # (text, source) where a bare stretch began
        while i < end:
            char = src[i]
            quoted = char in "'\"" or (char == "$" and src[i + 1 : i + 2] in ("'", '"'))
            if quoted or i in self.opaque:
                if bare_from is not None:
                    self.part("bare", bare_from[0], bare_from[1], i)
                    bare_from = None
                i = self._quoted_or_unknown(i, end)
                continue
            if bare_from is None:
                bare_from = (len(self.spans), i)
            i = self._bare(i, end, at_word_start=i == start)
        if bare_from is not None:
            self.part("bare", bare_from[0], bare_from[1], end)

    def _quoted_or_unknown(self, i: int, end: int) -> int:
        text_start = len(self.spans)
        if i in self.opaque:
            stop = self.opaque[i]
            self.emit_unknown(i, stop)
            self.part("unknown", text_start, i, stop)
            return stop
        char = self.src[i]
        if char == "'":
            stop = self.src.find("'", i + 1, end)
            if stop == -1:  # unclosed (the parser recovered from an error): read to the end
                self.emit_run(i + 1, end)
                self.part("single", text_start, i, end)
                return end
            self.emit_run(i + 1, stop)
            self.part("single", text_start, i, stop + 1)
            return stop + 1
        if char == '"':
            stop = self._double(i + 1, end)
            self.part("double", text_start, i, stop)
            return stop
        if self.src[i + 1] == '"':  # $"...": translated, read as double quotes
            stop = self._double(i + 2, end)
            self.part("double", text_start, i, stop)
            return stop
        stop = self._ansi(i + 2, end)
        self.part("ansi", text_start, i, stop)
        return stop

    def _bare(self, i: int, end: int, *, at_word_start: bool) -> int:
        src = self.src
        match = _PLAIN_RUN.match(src, i, end)
        if match is not None:
            stop = match.end()
            text_at = len(self.spans)
            self.emit_run(i, stop)
            for active in _ACTIVE.finditer(src, i, stop):
                self.active.add(text_at + active.start() - i)
            return stop
        char = src[i]
        if char == "\\":
            if i + 1 >= end:
                self.emit("\\", i, i + 1)
                return i + 1
            if src[i + 1] != "\n":  # a newline after it is a line continuation: gone
                self.emit(src[i + 1], i, i + 2)
            return i + 2
        if char == "~" and at_word_start and src[i + 1 : i + 2] in ("/", ""):
            self.emit_unknown(i, i + 1)  # the home folder
            return i + 1
        if char == "$" and (parameter := _PARAMETER.match(src, i, end)) is not None:
            self.emit_unknown(i, parameter.end())
            return parameter.end()
        self.emit(char, i, i + 1)  # a lone $, `, <, > or ~ that starts nothing
        return i + 1

    def _double(self, i: int, end: int) -> int:
        """Read double-quoted text from ``i``; return the offset after the closing quote."""
        src = self.src
        while i < end and src[i] != '"':
            if i in self.opaque:
                stop = self.opaque[i]
                self.emit_unknown(i, stop)
                i = stop
            elif src[i] == "$" and (parameter := _PARAMETER.match(src, i, end)) is not None:
                self.emit_unknown(i, parameter.end())
                i = parameter.end()
            elif src[i] == "\\" and i + 1 < end and src[i + 1] == "\n":
                i += 2
            elif src[i] == "\\" and i + 1 < end and src[i + 1] in _DOUBLE_QUOTE_ESCAPES:
                self.emit(src[i + 1], i, i + 2)
                i += 2
            else:
                self.emit(src[i], i, i + 1)
                i += 1
        return min(i + 1, end)

    def _ansi(self, i: int, end: int) -> int:
        """Read $'...' text from ``i``; return the offset after the closing quote."""
        src = self.src
        while i < end and src[i] != "'":
            if src[i] != "\\" or i + 1 >= end:
                self.emit(src[i], i, i + 1)
                i += 1
                continue
            after = src[i + 1]
            numeric = _ANSI_NUMERIC.match(src, i + 1, end)
            if after in _ANSI_SIMPLE:
                self.emit(_ANSI_SIMPLE[after], i, i + 2)
                i += 2
            elif after == "c" and i + 2 < end:
                self.emit(chr(ord(src[i + 2]) & 0x1F), i, i + 3)
                i += 3
            elif numeric is not None:
                digits = numeric.group()
                value = int(digits[1:], 16) if digits[0] in "xuU" else int(digits, 8)
                self.emit(chr(value) if value <= 0x10FFFF else "\ufffd", i, numeric.end())
                i = numeric.end()
            else:  # an unknown escape keeps its backslash
                self.emit("\\" + after, i, i + 2)
                i += 2
        return min(i + 1, end)


def evaluate_word(
    snippet: Snippet, start: int, end: int, opaque: Sequence[tuple[int, int]] = ()
) -> Word:
    """Bash's reading of the word ``snippet.text[start:end]``.

    ``opaque`` lists the expansions inside it (snippet offsets), each read as
    one unknown value.
    """
    if not opaque and _PLAIN_WORD.fullmatch(snippet.text, start, end):
        return _plain_word(snippet, start, end)
    reader = _Reader(snippet, opaque)
    reader.read(start, end)
    starts, ends = snippet.starts, snippet.ends
    file_starts = [starts[s] for s, _ in reader.spans]
    file_ends = [ends[e - 1] for _, e in reader.spans]
    file_start, file_end = snippet.file_span(start, end)
    parts = tuple(
        Part(p.kind, p.start, p.end, *snippet.file_span(p.file_start, p.file_end))
        for p in reader.parts
    )
    return Word(
        "".join(reader.chars),
        file_starts,
        file_ends,
        tuple(reader.unknown),
        parts,
        frozenset(reader.active),
        file_start,
        file_end,
    )


def _plain_word(snippet: Snippet, start: int, end: int) -> Word:
    """A word with no quotes, escapes or expansions: its text is its source (the usual case)."""
    text = snippet.text[start:end]
    file_start, file_end = snippet.file_span(start, end)
    active = frozenset(match.start() for match in _ACTIVE.finditer(text))
    part = Part("bare", 0, len(text), file_start, file_end)
    starts, ends = snippet.starts[start:end], snippet.ends[start:end]
    return Word(text, starts, ends, (), (part,) if text else (), active, file_start, file_end)
