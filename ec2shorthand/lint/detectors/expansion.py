"""Brace expansion and pathname expansion: bash turning one unquoted value into others.

Both work on a word's unquoted ``{},*?[]`` (:attr:`.Word.active`), as bash does:
``{a,b}`` makes two words, ``{1..3}`` three; ``*``, ``?`` and ``[...]`` are
patterns that matching file names replace. A pattern never spans a ``/``, so
``[{CidrIp=0.0.0.0/0}]`` is no pattern at all.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from ..hits import Hit
from ..snippet import Snippet
from ..words import Word
from .rewrites import quote_word

__all__ = ["brace_expansion", "brace_hits", "glob_hits", "hyphen_in_name_hits"]

_Chars = tuple[tuple[str, bool], ...]  # each character, and whether it stands unquoted
_NUMBERS = re.compile(r"(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?")
_LETTERS = re.compile(r"([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?")
_SHOWN = 3  # words quoted in a message
# The most words of an expansion checked as list items (each check reads them all again).
_MOST_ITEMS_CHECKED = 1000


def brace_expansion(word: Word) -> tuple[list[str], tuple[int, int]] | None:
    """The words bash makes of ``word``, and the text span of the first braces it expands.

    None when bash leaves the word as it is.
    """
    if "{" not in word.text:
        return None
    chars = tuple((char, at in word.active) for at, char in enumerate(word.text))
    expanded = _expand(chars)
    if expanded is None:
        return None
    results, span = expanded
    texts = ["".join(char for char, _ in result) for result in results]
    if not any(part.kind != "bare" for part in word.parts):
        texts = [text for text in texts if text]  # unquoted empty words vanish
    return texts, span


def _expand(chars: _Chars) -> tuple[list[_Chars], tuple[int, int]] | None:
    for open_at, (char, active) in enumerate(chars):
        if char != "{" or not active:
            continue
        close, commas = _closing(chars, open_at)
        if close is None:
            continue
        inner = chars[open_at + 1 : close]
        alternatives = _split(inner, [at - open_at - 1 for at in commas]) or _sequence(inner)
        if alternatives is None:
            continue
        prefix, suffix = chars[:open_at], chars[close + 1 :]
        suffixes = _words_of(suffix)
        results = [
            prefix + alternative + tail
            for choice in alternatives
            for alternative in _words_of(choice)
            for tail in suffixes
        ]
        return results, (open_at, close + 1)
    return None


def _words_of(chars: _Chars) -> list[_Chars]:
    expanded = _expand(chars)
    return [chars] if expanded is None else expanded[0]


def _closing(chars: _Chars, open_at: int) -> tuple[int | None, list[int]]:
    """The matching unquoted ``}`` and the unquoted commas directly inside."""
    depth = 0
    commas: list[int] = []
    for at in range(open_at, len(chars)):
        char, active = chars[at]
        if not active:
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return at, commas
        elif char == "," and depth == 1:
            commas.append(at)
    return None, commas


def _split(inner: _Chars, commas: list[int]) -> list[_Chars] | None:
    if not commas:
        return None
    bounds = [-1, *commas, len(inner)]
    return [inner[start + 1 : end] for start, end in itertools.pairwise(bounds)]


def _sequence(inner: _Chars) -> list[_Chars] | None:
    text = "".join(char for char, _ in inner)
    numbers, letters = _NUMBERS.fullmatch(text), _LETTERS.fullmatch(text)
    match = numbers or letters
    if match is None:
        return None
    step = abs(int(match.group(3) or 1)) or 1
    if numbers is not None:
        first, last = int(match.group(1)), int(match.group(2))
        values = [str(n) for n in _stepped(first, last, step)]
    else:
        first, last = ord(match.group(1)), ord(match.group(2))
        values = [chr(n) for n in _stepped(first, last, step)]
    return [tuple((char, False) for char in value) for value in values]


def _stepped(first: int, last: int, step: int) -> range:
    return range(first, last + 1, step) if first <= last else range(first, last - 1, -step)


def brace_hits(
    index: int,
    word: Word,
    accepted: Callable[[list[str]], bool] = lambda texts: False,
    snippet: Snippet | None = None,
) -> Iterator[Hit]:
    """A shorthand value, JSON or a URI (it holds ``=`` or ``:``) that bash brace-expands.

    Elsewhere (``--instance-ids i-{1,2}``) the expansion may be meant. Where the
    braces vary a plain value and the AWS CLI reads the words bash makes as items
    of a list, each a valid one (``accepted``), it is meant too: a note.
    """
    if "=" not in word.text and ":" not in word.text:
        return
    expanded = brace_expansion(word)
    if expanded is None:
        return
    texts, (start, end) = expanded
    shown = ", ".join(repr(text) for text in texts[:_SHOWN]) + (
        ", ..." if len(texts) > _SHOWN else ""
    )
    count = f"{len(texts)} word{'s' if len(texts) != 1 else ''}"
    span = word.file_span(start, end)
    meant = 1 < len(texts) <= _MOST_ITEMS_CHECKED and _varies_a_value(
        word.text[start + 1 : end - 1]
    )
    if meant and accepted(texts):
        message = (
            f"bash expands these unquoted braces into {count} ({shown}), and the AWS CLI "
            f"reads each as an item of the list, as meant here, probably"
        )
        hint = "quote the value in single quotes if it was meant as one item"
        yield Hit("shell.brace-expansion", message, *span, "note", hint, item=index)
        return
    message = (
        f"bash expands these unquoted braces, so the AWS CLI receives {count} ({shown}) "
        f"in place of this one value"
    )
    fix = quote_word(word, snippet) if snippet is not None else None
    yield Hit("shell.brace-expansion", message, *span, item=index, fix=fix)


def _varies_a_value(inner: str) -> bool:
    """Whether the braces hold alternatives of a plain value (``0,1,2``, ``1..9``), not structure.

    ``Tags=[{Key=Name,Value=x}]`` expands into items the AWS CLI accepts too, but
    one with a Key and no Value and one with a Value and no Key: not what was meant.
    """
    return not _STRUCTURE.search(inner)


_STRUCTURE = re.compile(r"[=:\[\]{}\s\"']")


def glob_hits(
    index: int, word: Word, file_text: str = "", snippet: Snippet | None = None
) -> Iterator[Hit]:
    """Unquoted ``*``, ``?`` or ``[...]`` that a file name could replace.

    The message quotes the pattern as ``file_text`` has it (``$CIDR``, not its stand-in).
    With the ``snippet``, the fix puts the word in single quotes.
    """
    if not word.active:
        return
    text, active = word.text, word.active
    component_start = 0
    for at in range(len(text) + 1):
        if at < len(text) and text[at] != "/":
            continue
        span = _pattern(text, active, component_start, at)
        if span is not None:
            start, end = word.file_span(*span)
            pattern = file_text[start:end] if file_text else text[span[0] : span[1]]
            message = (
                f"{pattern!r} stands unquoted: bash replaces the value with the names of the "
                f"files it matches, if any exist"
            )
            fix = quote_word(word, snippet) if snippet is not None else None
            yield Hit("shell.glob", message, start, end, item=index, fix=fix)
            return
        component_start = at + 1


def _pattern(text: str, active: frozenset[int], start: int, end: int) -> tuple[int, int] | None:
    """The first pattern character (or bracket expression) in ``text[start:end]``."""
    for at in range(start, end):
        if at not in active:
            continue
        if text[at] in "*?":
            return at, at + 1
        if text[at] == "[":
            inner = at + 1
            if inner < end and text[inner] in "!^":
                inner += 1
            if inner < end and text[inner] == "]":  # a ']' first is a member, not the end
                inner += 1
            close = text.find("]", inner, end)
            if close != -1:
                return at, close + 1
    return None


# ${AVAILABILITY-ZONE}: bash's "value, or the word after '-' when unset".
_HYPHENATED = re.compile(r"\$\{([A-Z][A-Z0-9_]*)-([A-Z][A-Z0-9_]*)\}")


def hyphen_in_name_hits(index: int, word: Word, file_text: str) -> Iterator[Hit]:
    """``${AVAILABILITY-ZONE}`` where the file has ``AVAILABILITY_ZONE``: a hyphen ends a name.

    Bash reads it as ``$AVAILABILITY``, or the text ``ZONE`` when that is unset.
    Only where the joined name is used elsewhere in the file: ``${ENV-PROD}``
    alone may mean its default.
    """
    for part in word.parts:
        if part.kind != "unknown":
            continue
        match = _HYPHENATED.fullmatch(file_text, part.file_start, part.file_end)
        if match is None:
            continue
        name, default = match.groups()
        joined = f"{name}_{default}"
        if not re.search(rf"\b{joined}\b", file_text):
            continue
        message = (
            f"bash reads {match.group()} as ${name}, or the text {default!r} when {name} is "
            f"unset: a hyphen ends a variable's name, and the file uses {joined}"
        )
        hint = f"write ${{{joined}}}"
        yield Hit("shell.hyphen-in-name", message, *match.span(), hint=hint, item=index)
