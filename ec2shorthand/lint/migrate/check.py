"""Every migrate finding on one ``aws`` command: the command read as v1 and as v2.

The specific rules come first, each with its own explanation and fix; v2 then
reads the command as those fixes leave it (aliases renamed, ``--v2-debug``
gone, blob text read as v1 reads it), and whatever still differs is reported
as it is: v2 refuses what v1 took, or builds another request.
"""

from __future__ import annotations

from typing import Any

from ..._awscli.models import operation_model
from ..._core.errors import OutOfScopeError, UnknownOperationError
from ..._core.location import Location
from ..._core.version import CliVersion
from ..commands import AwsCommand
from ..hits import Hit
from ..placeholders import Masked
from ..run import Checks
from .blobs import blob_hits
from .command_words import CommandWords
from .ecr import ecr_hits
from .high_level import high_level_hits
from .options import alias_hits, exempt_file_hits, global_hits, url_hits
from .output import paging_hits, timestamp_hits
from .readings import RAW_FORMAT, Readings, read_as, read_both, without_v2_globals
from .rules import MIGRATE_RULES
from .text_rules import text_hits

__all__ = ["MIGRATE_CHECKS", "check_migrate_command"]


def check_migrate_command(
    command: AwsCommand, masked: Masked | None = None, version: CliVersion = 2
) -> list[Hit]:
    """The places where ``command`` means something else to the AWS CLI v2 than to v1.

    (Both versions are read whatever ``version`` the linter is set to; ``masked`` is
    not needed: a masked placeholder is an unknown value to both.)
    """
    service, operation = command.service, command.operation
    if service is None or operation is None:
        return []
    words = CommandWords(command)
    if (service, operation) == ("ecr", "get-login"):
        return ecr_hits(words)
    high_level = high_level_hits(words, words.after_operation())
    if high_level:
        return high_level
    try:
        return _differences(words, service, operation)
    except (OutOfScopeError, UnknownOperationError):
        return []  # s3 cp, a v2-only command, a typo: neither version's operation here


def _differences(words: CommandWords, service: str, operation: str) -> list[Hit]:
    hits, dropped = global_hits(words)
    aliases, renamed = alias_hits(words, service, operation)
    hits += aliases
    v2_items = [i for i in range(len(words.texts)) if i not in dropped]
    v2_argv = [renamed.get(i, words.texts[i]) for i in v2_items]
    kept, _ = without_v2_globals(words.texts)
    if not any(text.startswith("--cli-binary-format") for text in words.texts):
        v2_argv += ["--cli-binary-format", RAW_FORMAT]
    readings = read_both(service, operation, words.texts, v2_argv)
    if readings.v1 is None or readings.v1.skeleton is not None:
        return hits  # v1 refuses it too: the linter's business, not a migration's
    model = operation_model(service, operation, 1)
    if not any(text.startswith("--cli-binary-format") for text in words.texts):
        hits += blob_hits(words, model, readings.v1, kept)
    urls = url_hits(words, readings.v1, kept)
    files = exempt_file_hits(words, service, operation)
    hits += urls + files
    explained = _members(readings, urls + files)
    hits += paging_hits(words, model)
    hits += timestamp_hits(words, service, operation)
    v1_argv = [words.texts[index] for index in kept]
    hits += _generic(words, readings, v2_items, explained, v1_argv)
    return hits


def _members(readings: Readings, hits: list[Hit]) -> set[str]:
    """Top-level members whose difference a finding already explains."""
    if readings.v1 is None or readings.v2 is None or not hits:
        return set()
    v1, v2 = readings.v1.params, readings.v2.params
    return {key for key in {*v1, *v2} if v1.get(key) != v2.get(key)}


def _generic(
    words: CommandWords,
    readings: Readings,
    v2_items: list[int],
    explained: set[str],
    v1_argv: list[str],
) -> list[Hit]:
    if readings.v2_error is not None:
        error = readings.v2_error
        index, span = _place(words, error.location, v2_items)
        if index is not None and _on_unknown(words, index, error.location):
            return []
        message = f"v1 reads this command, v2 refuses it: {error.msg}"
        return [words.hit("migrate.v2-refuses", message, span, item=index)]
    assert readings.v1 is not None and readings.v2 is not None
    differing = _differing(readings.v1.params, readings.v2.params) - explained
    if differing:  # what one version makes differently on every reading is no difference
        again, _ = read_as(words.command.service or "", words.command.operation or "", v1_argv, 1)
        differing -= _differing(readings.v1.params, again.params if again else {})
    if not differing:
        return []
    names = ", ".join(sorted(differing))
    message = f"v1 and v2 build different requests from this command (members {names})"
    return [words.hit("migrate.request-differs", message, words.whole_command_span())]


def _differing(v1: dict[str, Any], v2: dict[str, Any]) -> set[str]:
    return {key for key in {*v1, *v2} if v1.get(key) != v2.get(key)}


def _place(
    words: CommandWords, location: Location | None, items: list[int]
) -> tuple[int | None, tuple[int, int]]:
    if location is None or location.item is None or location.item >= len(items):
        return None, words.whole_command_span()
    index = items[location.item]
    return index, words.span_of(index, location)


def _on_unknown(words: CommandWords, index: int, location: Location | None) -> bool:
    word = words.args[index]
    if location is None or location.file is not None:
        return not word.is_known
    return not word.known_text(location.start, location.end)


MIGRATE_CHECKS = Checks(check_migrate_command, MIGRATE_RULES, text_hits)
