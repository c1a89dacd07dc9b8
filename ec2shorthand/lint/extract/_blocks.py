"""Code blocks of documents (Markdown, reStructuredText) as shell snippets."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..snippet import OPTION_LINE, Snippet, SnippetBuilder
from ._lines import Line

__all__ = [
    "CONSOLE_LANGUAGES",
    "SHELL_LANGUAGES",
    "block_snippet",
    "is_console",
]

SHELL_LANGUAGES = frozenset({"bash", "sh", "shell"})
CONSOLE_LANGUAGES = frozenset({"console", "shell-session", "shellsession"})
_PROMPT = re.compile(r"\$(?: |$)")
_SECONDARY_PROMPT = re.compile(r"> ")  # bash's PS2, before a continued line


def block_snippet(text: str, lines: Sequence[Line], indent: int, console: bool) -> Snippet:
    """The block's lines without their first ``indent`` spaces; in a console, commands only.

    In a console transcript a command follows a ``$`` prompt and goes on over
    the lines its backslashes continue (and the ``--`` lines after it, so a
    missing backslash is found); other lines are its output, left out.
    """
    builder = SnippetBuilder(text)
    continued = False  # the last line taken ends with a backslash
    after_command = False  # the last line was part of a command
    for start, end in lines:
        line_start = start + min(indent, _leading_spaces(text, start, end))
        if console:
            prompt = _PROMPT.match(text, line_start, end)
            if continued:
                secondary = _SECONDARY_PROMPT.match(text, line_start, end)
                builder.copy(secondary.end() if secondary else line_start, end)
            elif after_command and OPTION_LINE.match(text, line_start, end):
                builder.copy(line_start, end)
            elif prompt is not None:
                builder.copy(prompt.end(), end)
            else:  # output
                continued = after_command = False
                _newline(builder, text, end)
                continue
            after_command = True
        else:
            builder.copy(line_start, end)
        continued = text[line_start:end].rstrip().endswith("\\")
        _newline(builder, text, end)
    return builder.build()


def is_console(text: str, lines: Sequence[Line], indent: int) -> bool:
    """Whether a shell block is a transcript: its first non-blank line starts with a prompt."""
    for start, end in lines:
        body = text[start + min(indent, _leading_spaces(text, start, end)) : end]
        if body.strip():
            return _PROMPT.match(body) is not None
    return False


def _newline(builder: SnippetBuilder, text: str, end: int) -> None:
    if end < len(text):
        builder.copy(end, end + 1)
    else:
        builder.put("\n", max(end - 1, 0), end)


def _leading_spaces(text: str, start: int, end: int) -> int:
    at = start
    while at < end and text[at] == " ":
        at += 1
    return at - start
