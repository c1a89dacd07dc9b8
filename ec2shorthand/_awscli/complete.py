"""Completing an ``aws`` command as it is typed: services, operations, options and their values.

Given the words before the cursor (as the shell reads them, quotes removed) and
the word being typed, offer what can stand there: a service, an operation, an
option not given yet (and the global ones), a global option's choices, and
inside an option's value what :func:`complete_value` offers for the member's
schema (keys, enum values, booleans, EC2 filter names after ``Name=``), or a
path after ``file://`` and ``fileb://``. Offline, from the shipped model only.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._core.errors import ShorthandError
from .._core.version import CliVersion
from .._core.version import cli_version as resolve_version
from .._model import bundled
from .._model.complete_value import complete_value, takes_members
from .._resources import data_folder
from .arguments import Argument, ArgumentTable, Reads, argument_table
from .global_options import GlobalOption, global_options

__all__ = ["Completion", "complete_command"]

_FILE_PREFIXES = ("file://", "fileb://")
# The most paths offered for one TAB: a folder of thousands is no list to read.
_MOST_PATHS = 200


@dataclass(frozen=True)
class Completion:
    """One candidate: ``text`` replaces the word being typed; ``detail`` says what it is."""

    text: str
    detail: str = ""
    # Whether the word is finished (a shell adds a space after it) or goes on (``Key=``).
    finished: bool = True


def complete_command(
    words: Sequence[str], typed: str, *, cli_version: CliVersion | None = None
) -> list[Completion]:
    """What the word ``typed`` can become after ``aws`` and ``words``, in that AWS CLI version.

    ``cli_version`` (1 or 2) is the AWS CLI the line is typed for (by default
    ``EC2SHORTHAND_CLI_VERSION``, else 2): its options, global options and
    services. Never raises for anything typed: a word that names no service,
    operation or option leaves nothing to offer, and the list is empty.
    """
    try:
        version = resolve_version(cli_version)
        return list(_complete(_Reading.of(words, version), typed))
    except (ShorthandError, KeyError):
        return []


@dataclass
class _Reading:
    """What the words before the cursor are: service, operation, options given, pending value."""

    service: str | None = None
    operation: str | None = None
    given: frozenset[str] = frozenset()
    # The option whose value the next word is (or may be: a list option takes many).
    pending: str | None = None
    # The global option whose value the next word is.
    pending_global: GlobalOption | None = None
    version: CliVersion = 2

    @classmethod
    def of(cls, words: Sequence[str], version: CliVersion) -> _Reading:
        reading = cls(version=version)
        globals_by_name = _globals(version)
        after_operation: list[str] = []
        skip_value = False
        for word in words:
            if skip_value:
                skip_value = False
                continue
            option = globals_by_name.get(word)
            if option is not None:
                skip_value = option.takes_value
                continue
            if reading.operation is not None:
                after_operation.append(word)
            elif reading.service is None:
                reading.service = word
            else:
                reading.operation = word
        if skip_value:
            reading.pending_global = globals_by_name[words[-1]]
        if reading.service is not None and reading.operation is not None:
            table = argument_table(reading.service, reading.operation, version)
            reading.given = frozenset(word for word in after_operation if word.startswith("--"))
            if not skip_value:
                reading.pending = _still_pending(table, after_operation)
        return reading


def _globals(version: CliVersion) -> dict[str, GlobalOption]:
    return {f"--{option.name}": option for option in global_options(version)}


def _still_pending(table: ArgumentTable, words: Sequence[str]) -> str | None:
    """The option the next word is a value of: the last one given, if it takes (more) values."""
    for back, word in enumerate(reversed(words)):
        if not word.startswith("--"):
            continue
        argument = _argument(table, word)
        if argument is None or argument.reads is Reads.FLAG:
            return None
        if back == 0 or argument.reads is Reads.LIST:
            return word
        return None
    return None


def _argument(table: ArgumentTable, option: str) -> Argument | None:
    name = option.removeprefix("--")
    argument = table.get(name)
    if argument is None and name.startswith("no-"):
        argument = table.get(name.removeprefix("no-"))
    return argument


def _complete(reading: _Reading, typed: str) -> Iterator[Completion]:
    if reading.pending_global is not None:
        for choice in reading.pending_global.choices or ():
            if choice.startswith(typed):
                yield Completion(choice)
        return
    if reading.service is None:
        yield from _options(typed, global_options(reading.version), frozenset())
        yield from _words(typed, _service_names(reading.version), "service")
        return
    if reading.operation is None:
        if typed.startswith("-"):
            yield from _options(typed, global_options(reading.version), frozenset())
            return
        yield from _words(typed, _operation_names(reading.service, reading.version), "operation")
        return
    table = argument_table(reading.service, reading.operation, reading.version)
    options = global_options(reading.version)
    if reading.pending is not None and not typed.startswith("--"):
        argument = _argument(table, reading.pending)
        if argument is not None:
            yield from _value(table, argument, typed, reading)
        return
    if typed.startswith("-") or not typed:
        yield from _table_options(table, typed, reading.given)
        yield from _options(typed, options, reading.given)


def _words(typed: str, names: Sequence[str], detail: str) -> Iterator[Completion]:
    for name in names:
        if name.startswith(typed):
            yield Completion(name, detail)


def _options(
    typed: str, options: Sequence[GlobalOption], given: frozenset[str]
) -> Iterator[Completion]:
    for option in options:
        name = f"--{option.name}"
        if name.startswith(typed) and name not in given:
            yield Completion(name, "global option")


def _table_options(table: ArgumentTable, typed: str, given: frozenset[str]) -> Iterator[Completion]:
    for argument in table:
        if not argument.documented:
            continue
        if any(name in given for name in argument.option_strings):
            continue
        for name in argument.option_strings:
            if name.startswith(typed):
                required = ", required" if argument.required else ""
                yield Completion(name, f"{argument.type_label}{required}")


def _value(
    table: ArgumentTable, argument: Argument, typed: str, reading: _Reading
) -> Iterator[Completion]:
    if typed.startswith(_FILE_PREFIXES):
        yield from _paths(typed)
        return
    if typed:  # the start of a parameter file's prefix
        for prefix in _FILE_PREFIXES:
            if prefix.startswith(typed) and prefix != typed:
                yield Completion(prefix, "a parameter file", finished=False)
    if argument.choices:
        yield from _words(typed, argument.choices, "choice")
        return
    if argument.member is None:
        return
    root = table.operation.schema
    schema = root["properties"].get(argument.member)
    if not isinstance(schema, Mapping):
        return
    names = _filter_names(reading.service or "", reading.operation or "")
    found = complete_value(
        schema, typed, root=root, extra_values=lambda path, _: names if path == ("Name",) else ()
    )
    # A value ends the word only where the word is that value alone: inside a
    # structure a comma and more members may follow.
    ends_word = not takes_members(schema, root)
    for candidate in found:
        yield Completion(candidate.text, candidate.detail, ends_word and candidate.kind != "member")


def _paths(typed: str) -> Iterator[Completion]:
    """Files and folders after ``file://`` or ``fileb://`` (folders end in ``/``, unfinished)."""
    prefix = next(p for p in _FILE_PREFIXES if typed.startswith(p))
    path = typed[len(prefix) :]
    folder, _, start = path.rpartition("/")
    listed = os.path.expanduser(folder + "/" if folder else "") or "."
    try:
        entries = sorted(os.scandir(listed), key=lambda entry: entry.name)
    except OSError:
        return
    head = prefix + (folder + "/" if folder or path.startswith("/") else "")
    offered = 0
    for entry in entries:
        if not entry.name.startswith(start) or (entry.name.startswith(".") and not start):
            continue
        try:
            is_folder = entry.is_dir()
        except OSError:
            continue
        yield Completion(head + entry.name + ("/" if is_folder else ""), finished=not is_folder)
        offered += 1
        if offered == _MOST_PATHS:
            return


@functools.lru_cache(maxsize=2)
def _service_names(version: CliVersion) -> tuple[str, ...]:
    custom = bundled._index(version)["custom_services"]
    return tuple(sorted({*bundled.service_names(version), *custom}))


@functools.lru_cache(maxsize=8)
def _operation_names(service: str, version: CliVersion) -> tuple[str, ...]:
    try:
        model = bundled.service(service, version)
        custom = bundled.custom_commands(service, version)
    except KeyError:
        return ()
    return tuple(sorted({*model.operation_names, *custom}))


@functools.lru_cache(maxsize=1)
def _all_filter_names() -> Mapping[str, Mapping[str, list[str]]]:
    text = data_folder("models").joinpath("filter_names.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _filter_names(service: str, operation: str) -> list[str]:
    resolved = bundled.resolve_service(service, 1) or service
    return list(_all_filter_names().get(resolved, {}).get(operation, ()))
