"""Shell in Markdown: fenced code blocks whose language is a shell or a console."""

from __future__ import annotations

import re

from ..snippet import Snippet
from ._blocks import CONSOLE_LANGUAGES, SHELL_LANGUAGES, block_snippet, is_console
from ._lines import lines_of

__all__ = ["markdown_snippets"]

_FENCE = re.compile(r"(?P<indent> *)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*)")


def markdown_snippets(text: str) -> list[Snippet]:
    """One snippet per ``bash``, ``sh``, ``shell`` or ``console`` fence; other fences skipped."""
    lines = lines_of(text)
    snippets = []
    at = 0
    while at < len(lines):
        start, end = lines[at]
        opening = _FENCE.fullmatch(text, start, end)
        if opening is None or (opening["fence"][0] == "`" and "`" in opening["info"]):
            at += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        language = opening["info"].strip().split(" ", 1)[0].strip("{}.").lower()
        close = at + 1
        while close < len(lines) and not _closes(text, lines[close], fence):
            close += 1
        body = lines[at + 1 : close]
        if language in SHELL_LANGUAGES | CONSOLE_LANGUAGES:
            console = language in CONSOLE_LANGUAGES or is_console(text, body, indent)
            snippets.append(block_snippet(text, body, indent, console))
        at = close + 1
    return snippets


def _closes(text: str, line: tuple[int, int], fence: str) -> bool:
    body = text[line[0] : line[1]].strip()
    return len(body) >= len(fence) and body == fence[0] * len(body)
