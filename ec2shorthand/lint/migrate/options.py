"""Options and values v1 reads otherwise than v2: hidden aliases, ``--v2-debug``,
``file://`` on a parameter v1 exempts, and ``http(s)://`` values v1 downloads."""

from __future__ import annotations

import shlex

from ..._awscli.arguments import ArgumentTable, argument_table
from ..._awscli.command import CommandResult
from ..._core.files import TEXT_PREFIX
from ..hits import Hit
from .command_words import CommandWords, replacement

__all__ = ["V1_ONLY_GLOBALS", "alias_hits", "exempt_file_hits", "global_hits", "url_hits"]

V1_ONLY_GLOBALS = frozenset({"--v2-debug"})
_URL_PREFIXES = ("http://", "https://")


def global_hits(words: CommandWords) -> tuple[list[Hit], set[int]]:
    """``--v2-debug`` (v2 refuses it); the fix deletes it. Also the items v2 must not see."""
    hits, dropped = [], set()
    for given in words.options(V1_ONLY_GLOBALS):
        if given.name not in V1_ONLY_GLOBALS or given.inline:
            continue
        word = words.args[given.index]
        start = word.file_start
        while start > 0 and words.file_text[start - 1] in " \t":
            start -= 1
        fix = replacement((start, word.file_end), "", f"delete {given.name}")
        message = (
            f"{given.name} is v1's own (it prints v1-to-v2 upgrade warnings); "
            "v2 refuses the command with it: delete it"
        )
        span = (word.file_start, word.file_end)
        hits.append(words.hit("migrate.v1-global-option", message, span, fix, item=given.index))
        dropped.add(given.index)
    return hits, dropped


def alias_hits(
    words: CommandWords, service: str, operation: str
) -> tuple[list[Hit], dict[int, str]]:
    """Option names v1 takes as hidden aliases and v2 refuses; the fix renames them.

    Also the renamed words, by index, as v2 is to read them.
    """
    v1, v2 = argument_table(service, operation, 1), argument_table(service, operation, 2)
    hits, renamed = [], {}
    for given in words.options():
        name = given.name[2:]
        argument = v1.get(name)
        if argument is None or name in v2 or argument.documented:
            continue
        current = _documented_twin(v2, argument.member)
        if current is None:
            continue
        message = (
            f"--{name} is a hidden alias v1 accepts; v2 has no option of that name and refuses "
            f"the command: use --{current}"
        )
        span = words.plain(given.index, 2, 2 + len(name))
        fix = (
            None if span is None else replacement(span, current, f"rename --{name} to --{current}")
        )
        word = words.args[given.index]
        hits.append(
            words.hit(
                "migrate.hidden-alias",
                message,
                span or (word.file_start, word.file_end),
                fix,
                item=given.index,
            )
        )
        renamed[given.index] = f"--{current}" + words.texts[given.index][2 + len(name) :]
    return hits, renamed


def _documented_twin(table: ArgumentTable, member: str | None) -> str | None:
    names = [arg.name for arg in table if member is not None and arg.member == member]
    return names[0] if len(names) == 1 else None


def exempt_file_hits(words: CommandWords, service: str, operation: str) -> list[Hit]:
    """``file://`` on a parameter v1 never reads files for: v1 sends the text, v2 the file."""
    table = argument_table(service, operation, 1)
    hits = []
    for given in words.options():
        argument = table.get(given.name[2:])
        value = given.value_text(words.args)
        if argument is None or argument.reads_files or value is None:
            continue
        if not value.startswith(TEXT_PREFIX):
            continue
        message = (
            f"v1 never reads a file for {given.name} and sends the text {value!r} itself; "
            f"v2 reads the file and sends its content"
        )
        index = given.index if given.value is None else given.value
        span = words.span_of(index)
        hits.append(words.hit("migrate.file-exempt", message, span, item=index))
    return hits


def url_hits(words: CommandWords, v1: CommandResult, v1_items: list[int]) -> list[Hit]:
    """Values v1 downloads (it tells by its warnings that it cannot build them offline).

    The unsafe fix fetches the page when the script runs, as v1 did: it runs the
    network, and the shell drops the page's trailing line breaks.
    """
    hits = []
    for diagnostic in v1.unbuilt:
        location = diagnostic.location
        if location is None or location.item is None or location.item >= len(v1_items):
            continue
        index = v1_items[location.item]
        word = words.args[index]
        prefix = word.text.split("=", 1)[0] + "=" if word.text.startswith("--") else ""
        url = word.text[len(prefix) :]
        if not url.startswith(_URL_PREFIXES):
            continue
        message = (
            f"v1 downloads {url!r} and sends the page it gets; v2 sends the URL text itself: "
            'give the content ("$(curl -fsSL URL)", or a file:// copy)'
        )
        span = words.span_of(index)
        fix = None
        if word.is_known and (not prefix or prefix == shlex.quote(prefix)):
            fix = replacement(
                span,
                f'{prefix}"$(curl -fsSL {shlex.quote(url)})"',
                "fetch the page when the script runs, as v1 did (runs the network)",
                safe=False,
            )
        hits.append(words.hit("migrate.url-downloaded", message, span, fix, item=index))
    return hits
