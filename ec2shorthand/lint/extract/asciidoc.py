"""Shell in AsciiDoc: listing blocks (``----``) and literal blocks (``....``).

A listing after ``[source,bash]`` (or ``sh``, ``shell``, ``zsh``) is shell; after
``[source,console]`` its prompted lines are commands; any other listing or
literal block gives only its lines that start with an ``aws`` command, as an
untagged Markdown fence does. Callouts at the end of a line (``<1>``) are
AsciiDoc's, not the shell's: they are left out.
"""

from __future__ import annotations

import re

from ..snippet import Snippet
from ._blocks import OTHER_SHELLS, block_snippet, mode_of
from ._lines import Line, lines_of

__all__ = ["asciidoc_snippets"]

_ATTRIBUTES = re.compile(
    r"\[(?P<style>source|listing|literal)?(?:,\s*(?P<language>[\w+-]+))?[^\]]*\]"
)
_DELIMITER = re.compile(r"(?P<fence>-{4,}|\.{4,})[ \t]*")
_CALLOUTS = re.compile(r"(?:[ \t]*(?://|#)?[ \t]*<(?:\d+|\.)>)+[ \t]*$")


def asciidoc_snippets(text: str) -> list[Snippet]:
    """One snippet per listing or literal block that may hold commands."""
    lines = lines_of(text)
    snippets = []
    language = ""  # the language the attribute line before a block names
    at = 0
    while at < len(lines):
        start, end = lines[at]
        attributes = _ATTRIBUTES.fullmatch(text, start, end)
        if attributes is not None:
            language = (attributes["language"] or "").lower()
            at += 1
            continue
        opening = _DELIMITER.fullmatch(text, start, end)
        if opening is None:
            language = ""
            at += 1
            continue
        fence = opening["fence"]
        close = at + 1
        while close < len(lines) and text[lines[close][0] : lines[close][1]].rstrip() != fence:
            close += 1
        body = [_without_callouts(text, line) for line in lines[at + 1 : close]]
        mode = mode_of(text, body, 0, language) or mode_of(text, body, 0, "text")
        if language not in OTHER_SHELLS and mode is not None:
            snippets.append(block_snippet(text, body, 0, mode))
        language = ""
        at = close + 1
    return snippets


def _without_callouts(text: str, line: Line) -> Line:
    start, end = line
    callouts = _CALLOUTS.search(text, start, end)
    return (start, callouts.start()) if callouts is not None else line
