"""Shell in Jupyter notebooks: ``!command`` lines and ``%%bash``/``%%sh`` cells.

A code cell's ``source`` is a list of JSON strings, usually one per line; the
lines are joined as Jupyter joins them, every character tied to the place in
the ``.ipynb`` file it was written (escapes included), so a finding lands on
the notebook's own line and column. In a Python cell only the lines that
start with ``!`` are shell (IPython's system-command syntax); a cell that
starts with ``%%bash`` or ``%%sh`` is shell after that line.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..snippet import Snippet, SnippetBuilder
from ._json import json_strings, string_snippet

__all__ = ["notebook_snippets"]

_SHELL_MAGIC = re.compile(r"%%(?:bash|sh|script (?:ba)?sh)\b[^\n]*\n?")
_BANG = re.compile(r"[ \t]*!(?!=)")


def notebook_snippets(text: str) -> list[Snippet]:
    sources: dict[int, list[Snippet]] = defaultdict(list)
    kinds: dict[int, str] = {}
    for path, start, end in json_strings(text):
        if len(path) >= 3 and path[0] == "cells" and isinstance(path[1], int):
            if path[2] == "source":
                sources[path[1]].append(string_snippet(text, start, end))
            elif path[2] == "cell_type":
                kinds[path[1]] = string_snippet(text, start, end).text
    snippets = []
    for cell, pieces in sorted(sources.items()):
        if kinds.get(cell, "code") == "code":
            snippets.append(_cell_shell(text, _joined(text, pieces)))
    return [snippet for snippet in snippets if snippet.text.strip()]


def _joined(text: str, pieces: list[Snippet]) -> Snippet:
    builder = SnippetBuilder(text)
    for piece in pieces:
        for index, char in enumerate(piece.text):
            builder.put(char, piece.starts[index], piece.ends[index])
    return builder.build()


def _cell_shell(text: str, cell: Snippet) -> Snippet:
    """The shell in a cell: after a ``%%bash`` line, or its ``!`` lines."""
    magic = _SHELL_MAGIC.match(cell.text)
    builder = SnippetBuilder(text)
    at = 0
    while at < len(cell.text):
        end = cell.text.find("\n", at)
        end = len(cell.text) if end == -1 else end + 1
        bang = _BANG.match(cell.text, at, end)
        if magic is not None and at >= magic.end():
            _take(builder, cell, at, end)
        elif magic is None and bang is not None:
            _take(builder, cell, bang.end(), end)
        elif end > at:  # Python: a blank line keeps the lines apart
            builder.put("\n", cell.starts[end - 1], cell.ends[end - 1])
        at = end
    return builder.build()


def _take(builder: SnippetBuilder, cell: Snippet, start: int, end: int) -> None:
    for index in range(start, end):
        builder.put(cell.text[index], cell.starts[index], cell.ends[index])
