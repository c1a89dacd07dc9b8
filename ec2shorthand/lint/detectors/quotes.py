"""Quotes that do not do what they look like: nested quotes, and shorthand quotes bash removes."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..hits import Hit
from ..words import Part, Word

__all__ = ["comma_in_removed_quotes", "join_split_values"]

_QUOTE_OF = {"single": "'", "double": '"'}
_KEY_BEFORE = re.compile(r"([\w.#/:@-]+)=$")


def join_split_values(words: list[Word], file_text: str) -> tuple[list[Word], list[Hit]]:
    """Words a nested quote split apart, joined into the one value the user wrote, and hits.

    ``'A=[{D='x y'}]'`` reads as ``A=[{D=x`` and ``y}]``: the inner quotes end
    and restart the outer ones. Joined, the value is ``A=[{D='x y'}]``, inner
    quotes kept, as they stand in the file.
    """
    joined: list[Word] = []
    hits: list[Hit] = []
    at = 0
    while at < len(words):
        end = _split_end(words, at, file_text)
        if end is None:
            joined.append(words[at])
            at += 1
            continue
        group = words[at : end + 1]
        quote = _QUOTE_OF[group[0].parts[-2].kind]
        hits.append(_nested_hit(group, quote, len(joined)))
        joined.append(_join(group, quote, file_text))
        at = end + 1
    return joined, hits


def _split_end(words: list[Word], at: int, file_text: str) -> int | None:
    """The last word of a value a nested quote split, starting at ``words[at]``."""
    parts = words[at].parts
    if len(parts) < 2 or parts[-1].kind != "bare" or parts[-2].kind not in _QUOTE_OF:
        return None
    kind = parts[-2].kind
    for end in range(at + 1, len(words)):
        gap = file_text[words[end - 1].file_end : words[end].file_start]
        if gap.strip(" \t"):
            return None
        last = words[end].parts
        if len(last) >= 2 and last[0].kind == "bare" and last[1].kind == kind:
            return end
        if any(part.kind != "bare" for part in last):
            return None
    return None


def _nested_hit(group: list[Word], quote: str, item: int) -> Hit:
    first, last = group[0], group[-1]
    inner_start = first.parts[-2].file_end - 1  # the quote that ended the value
    inner_end = last.parts[1].file_start + 1  # the quote that started it again
    pieces = ", ".join(repr(word.text) for word in group[:3]) + (", ..." if len(group) > 3 else "")
    other = '"' if quote == "'" else "'"
    message = (
        f"the {quote} quotes inside this {quote}-quoted value end it and start it again: bash "
        f"passes {len(group)} words ({pieces}) where one value was meant; use {other} inside"
    )
    return Hit("shell.nested-quotes", message, inner_start, inner_end, item=item)


def _join(group: list[Word], quote: str, file_text: str) -> Word:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    unknown: list[tuple[int, int]] = []

    def take(word: Word, start: int, end: int) -> None:
        offset = len(chars) - start
        chars.extend(word.text[start:end])
        starts.extend(word.starts[start:end])
        ends.extend(word.ends[start:end])
        unknown.extend((s + offset, e + offset) for s, e in word.unknown if start <= s < end)

    def put(char: str, at: int) -> None:
        chars.append(char)
        starts.append(at)
        ends.append(at + 1)

    first, last = group[0], group[-1]
    take(first, 0, first.parts[-2].end)
    put(quote, first.parts[-2].file_end - 1)
    take(first, first.parts[-1].start, len(first.text))
    for before, word in itertools.pairwise(group):
        for at in range(before.file_end, word.file_start):
            put(file_text[at], at)
        if word is last:
            take(last, 0, last.parts[0].end)
            put(quote, last.parts[1].file_start)
            take(last, last.parts[1].start, len(last.text))
        else:
            take(word, 0, len(word.text))
    text = "".join(chars)
    whole = Part(
        "single" if quote == "'" else "double", 0, len(text), first.file_start, last.file_end
    )
    return Word(
        text, starts, ends, tuple(unknown), (whole,), frozenset(), first.file_start, last.file_end
    )


def comma_in_removed_quotes(index: int, word: Word) -> Iterator[Hit]:
    """``Key="a,b"`` unquoted for bash: bash removes the quotes, the AWS CLI reads a list.

    Only for a key named in the singular: ``Values="a,b"`` is a list on purpose.
    """
    for before, part in zip(word.parts, word.parts[1:], strict=False):
        if part.kind not in ("single", "double", "ansi") or before.kind != "bare":
            continue
        key = _KEY_BEFORE.search(word.text, before.start, before.end)
        value = word.text[part.start : part.end]
        if key is None or "," not in value or value[:1] in ("[", "{", '"', "'"):
            continue
        if key.group(1).endswith("s") or not word.known_text(part.start, part.end):
            continue
        if key.group(1).startswith("-"):  # --opt="a,b": the option's whole value, not a key's
            continue
        items = value.split(",")
        message = (
            f"bash removes these quotes, so the AWS CLI receives {key.group(1)}={value} and "
            f"reads a list of {len(items)} values where {key.group(1)} takes one"
        )
        hint = (
            f"keep quotes for the AWS CLI inside the shell's: '{key.group(1)}=\"{value}\"' "
            f"(quote the whole value in single quotes)"
        )
        yield Hit(
            "shorthand.comma-list", message, part.file_start, part.file_end, hint=hint, item=index
        )
