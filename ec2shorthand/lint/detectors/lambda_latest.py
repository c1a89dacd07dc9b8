"""``$LATEST``, Lambda's name for a function's latest version, expanded by bash.

A Lambda qualifier or log stream name holds the text ``$LATEST``
(``--qualifier '$LATEST'``, ``"2025/08/07/[$LATEST]..."``). Unquoted or in double
quotes, bash expands it as a variable, and a script that never sets ``LATEST``
sends the empty string in its place. Only where the file sets no ``LATEST``: a
script may mean its own variable.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..hits import Hit, HitFix, Replacement
from ..words import Word

__all__ = ["lambda_latest_hits"]

_LATEST = re.compile(r"(?<!\\)\$(?:LATEST\b|\{LATEST\})")
# Quoting in which bash leaves a dollar sign alone.
_LITERAL_KINDS = frozenset({"single", "ansi"})
# Where a script gives LATEST a value of its own: an assignment, or a line that exports,
# declares, reads or loops over it.
_ASSIGNS_LATEST = re.compile(r"\bLATEST\+?=")
_SETTING_LINE = re.compile(r"[ \t]*(?:export|declare|local|readonly|read|for)[ \t]")
_MESSAGE = (
    "bash expands {written} as a variable, which this file never sets: the AWS CLI receives "
    "an empty string where Lambda's version name $LATEST was meant"
)


def lambda_latest_hits(index: int, word: Word, file_text: str) -> Iterator[Hit]:
    """A finding (and its fix: ``\\$LATEST``) for each ``$LATEST`` bash would expand."""
    for part in word.parts:
        if part.kind in _LITERAL_KINDS:
            continue
        for match in _LATEST.finditer(file_text, part.file_start, part.file_end):
            # Looked for in the whole file only once there is a $LATEST (rare), once a file.
            if not _sets_latest(file_text):
                yield _hit(index, match)


@functools.lru_cache(maxsize=4)
def _sets_latest(file_text: str) -> bool:
    """One pass over the file (a line at a time: no pattern that can backtrack across it)."""
    if _ASSIGNS_LATEST.search(file_text):
        return True
    return any(
        _SETTING_LINE.match(line) and re.search(r"\bLATEST\b", line)
        for line in file_text.splitlines()
        if "LATEST" in line
    )


def _hit(index: int, match: re.Match[str]) -> Hit:
    start = match.start()
    fix = HitFix("Escape the $: \\$LATEST", (Replacement(start, start, "\\"),))
    return Hit(
        "shell.lambda-latest",
        _MESSAGE.format(written=match.group()),
        start,
        match.end(),
        hint="write \\$LATEST, or '$LATEST' in single quotes",
        item=index,
        fix=fix,
    )
