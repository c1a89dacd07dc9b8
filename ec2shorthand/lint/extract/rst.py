"""Shell in reStructuredText: literal blocks (``::``) and shell ``code-block`` directives."""

from __future__ import annotations

import re

from ..snippet import Snippet
from ._blocks import OTHER_SHELLS, block_snippet, mode_of
from ._lines import Line, Lines, lines_of

__all__ = ["rst_snippets"]

_DIRECTIVE = re.compile(r"(?P<indent>[ \t]*)\.\.[ \t]+(?P<name>[\w-]+)::[ \t]*(?P<argument>\S*).*")
_CODE_DIRECTIVES = frozenset({"code-block", "code", "sourcecode"})
_OPTION = re.compile(r"[ \t]*:[\w-]+:")


def rst_snippets(text: str) -> list[Snippet]:
    """One snippet per literal block and code block (other languages: their aws lines)."""
    lines = lines_of(text)
    snippets = []
    at = 0
    while at < len(lines):
        start, end = lines[at]
        line = text[start:end]
        directive = _DIRECTIVE.fullmatch(line)
        if directive is not None and directive["name"] not in _CODE_DIRECTIVES:
            at += 1  # another directive (a note, a table): its content may hold blocks
            continue
        if directive is not None:
            language = directive["argument"].lower() or "bash"
            marker_indent = len(directive["indent"])
        elif line.rstrip().endswith("::"):
            language = "bash"  # a literal block is read as shell, as it always was
            marker_indent = len(line) - len(line.lstrip())
        else:
            at += 1
            continue
        body, at = _indented_block(text, lines, at + 1, marker_indent)
        if not body:
            continue
        indent = min(_indent(text, line) for line in body if text[line[0] : line[1]].strip())
        # A code block in another language gives only its lines that start with an
        # aws command (a Python block holding one is a command anyway).
        mode = mode_of(text, body, indent, language) or mode_of(text, body, indent, "text")
        if language not in OTHER_SHELLS and mode is not None:
            snippets.append(block_snippet(text, body, indent, mode))
    return snippets


def _indented_block(text: str, lines: Lines, at: int, marker_indent: int) -> tuple[Lines, int]:
    """The lines indented deeper than the marker from ``at`` on (options skipped), and the next."""
    while at < len(lines) and _OPTION.match(text, *lines[at]):
        at += 1
    first = at
    while at < len(lines):
        start, end = lines[at]
        if text[start:end].strip() and _indent(text, lines[at]) <= marker_indent:
            break
        at += 1
    body = lines[first:at]
    while body and not text[body[0][0] : body[0][1]].strip():
        body = body[1:]
    return body, at


def _indent(text: str, line: Line) -> int:
    body = text[line[0] : line[1]]
    return len(body) - len(body.lstrip(" "))
