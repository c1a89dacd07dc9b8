"""``aws SERVICE OPERATION ...`` invocations among a snippet's shell commands.

A command is an ``aws`` call when its name reads as ``aws`` (or ``.../aws``),
when it is one of the configured wrappers as written (``run_aws``, ``$AWS``,
``$(AWS)``), or when a prefix such as ``sudo`` or ``env`` runs one of those.
The AWS CLI's global options may stand before the service.

Lines a user meant as part of the command, but bash reads as commands of their
own, are joined back to it, and reported: a line that starts with ``--`` after
a line with no ``\\`` at its end, and the line after a backslash that spaces
follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .._core.version import DEFAULT_CLI_VERSION, CliVersion
from .hits import Hit, HitFix, Replacement
from .nested import RUNS_SHELL_TEXT, command_runners, nested_snippets, string_snippet
from .runners import RUNNERS, Runner, runner_of
from .shell import ShellCommand, parse_commands
from .snippet import OPTION_LINE, Snippet
from .words import Word, evaluate_word

__all__ = ["AwsCommand", "find_aws_commands"]

# The AWS CLI's global options that take no value; every other one takes one.
_GLOBAL_FLAGS = frozenset(
    {
        "--debug",
        "--no-verify-ssl",
        "--no-paginate",
        "--no-sign-request",
        "--version",
        "--v2-debug",
        "--no-cli-pager",
        "--cli-auto-prompt",
        "--no-cli-auto-prompt",
    }
)
# The AWS CLI's global options that take a value.
_GLOBAL_OPTIONS = frozenset(
    {
        "--profile",
        "--region",
        "--output",
        "--endpoint-url",
        "--query",
        "--color",
        "--ca-bundle",
        "--cli-read-timeout",
        "--cli-connect-timeout",
        "--cli-binary-format",
    }
)
# Commands that run the command after them (with options or assignments between).
_PREFIXES = frozenset(
    {"sudo", "env", "exec", "command", "nohup", "time", "timeout", "nice", "stdbuf", *RUNNERS}
)
_PREFIX_REACH = 4  # how many words after a prefix may stand before the command it runs
_RUNNER_REACH = 12  # xargs -n 1 -P 8 -I {} aws ...; find . -name '*.json' -exec aws ...
# Commands that run a command in a container; the aws call may stand far in.
_CONTAINERS = frozenset({"kubectl", "oc", "docker", "podman", "nerdctl"})
_CONTAINER_REACH = 40
_NESTING = 3  # bash -c "sh -c '...'": strings in strings, this deep
_LINE_REST = re.compile(r"[ \t]*(#[^\n]*)?")
_BACKSLASH_SPACES = re.compile(r"\\[ \t]+$")
_STANDALONE_BACKSLASH = re.compile(r"[ \t]+(\\[ \t]+)")


@dataclass
class AwsCommand:
    """One ``aws`` call: its words from ``aws`` on, and what they say."""

    snippet: Snippet
    aws: Word
    service: str | None  # None when unknown ($SERVICE)
    operation: str | None
    args: list[Word]  # what follows aws SERVICE OPERATION (global options before it too)
    hits: list[Hit] = field(default_factory=list)
    runner: Runner | None = None  # xargs, find -exec or parallel, which supply values
    version: CliVersion = DEFAULT_CLI_VERSION  # the AWS CLI it is read as


def find_aws_commands(
    commands: Sequence[ShellCommand], wrappers: Iterable[str] = (), depth: int = 0
) -> list[AwsCommand]:
    """The ``aws`` calls among ``commands`` (in order), their continuation lines joined,
    and those in the strings and here-documents they hand to another shell."""
    names = frozenset(wrappers)
    starts = {command.start: index for index, command in enumerate(commands)}
    by_arguments, by_string = command_runners(commands) if depth == 0 else (set(), set())
    found = []
    for command in commands:
        if depth < _NESTING and command.name in RUNS_SHELL_TEXT:
            for inner in nested_snippets(command):
                found += find_aws_commands(parse_commands(inner), names, depth + 1)
        if command.name in by_string and len(command.sources) > 1:
            script = string_snippet(command.words(1)[0], command.snippet)
            if script is not None:
                found += find_aws_commands(parse_commands(script), names, depth + 1)
        first = _aws_word(command, names, _PREFIXES | by_arguments)
        if first is None:
            continue
        words = command.words(first)
        hits: list[Hit] = []
        tail = command
        while (joined := _continuation(tail, commands, starts, words, hits, names)) is not None:
            words += joined.words()
            tail = joined
        runner = runner_of([word.text for word in command.words()[:first]])
        if runner is not None:
            words = words[: runner.command_words([word.text for word in words])]
        found.append(_read(command.snippet, words, hits, runner))
    return sorted(found, key=lambda command: command.aws.file_start) if depth == 0 else found


def _aws_word(
    command: ShellCommand, names: frozenset[str], prefixes: frozenset[str] = _PREFIXES
) -> int | None:
    """Which word of ``command`` is ``aws`` (or a wrapper), if any; ``prefixes`` are the
    commands that run the command after them (with the file's own such functions)."""
    name = command.name
    if not (_is_aws(name, names) or name in prefixes or name in _CONTAINERS):
        return None  # most commands: decided without reading their words
    if name in _CONTAINERS:
        return _run_inside(command, names)
    runs = name.rsplit("/", 1)[-1] in RUNNERS
    for index in range(min(len(command.sources), (_RUNNER_REACH if runs else _PREFIX_REACH) + 1)):
        written = command.source_text(index)
        if _is_aws(written, names):
            if runs and name.endswith("find"):
                found_by = command.source_text(index - 1) if index else ""
                return index if found_by.startswith(("-exec", "-ok")) else None
            return index
        if index == 0 and written not in prefixes:
            return None
    return None


def _is_aws(written: str, names: frozenset[str]) -> bool:
    return written in names or written == "aws" or written.endswith("/aws")


def _run_inside(command: ShellCommand, names: frozenset[str]) -> int | None:
    """The ``aws`` a container runner runs: ``kubectl exec POD -- aws ...``,
    ``docker run|exec [OPTIONS] IMAGE aws ...`` (also podman, ``docker compose``)."""
    count = min(len(command.sources), _CONTAINER_REACH)
    written = [command.source_text(index) for index in range(count)]
    if written[0] in ("kubectl", "oc"):
        if "exec" not in written or "--" not in written:
            return None
        after = written.index("--") + 1
        return after if after < count and _is_aws(written[after], names) else None
    verbs = written[1:3] if written[1:2] != ["compose"] else written[2:3]
    if not any(verb in ("run", "exec") for verb in verbs[:1]):
        return None
    return next((i for i in range(2, count) if _is_aws(written[i], names)), None)


def _continuation(
    tail: ShellCommand,
    commands: Sequence[ShellCommand],
    starts: dict[int, int],
    words: list[Word],
    hits: list[Hit],
    names: frozenset[str],
) -> ShellCommand | None:
    """The command on the line after ``tail`` that the user meant as part of it, if any.

    When there is one, the mistake that cut it off is added to ``hits``, and a
    space a backslash escaped is taken off the end of ``words``.
    """
    text, snippet = tail.snippet.text, tail.snippet
    line_end = text.find("\n", tail.end)
    if line_end == -1:
        return None
    next_line = line_end + 1
    written_last = tail.source_text(len(tail.sources) - 1)
    trailing = _BACKSLASH_SPACES.search(written_last)
    standalone = _STANDALONE_BACKSLASH.fullmatch(text, tail.end, line_end)
    if trailing is not None and _LINE_REST.fullmatch(text, tail.end, line_end):
        start, end = snippet.file_span(tail.sources[-1].start + trailing.start(), line_end)
        hits.append(_backslash_space(snippet, start, end))
        last = tail.sources[-1]
        words.pop()
        if last.start < last.end - len(trailing.group()):
            words.append(
                evaluate_word(snippet, last.start, last.end - len(trailing.group()), last.opaque)
            )
    elif standalone is not None:  # bash reads `\ ` as a word of one space
        start, end = snippet.file_span(standalone.start(1), line_end)
        hits.append(_backslash_space(snippet, start, end))
    elif _LINE_REST.fullmatch(text, tail.end, line_end) and OPTION_LINE.match(text, next_line):
        option = text[next_line:].split(None, 1)[0]
        start, _ = snippet.file_span(tail.end, tail.end + 1)
        message = (
            f"the next line starts with {option}, but this line does not end with '\\': bash "
            f"ends the command here and runs the next line as a command of its own"
        )
        fix = None
        if not text[tail.end : line_end].strip():  # no comment after it: ' \' can end the line
            first, last_ = snippet.file_span(tail.end, line_end)
            if snippet.file_text[first:last_] == text[tail.end : line_end]:
                fix = HitFix("end the line with ' \\'", (Replacement(first, last_, " \\"),))
        hits.append(Hit("shell.missing-continuation", message, start, start + 1, fix=fix))
    else:
        return None
    index = starts.get(_first_word_at(text, next_line))
    if index is None or _aws_word(commands[index], names) is not None:
        return None  # nothing there, or an aws command of its own
    return commands[index]


def _backslash_space(snippet: Snippet, start: int, end: int) -> Hit:
    """The finding, and its fix where the file holds just the backslash and the spaces."""
    fix = None
    if _BACKSLASH_THEN_SPACES.fullmatch(snippet.file_text, start, end):
        fix = HitFix("delete the spaces after the backslash", (Replacement(start, end, "\\"),))
    return Hit("shell.backslash-space", _SPACES_MESSAGE, start, end, fix=fix)


_BACKSLASH_THEN_SPACES = re.compile(r"\\[ \t]+")
_SPACES_MESSAGE = (
    "spaces follow the backslash at the end of this line: the backslash escapes a space, "
    "and bash ends the command at the line break"
)


def _first_word_at(text: str, line_start: int) -> int:
    at = line_start
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _global_option(written: str) -> bool:
    return written in _GLOBAL_FLAGS or written.split("=", 1)[0] in _GLOBAL_OPTIONS


def _read(
    snippet: Snippet, words: list[Word], hits: list[Hit], runner: Runner | None = None
) -> AwsCommand:
    """Split ``aws [GLOBAL OPTIONS] SERVICE OPERATION ARGS`` into its parts."""
    aws, rest = words[0], words[1:]
    before: list[Word] = []
    at = 0
    while at < len(rest) and rest[at].text.startswith("--"):
        takes_value = "=" not in rest[at].text and rest[at].text not in _GLOBAL_FLAGS
        before += rest[at : at + 1 + takes_value]
        at += 1 + takes_value
    service = rest[at] if at < len(rest) else None
    at += 1
    # The AWS CLI takes its global options between the service and the operation too.
    while at < len(rest) and _global_option(rest[at].text):
        takes_value = "=" not in rest[at].text and rest[at].text not in _GLOBAL_FLAGS
        before += rest[at : at + 1 + takes_value]
        at += 1 + takes_value
    operation = rest[at] if at < len(rest) else None
    if operation is not None and operation.text.startswith("-"):
        operation = None
    args = before + rest[at + (operation is not None) :]
    return AwsCommand(
        snippet,
        aws,
        service.text if service is not None and service.is_known else None,
        operation.text if operation is not None and operation.is_known else None,
        args,
        hits,
        runner,
    )
