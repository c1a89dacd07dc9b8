"""``ec2shorthand completion SHELL`` and the hidden ``__complete`` that its script calls.

The script (bash, zsh or fish) hands the line up to the cursor to
``ec2shorthand __complete --shell SHELL -- LINE`` on every TAB, and this
prints one candidate a line. What a line holds differs by shell, because each
replaces a different part of the word: bash the part after its last word-break
character (so the candidate is cut to that part, quoted as the word is), zsh
and fish the whole word, quotes removed (they requote it themselves); fish also
takes a description after a tab.

A process per TAB: this module imports only what completion needs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from .._awscli.typed_line import TypedLine, read_line
from .shell_scripts import SHELLS, completion_script

__all__ = ["SHELLS", "complete_line", "print_script"]

# Programs whose command lines are completed: the AWS CLI, and ours around it.
_OWN = "ec2shorthand"
# Our subcommands that take `[aws] SERVICE OPERATION ARGS...`.
_COMMAND_TAKERS = frozenset(
    {"parse", "validate", "fmt", "explain", "docs", "skeleton", "schema", "to-shorthand"}
)
# Characters bash would read as something else in an unquoted word.
_BASH_SPECIAL = re.compile(r"([\s'\"\\$`;&|<>()!*?#~])")


def print_script(shell: str, *, aws: bool, stdout: TextIO) -> int:
    """Print the completion script of ``shell`` (for ``aws`` too when ``aws``)."""
    stdout.write(completion_script(shell, aws=aws))
    return 0


def complete_line(shell: str, line: str, *, word_breaks: str, stdout: TextIO) -> int:
    """Print the candidates for the word at the end of ``line``, as ``shell`` takes them."""
    typed = read_line(line)
    for text, detail, finished in _candidates(typed):
        stdout.write(_shown(shell, typed, text, detail, finished, word_breaks) + "\n")
    return 0


def _candidates(typed: TypedLine) -> list[tuple[str, str, bool]]:
    words = typed.words
    if not words:
        return []
    program, rest = words[0].rsplit("/", 1)[-1], words[1:]
    if program == _OWN:
        if not rest:
            return [(name, "", True) for name in _own_subcommands() if name.startswith(typed.value)]
        if rest[0] not in _COMMAND_TAKERS:
            return []
        rest = rest[1:]
        if rest[:1] == ["aws"]:
            rest = rest[1:]
    elif program != "aws":
        return []
    from .._awscli.complete import complete_command

    return [(c.text, c.detail, c.finished) for c in complete_command(rest, typed.value)]


def _own_subcommands() -> Sequence[str]:
    from . import SUBCOMMANDS

    return SUBCOMMANDS


def _shown(
    shell: str, typed: TypedLine, text: str, detail: str, finished: bool, breaks: str
) -> str:
    if shell == "fish":
        return f"{text}\t{detail}" if detail else text
    if shell == "zsh":
        return f"{text}\t{int(finished)}"
    # bash: what replaces the end of the word after its last word break, quoted as typed.
    start = typed.bash_word_start(breaks)
    added = text[len(typed.value) :]
    if typed.open_quote_at is None:
        added = _BASH_SPECIAL.sub(r"\\\1", added)
    space = " " if finished and typed.open_quote_at is None else ""
    return typed.raw[start:] + added + space
