"""Shell in Markdown: fenced and indented code blocks."""

from __future__ import annotations

import re

from ..snippet import Snippet
from ._blocks import block_snippet, mode_of
from ._lines import Line, Lines, lines_of

__all__ = ["markdown_snippets"]

_CODE_INDENT = re.compile(r"    |\t")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_FENCE = re.compile(r"(?P<indent> *)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*)")


def markdown_snippets(text: str) -> list[Snippet]:
    """One snippet per code block that may hold commands.

    Shell fences (``bash``, ``sh``, ``shell``, ``zsh``) are shell; console
    fences give their prompted lines; untagged and text-like fences (and
    indented code blocks) give only their lines that start with ``aws SERVICE
    OPERATION``. Fences in other languages are skipped. The text outside any
    block is read the same way as an untagged fence: notes often hold commands
    as plain lines, and the strict form (``aws ec2 describe-instances --region
    x``, not ``aws s3 is ...``) keeps prose from being read as one.
    """
    lines = lines_of(text)
    snippets = []
    prose: list[Line] = []
    at = 0
    while at < len(lines):
        start, end = lines[at]
        opening = _FENCE.fullmatch(text, start, end)
        if (
            opening is None
            and _CODE_INDENT.match(text, start, end)
            and _starts_code(text, lines, at)
        ):
            stop = at
            while stop < len(lines) and _in_indented_block(text, lines[stop]):
                stop += 1
            snippets.append(block_snippet(text, lines[at:stop], 4, "commands"))
            at = stop
            continue
        if opening is None or (opening["fence"][0] == "`" and "`" in opening["info"]):
            prose.append(lines[at])
            at += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        language = opening["info"].strip().split(" ", 1)[0].strip("{}.").lower()
        close = at + 1
        while close < len(lines) and not _closes(text, lines[close], fence):
            close += 1
        body = lines[at + 1 : close]
        mode = mode_of(text, body, indent, language)
        if mode is not None:
            snippets.append(block_snippet(text, body, indent, mode))
        at = close + 1
    if prose:
        snippets.append(block_snippet(text, prose, 0, "commands"))
    return snippets


def _starts_code(text: str, lines: Lines, at: int) -> bool:
    """Whether an indented line starts a code block: after a blank line, not in a list.

    An indented paragraph under a list item is the item's text (CommonMark),
    so the last line of text before the blank lines must not be in a list.
    """
    if at == 0:
        return True
    start, end = lines[at - 1]
    if text[start:end].strip():
        return False
    for back in range(at - 1, -1, -1):
        start, end = lines[back]
        if text[start:end].strip():
            return not (_LIST_ITEM.match(text, start, end) or _CODE_INDENT.match(text, start, end))
    return True


def _in_indented_block(text: str, line: Line) -> bool:
    start, end = line
    return not text[start:end].strip() or _CODE_INDENT.match(text, start, end) is not None


def _closes(text: str, line: tuple[int, int], fence: str) -> bool:
    body = text[line[0] : line[1]].strip()
    return len(body) >= len(fence) and body == fence[0] * len(body)
