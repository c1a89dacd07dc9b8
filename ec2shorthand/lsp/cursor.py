"""The ``aws`` command at the cursor in a document: its words up to the cursor, read as bash would.

A command may run over several lines joined by a trailing ``\\``; in Markdown it
may follow a ``$ `` prompt. The text from the last ``aws`` word that starts a
command up to the cursor is read as the shell reads it, so completion and hover
see the same words the linter and the AWS CLI would.
"""

from __future__ import annotations

import re

from .._awscli.typed_line import TypedLine, read_line

__all__ = ["command_before", "word_end"]

# `aws` where a command starts: at the line start (after blanks, a prompt, `!`
# in a notebook), after `;`, `|`, `&`, `(`, `$(` or a backquote, or after a
# wrapper word such as sudo.
_COMMAND_START = re.compile(r"(?:^|[;|&(`!]|\$ |\bsudo |\bexec |\btime |\bxargs )\s*(aws)\s", re.M)
_CONTINUED = re.compile(r"\\\r?\n")


def command_before(lines: list[str], line: int, character: int) -> TypedLine | None:
    """The ``aws`` command that the cursor at (``line``, ``character``) is in, read up to it.

    ``character`` counts code points. None if the cursor is not inside an
    ``aws`` command.
    """
    if line >= len(lines):
        return None
    first = line
    while first > 0 and lines[first - 1].rstrip("\r\n").endswith("\\"):
        first -= 1
    text = "".join(lines[first:line]) + lines[line][:character]
    joined = _CONTINUED.sub(" ", text)
    starts = list(_COMMAND_START.finditer(joined))
    if not starts:
        return None
    typed = read_line(joined[starts[-1].start(1) :])
    if not typed.words or typed.words[0] != "aws":
        return None
    return typed


def word_end(text: str, character: int) -> int:
    """Where the shell word around ``character`` in the line ``text`` ends (for hover)."""
    end = character
    while end < len(text) and not text[end].isspace():
        end += 1
    return end
