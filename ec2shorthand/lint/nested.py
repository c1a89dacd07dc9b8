"""Shell text that a command hands to another shell: ``bash -c '...'``, ``su -c``,
``ssh HOST 'aws ...'``, and here-documents fed to a shell (``bash <<EOF``,
``ssh HOST <<'EOF'``).

The string is read as bash reads the outer word (quotes removed), except that
an expansion the outer shell makes (``"... $REGION ..."``) is kept as written:
to the inner shell it is just as unknown. Each character keeps its file span,
so a finding inside the string lands on the file's characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .shell import ShellCommand
from .snippet import Snippet
from .words import Word

__all__ = ["RUNS_SHELL_TEXT", "command_runners", "nested_snippets", "string_snippet"]

_SHELLS = frozenset({"bash", "sh", "zsh", "dash", "ksh", "ash"})
# The names of commands that may hand shell text on (a shell itself, or a command
# that runs one); other commands are not looked into.
RUNS_SHELL_TEXT = _SHELLS | frozenset(
    {"su", "ssh", "sudo", "env", "exec", "nohup", "timeout", "time", "nice", "kubectl"}
    | {"docker", "podman", "oc", "nerdctl"}
    | {f"/bin/{shell}" for shell in _SHELLS}
    | {f"/usr/bin/{shell}" for shell in _SHELLS}
)
_STRING_FLAG = re.compile(r"-[a-zA-Z]*c")  # -c, -ec, -xc: the next word is the script
_REACH = 40  # how many words into a command a shell may stand (docker run has many options)


def nested_snippets(command: ShellCommand) -> list[Snippet]:
    """The shell texts ``command`` runs in another shell, each a snippet of the file."""
    count = min(len(command.sources), _REACH)
    names = [_program(command.source_text(index)) for index in range(count)]
    found: list[Snippet] = []
    shell_at = next((i for i, name in enumerate(names) if name in _SHELLS | {"su"}), None)
    if shell_at is not None:
        for index in range(shell_at + 1, len(command.sources) - 1):
            if _STRING_FLAG.fullmatch(command.source_text(index)):
                found.append(_string(command.words(index + 1)[0], command.snippet))
                break
    if names and names[0] == "ssh" and len(command.sources) > 2:
        last = command.words(len(command.sources) - 1)[0]
        if last.text.startswith("aws "):
            found.append(_string(last, command.snippet))
    if shell_at is not None or (names and names[0] == "ssh"):
        found += [command.snippet.part(*span) for span in command.heredoc_bodies()]
    return found


# A function that runs its arguments as a command ("$@") or its first one as a script.
_RUNS_ARGUMENTS = frozenset({'"$@"', "$@", '"$*"', "$*"})
_RUNS_STRING = frozenset({'"$1"', "$1", '"$*"', "$*", '"$@"', "$@"})


def command_runners(commands: Sequence[ShellCommand]) -> tuple[set[str], set[str]]:
    """The functions defined among ``commands`` that run their arguments as a command
    (``retry() { "$@"; }``), and those that run their first argument as a script
    (``run() { eval "$1"; }``, ``bash -c "$1"``)."""
    by_arguments: set[str] = set()
    by_string: set[str] = set()
    for command in commands:
        name = command.name
        if name in _RUNS_ARGUMENTS:
            function = command.enclosing_function()
            if function is not None:
                by_arguments.add(function)
        elif name in ("eval", *_SHELLS) and len(command.sources) >= 2:
            script = command.source_text(len(command.sources) - 1)
            if script in _RUNS_STRING and (name == "eval" or command.source_text(1) == "-c"):
                function = command.enclosing_function()
                if function is not None:
                    by_string.add(function)
    return by_arguments, by_string


def string_snippet(word: Word, snippet: Snippet) -> Snippet | None:
    """The script a function is given, when the word is a whole ``aws ...`` command."""
    return _string(word, snippet) if word.text.startswith("aws ") else None


def _program(written: str) -> str:
    return written.rsplit("/", 1)[-1]


def _string(word: Word, snippet: Snippet) -> Snippet:
    """The script a word holds: its text, with the outer shell's expansions as written."""
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    unknown = dict(word.unknown)
    at = 0
    while at < len(word.text):
        if at in unknown:  # as written: $VAR, $(cmd)
            file_start, file_end = word.file_span(at, unknown[at])
            written = snippet.file_text[file_start:file_end]
            text.append(written)
            starts.extend(range(file_start, file_end))
            ends.extend(range(file_start + 1, file_end + 1))
            at = unknown[at]
            continue
        text.append(word.text[at])
        starts.append(word.starts[at])
        ends.append(word.ends[at])
        at += 1
    return Snippet("".join(text), starts, ends, snippet.file_text)
