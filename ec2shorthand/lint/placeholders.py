"""Template expressions and documentation placeholders: values written for someone to fill in.

``{{ var }}`` (Jinja, Helm, Go templates) stands for a value in any file. In
documentation, ``--region <region>``, ``--policy-arn [Policy ARN]``,
``--user-name {IAM User}``, ``YOUR_BUCKET``, ``REPLACE_ME``, ``...`` and
``i-xxxxxxxx`` are placeholders: the reader puts a value there. Both are
unknown values to the linter, never wrong ones.

They are masked before the shell parser reads the text: each character of one
becomes ``_``, so bash's reading keeps it as (part of) one word, whatever it
held (``<`` would be a redirection, a space would split it), and the characters
keep their places in the file. The detectors then make each masked stretch of
a word one unknown value (:func:`masked_spans`).

``123456789012``, AWS's example account id, is not a placeholder: it is a valid
value as written, so it can cause no false finding, and AWS's own example pages
use it throughout; a note on it would only be noise. An id AWS marks as a
sample (``mw-03eb9db428EXAMPLE``) keeps its shape but not its characters: its
length and pattern are not checked, and it gets no note.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .snippet import Snippet
from .words import Word

__all__ = [
    "DOCUMENTATION_KINDS",
    "SAMPLE_BLIND_RULES",
    "Masked",
    "mask",
    "masked_spans",
    "shell_placeholders",
]

# The kinds of file that are documentation: a placeholder there is for the reader.
DOCUMENTATION_KINDS = frozenset({"markdown", "rst", "asciidoc"})
_MASK = "_"

# {{ var }}, {{ .Values.x | quote }}: a template engine fills it in before anything runs.
# (No brace inside: each `{{` then scans only to the next brace, so a line of `{{{{` is linear.)
_TEMPLATE = re.compile(r"\{\{[^\n{}]*\}\}")
_DOC_PLACEHOLDER = re.compile(
    "|".join(
        (
            r"(?<![<\w])<(?![<(\s])[^<>\n]*[^<>\s]>",  # <region>, <your bucket> (not << or <( )
            # [Policy ARN], {IAM User}, {bucket}: words alone as a value (not "Hi {username}.",
            # a message template, nor "{fault OR error}", an X-Ray filter, inside quotes)
            r"(?:(?<=[\s=:])|^)\[[A-Za-z][\w-]*(?: [\w-]+)+\](?=[\s,]|$)",
            r"(?:(?<=\s)|^)\[--[^\[\]\n]*\](?=\s|$)",  # [--region us-west-2]: an optional part
            r"(?:(?<=\s)|^)\[[A-Za-z][\w.-]*\](?=\s|$)",  # [policy-arn] as a word (a bash glob)
            # (Data store ID), s3://(Bucket Name)/: capitalised words in parentheses that name a
            # kind of value (not $(cmd x), nor the enum value "Linux/UNIX (Amazon VPC)")
            r"(?<![$<>\w])\((?=[^()\n]*\b(?i:name|id|arn|date|number|key|account|bucket|prefix"
            r"|region|value|path|file|url|token|type|time|integer|string)\b)"
            r"[A-Z][\w.:-]*(?: [\w.:-]+)+ ?\)",
            r"(?:(?<=[\s=:])|^)\{[A-Za-z][\w-]*(?: [\w-]+)*\}(?=[\s,]|$)",
            r"(?<![\w${])(?:YOUR|MY)[-_][A-Z0-9_-]+",  # YOUR_BUCKET, MY-ROLE
            r"(?<![\w${])REPLACE(?:[-_][A-Z0-9_-]+|ME)",  # REPLACE_ME (REPLACE is an enum value)
            r"(?<![\w${])[Yy]our[-_][\w-]+",  # your-bucket-name
            r"(?<!\.)\.\.\.(?!\.)|\u2026",  # ... and the ellipsis character
            r"(?<![A-Za-z])[xX]{4,}(?![A-Za-z])",  # i-xxxxxxxx, arn:aws:iam::XXXXXXXXXXXX:root
        )
    )
)
# mw-03eb9db428EXAMPLE, AKIAIOSFODNN7EXAMPLE: AWS's sample values in documentation. Their
# shape is known (--targets i-07dd579bc5EXAMPLE still lacks its id=), their characters
# are not (they rarely match the id's pattern or length), and they are no gap to fill.
# The engine's checks of a value's characters, which a sample value does not answer to.
SAMPLE_BLIND_RULES = frozenset({"model.pattern", "model.min", "model.max"})
# (Starting only where a token starts, so a long token is scanned once, not once per char.)
_SAMPLE = re.compile(r"(?<![\w-])[\w-]*?EXAMPLE\w*")
# In a script: <region> is a redirection, almost surely a placeholder left in.
_REDIRECT_PLACEHOLDER = re.compile(r"(?<![<\w])<(?![<(\s])[A-Za-z][\w -]*[\w]>")


@dataclass(frozen=True)
class Masked:
    """A snippet with its template expressions and placeholders masked.

    ``spans`` are the file spans of every masked stretch; ``placeholders`` are
    those that are documentation placeholders (a note names them). ``samples``
    (not masked) are AWS's sample values in documentation, whose length and
    pattern are not checked.
    """

    snippet: Snippet
    spans: tuple[tuple[int, int], ...] = ()
    placeholders: tuple[tuple[int, int], ...] = field(default=())
    documentation: bool = False
    samples: tuple[tuple[int, int], ...] = ()  # AWS's sample values: their shape is known


def mask(snippet: Snippet, kind: str) -> Masked:
    """``snippet`` with what a template engine or a reader fills in masked."""
    text = snippet.text
    documentation = kind in DOCUMENTATION_KINDS
    # Unknown, but never noted: {{RESOURCE_ID}} is SSM's own syntax, sent as written.
    stretches = [(match.span(), False) for match in _TEMPLATE.finditer(text)]
    if documentation:
        taken = _cover(stretch for stretch, _ in stretches)
        stretches += [
            (match.span(), True)
            for match in _DOC_PLACEHOLDER.finditer(_blanked(text, stretches))
            if not taken & set(range(*match.span()))
        ]

    samples = _samples(snippet, stretches) if documentation else ()
    if not stretches:
        return Masked(snippet, documentation=documentation, samples=samples)
    chars = list(text)
    for (start, end), _ in stretches:
        chars[start:end] = _MASK * (end - start)
    masked = Snippet("".join(chars), snippet.starts, snippet.ends, snippet.file_text)
    spans = tuple(sorted(snippet.file_span(*span) for span, _ in stretches))
    notes = tuple(sorted(snippet.file_span(*span) for span, note in stretches if note))
    return Masked(masked, spans, notes, documentation, samples)


def _samples(
    snippet: Snippet, stretches: Sequence[tuple[tuple[int, int], bool]]
) -> tuple[tuple[int, int], ...]:
    """The file spans of AWS's sample values outside the masked stretches."""
    taken = _cover(stretch for stretch, _ in stretches)
    return tuple(
        snippet.file_span(*match.span())
        for match in _SAMPLE.finditer(snippet.text)
        if not taken & set(range(*match.span()))
    )


def _cover(spans: Iterable[tuple[int, int]]) -> set[int]:
    return {at for start, end in spans for at in range(start, end)}


def _blanked(text: str, stretches: Sequence[tuple[tuple[int, int], bool]]) -> str:
    """``text`` with the template expressions blanked, so no placeholder is found inside."""
    chars = list(text)
    for (start, end), _ in stretches:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def masked_spans(word: Word, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``word.text`` that come from the masked file ``spans`` (sorted).

    Each span is found by bisection, in the spans and in the word's characters
    (their file offsets never decrease), so many placeholders cost little.
    """
    first = bisect.bisect_right(spans, (word.file_start, word.file_start)) - 1
    found: list[tuple[int, int]] = []
    for file_start, file_end in spans[max(first, 0) :]:
        if file_start >= word.file_end:
            break
        start = bisect.bisect_left(word.starts, file_start)
        end = bisect.bisect_left(word.starts, file_end, lo=start)
        if start < end:
            found.append((start, end))
    return found


def shell_placeholders(file_text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``<name>`` redirections in ``file_text[start:end]`` (a script's text between words)."""
    return [match.span() for match in _REDIRECT_PLACEHOLDER.finditer(file_text, start, end)]
