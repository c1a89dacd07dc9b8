"""The rewrites detectors offer as fixes: a word put in single quotes, an option renamed.

A rewrite is offered only where it is sure to give the command its author
evidently meant: the word is written in the file as the shell reads it (not
re-escaped by a YAML string or a Makefile's ``$$``), holds no value known only
at run time, and no ``~`` that bash would expand unquoted.
"""

from __future__ import annotations

import bisect

from ..hits import HitFix, Replacement
from ..snippet import Snippet
from ..words import Word

__all__ = ["quote_word", "rename_option", "single_quoted"]


def single_quoted(text: str) -> str:
    """``text`` as one single-quoted shell word (a ``'`` inside becomes ``'\\''``)."""
    return "'" + text.replace("'", "'\\''") + "'"


def quote_word(word: Word, snippet: Snippet, text: str | None = None) -> HitFix | None:
    """Put the whole ``word`` in single quotes, so bash passes ``text`` (by default the
    word's own text) untouched: no brace expansion, no file names. None where unsure."""
    if not word.is_known or "~" in word.text or not _verbatim(snippet, word):
        return None
    if _in_a_quoted_string(snippet):
        return None  # a YAML '...' or "..." scalar: a quote written there would end it
    new = single_quoted(word.text if text is None else text)
    replacement = Replacement(word.file_start, word.file_end, new)
    return HitFix("quote the value in single quotes", (replacement,))


def rename_option(word: Word, snippet: Snippet, old: str, new: str) -> HitFix | None:
    """Replace the option name ``old`` at the start of ``word`` with ``new``."""
    if not word.text.startswith(old) or not _verbatim(snippet, word):
        return None
    source = snippet.file_text[word.file_start : word.file_end]
    if not source.startswith(old):
        return None  # written in quotes: the name is not where the text is
    replacement = Replacement(word.file_start, word.file_start + len(old), new)
    return HitFix(f"rename {old} to {new}", (replacement,))


def _in_a_quoted_string(snippet: Snippet) -> bool:
    start = snippet.starts[0] if snippet.text else 0
    return start > 0 and snippet.file_text[start - 1] in "'\""


def _verbatim(snippet: Snippet, word: Word) -> bool:
    """Whether the file holds the word's shell source character for character."""
    first = bisect.bisect_left(snippet.starts, word.file_start)
    last = bisect.bisect_left(snippet.starts, word.file_end)
    if first >= len(snippet.starts) or snippet.starts[first] != word.file_start:
        return False
    source = snippet.text[first:last]
    return source == snippet.file_text[word.file_start : word.file_end] and "\n" not in source
