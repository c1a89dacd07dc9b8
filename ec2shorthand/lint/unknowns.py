"""Values known only when the script runs, marked in words bash has already read.

``$VAR`` is marked by :mod:`.words` as it reads a word; what else stands for a
value the linter cannot know is marked here: a runner's replacement string
(xargs' ``{}``), an argument a runner may append, a documentation placeholder.
"""

from __future__ import annotations

from collections.abc import Sequence

from .words import UNKNOWN_PLACEHOLDER, Part, Word

__all__ = ["appended_unknown", "with_unknown"]


def with_unknown(word: Word, spans: Sequence[tuple[int, int]]) -> Word:
    """``word`` with each of ``spans`` (of its text) made one unknown value.

    A replacement string (xargs' ``{}``) or a documentation placeholder
    (``<bucket>``) reads as :data:`UNKNOWN_PLACEHOLDER`, tied to the file
    characters it stood for, like ``$VAR``.
    """
    spans = sorted(s for s in spans if s[0] < s[1])
    if not spans:
        return word
    text, starts, ends = word.text, list(word.starts), list(word.ends)
    chars: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    moved: list[int] = []  # new offset of each old offset (and of the end)
    unknown: list[tuple[int, int]] = []
    at = 0
    for start, end in [*spans, (len(text), len(text))]:
        for old in range(at, start):
            moved.append(len(chars))
            chars.append(text[old])
            new_starts.append(starts[old])
            new_ends.append(ends[old])
        if start == end:
            break
        file_start, file_end = word.file_span(start, end)
        moved.extend([len(chars)] * (end - start))
        unknown.append((len(chars), len(chars) + len(UNKNOWN_PLACEHOLDER)))
        chars.append(UNKNOWN_PLACEHOLDER)
        new_starts.extend([file_start] * len(UNKNOWN_PLACEHOLDER))
        new_ends.extend([file_end] * len(UNKNOWN_PLACEHOLDER))
        at = end
    moved.append(len(chars))
    inside = {old for start, end in spans for old in range(start, end)}
    unknown += [(moved[s], moved[s] + (e - s)) for s, e in word.unknown if s not in inside]
    parts = tuple(
        Part(p.kind, moved[p.start], moved[p.end], p.file_start, p.file_end) for p in word.parts
    )
    return Word(
        "".join(chars),
        new_starts,
        new_ends,
        tuple(sorted(unknown)),
        parts,
        frozenset(moved[old] for old in word.active if old not in inside),
        word.file_start,
        word.file_end,
    )


def appended_unknown(after: Word) -> Word:
    """An unknown argument a runner (``xargs``) may add after the word ``after``."""
    at = after.file_end
    text = UNKNOWN_PLACEHOLDER
    unknown = ((0, len(text)),)
    return Word(text, [at] * len(text), [at] * len(text), unknown, (), frozenset(), at, at)
