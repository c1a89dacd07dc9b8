"""Code blocks of documents (Markdown, reStructuredText) as shell snippets."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from ..snippet import OPTION_LINE, Snippet, SnippetBuilder
from ._lines import Line

__all__ = [
    "CONSOLE_LANGUAGES",
    "OTHER_SHELLS",
    "SHELL_LANGUAGES",
    "Mode",
    "block_snippet",
    "is_console",
    "mode_of",
]

# zsh reads a command line as bash does, for what the linter looks at.
SHELL_LANGUAGES = frozenset({"bash", "sh", "shell", "zsh"})
CONSOLE_LANGUAGES = frozenset({"console", "shell-session", "shellsession"})
_PROMPT = re.compile(r"\$(?: |$)")
_SECONDARY_PROMPT = re.compile(r"> ")  # bash's PS2, before a continued line
# How a block is read: all of it as shell; its prompted lines (a transcript); or
# only the lines that start with an ``aws SERVICE OPERATION`` command (text
# blocks, untagged fences, indented blocks: prose and output are no commands).
Mode = Literal["shell", "console", "commands"]
# `aws [global options] SERVICE OPERATION`, optionally after a prompt and sudo. An
# operation is hyphenated (describe-instances) and followed by an option, the end
# of the line or a pipe; or a single word followed by an option (lambda invoke
# --function-name); or one of the commands that take positional words (s3 cp SRC
# DST). Prose that names a command goes on with words: no command.
_AWS_LINE = re.compile(
    r"[ \t]*(?:\$[ \t]+)?(?P<command>(?:sudo[ \t]+(?:-\S+[ \t]+)*)?aws"
    r"(?:[ \t]+--[a-z][\w-]*(?:=\S+|[ \t]+[^-\s]\S*)?)*[ \t]+[a-z][a-z0-9-]*[ \t]+"
    r"(?:[a-z0-9]+-[a-z0-9-]+(?![\w-])(?=[ \t]*$|[ \t]+(?:\\|-|[|>&;#)]))"
    r"|[a-z][a-z0-9]*(?=[ \t]+--[a-z])"
    r"|(?:ls|cp|mv|rm|sync|mb|rb|presign|website|wait|tail|help)(?=[ \t]|$)))"
)


def mode_of(text: str, lines: Sequence[Line], indent: int, language: str) -> Mode | None:
    """How to read a block in ``language`` ("" when untagged); None: not at all."""
    if language in SHELL_LANGUAGES:
        return "console" if is_console(text, lines, indent) else "shell"
    if language in CONSOLE_LANGUAGES and is_console(text, lines, indent):
        return "console"
    if language in CONSOLE_LANGUAGES or language in DOCUMENT_LANGUAGES:
        return "commands"
    return None


# Blocks that hold commands among prose or output.
DOCUMENT_LANGUAGES = frozenset(
    {"", "text", "txt", "plain", "plaintext", "none", "cmd", "commandline", "command", "terminal"}
)


# Shells whose blocks are not read: PowerShell's backtick continuations and quoting,
# and cmd's ^ and %VAR%, differ from bash's, so their words would be misread.
OTHER_SHELLS = frozenset({"powershell", "ps1", "pwsh", "ps", "bat", "batch", "cmd.exe", "doscon"})


def block_snippet(text: str, lines: Sequence[Line], indent: int, console: bool | Mode) -> Snippet:
    """The block's lines without their first ``indent`` spaces; in a console, commands only.

    In a console transcript a command follows a ``$`` prompt and goes on over
    the lines its backslashes continue (and the ``--`` lines after it, so a
    missing backslash is found); other lines are its output, left out. In
    ``commands`` mode a command is a line that starts with ``aws SERVICE
    OPERATION``; the rest is prose or output.
    """
    mode: Mode = console if isinstance(console, str) else ("console" if console else "shell")
    builder = SnippetBuilder(text)
    continued = False  # the last line taken ends with a backslash
    after_command = False  # the last line was part of a command
    quote = ""  # the quote a command's line left open: its next line goes on inside it
    for start, end in lines:
        line_start = start + min(indent, _leading_spaces(text, start, end))
        if mode != "shell":
            prompt = _start_of_command(text, line_start, end, mode)
            if continued:
                secondary = _SECONDARY_PROMPT.match(text, line_start, end)
                line_start = secondary.end() if secondary and not quote else line_start
            elif after_command and OPTION_LINE.match(text, line_start, end):
                pass
            elif prompt is not None:
                line_start = prompt
            else:  # output
                continued = after_command = False
                _newline(builder, text, end)
                continue
            after_command = True
            quote = _open_quote(text, line_start, end, quote)
        builder.copy(line_start, end)
        continued = bool(quote) or text[line_start:end].rstrip().endswith("\\")
        _newline(builder, text, end)
    return builder.build()


def is_console(text: str, lines: Sequence[Line], indent: int) -> bool:
    """Whether a shell block is a transcript: its first non-blank line starts with a prompt."""
    for start, end in lines:
        body = text[start + min(indent, _leading_spaces(text, start, end)) : end]
        if body.strip():
            return _PROMPT.match(body) is not None
    return False


def _open_quote(text: str, start: int, end: int, quote: str) -> str:
    """The quote still open at ``end`` when ``quote`` was open at ``start`` ("" for none)."""
    at = start
    while at < end:
        char = text[at]
        if quote == "'":
            quote = "" if char == "'" else quote
        elif char == "\\":
            at += 1
        elif quote == '"':
            quote = "" if char == '"' else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (at == start or text[at - 1] in " \t"):
            break  # a comment: its quotes are no quotes
        at += 1
    return quote


def _start_of_command(text: str, start: int, end: int, mode: Mode) -> int | None:
    """Where the command on a line starts, after its prompt (None: the line is no command)."""
    if mode == "console":
        prompt = _PROMPT.match(text, start, end)
        return None if prompt is None else prompt.end()
    found = _AWS_LINE.match(text, start, end)
    return None if found is None else found.start("command")


def _newline(builder: SnippetBuilder, text: str, end: int) -> None:
    if text[end : end + 1] == "\n":
        builder.copy(end, end + 1)
    elif end < len(text):  # a line cut short (an AsciiDoc callout left out)
        builder.put("\n", end, end + 1)
    else:
        builder.put("\n", max(end - 1, 0), end)


def _leading_spaces(text: str, start: int, end: int) -> int:
    at = start
    while at < end and text[at] == " ":
        at += 1
    return at - start
