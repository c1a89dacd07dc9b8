"""What the engine finds in a command, placed in the file, and explained where it can be."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from .._engine import EngineFinding, check_words, option_names
from ..commands import AwsCommand
from ..hits import Hit, HitFix
from ..placeholders import SAMPLE_BLIND_RULES
from ..words import Word
from .rewrites import quote_word, rename_option

__all__ = ["EXPLAINING_RULES", "accepts_as_items", "engine_hits"]

# Linter rules that explain every engine finding in the same argument: the
# engine's complaint there is the consequence of the mistake they name.
EXPLAINING_RULES = frozenset({"shorthand.read-as-json", "shorthand.comma-list", "ec2.port-all-tcp"})
# Engine rules a comma turned list can cause.
_LIST_CONSEQUENCES = frozenset({"input.syntax", "input.type", "model.type"})
# Key=first,more,... where the items after the first are no Key=: one list value.
_COMMA_LIST = re.compile(
    r"(?P<key>[\w.#/:-]+)=(?P<first>[^,=\[\]{}'\"]*)(?P<more>(?:,[^,=\[\]{}'\"]+)+)(?=[,}\]]|$)"
)


def engine_hits(
    command: AwsCommand,
    explained: Iterable[int],
    *,
    may_append: bool = False,
    samples: Mapping[int, Sequence[tuple[int, int]]] | None = None,
) -> list[Hit]:
    """The engine's findings on ``command``, except in the arguments ``explained`` already.

    ``may_append``: a runner (xargs) may add arguments, so no option is missing.
    ``samples[i]``: text spans of argument ``i`` that are AWS's sample values,
    whose length and pattern are not checked.
    """
    if command.service is None or command.operation is None:
        return []
    args = command.args
    findings = check_words(
        command.service,
        command.operation,
        [w.text for w in args],
        [w.unknown for w in args],
        may_append=may_append,
        version=command.version,
    )
    skip = set(explained)
    samples = samples or {}
    return [
        _hit(command, finding)
        for finding in findings
        if finding.item not in skip and not _in_sample(finding, samples)
    ]


def _in_sample(finding: EngineFinding, samples: Mapping[int, Sequence[tuple[int, int]]]) -> bool:
    if finding.rule not in SAMPLE_BLIND_RULES or finding.item is None:
        return False
    spans = samples.get(finding.item, ())
    return any(s < finding.end and finding.start < e for s, e in spans)


def accepts_as_items(command: AwsCommand, index: int, words: Sequence[str]) -> bool:
    """Whether the AWS CLI reads ``words``, given in place of argument ``index``, without a finding.

    ``--targets Id=10.0.1.1{0,1,2}``: bash makes three words of the value, and
    the AWS CLI reads them as three targets, as meant.
    """
    if command.service is None or command.operation is None:
        return False
    before, after = command.args[:index], command.args[index + 1 :]
    argv = [w.text for w in before] + list(words) + [w.text for w in after]
    unknown = [w.unknown for w in before] + [() for _ in words] + [w.unknown for w in after]
    findings = check_words(
        command.service, command.operation, argv, unknown, version=command.version
    )
    return not any(f.item is None or index <= f.item < index + len(words) for f in findings)


def _hit(command: AwsCommand, finding: EngineFinding) -> Hit:
    if finding.item is None:
        return Hit(
            finding.rule,
            finding.message,
            command.aws.file_start,
            command.aws.file_end,
            finding.severity,
        )
    word = command.args[finding.item]
    if finding.rule in _LIST_CONSEQUENCES:
        comma = _comma_list(command, word, finding)
        if comma is not None:
            return comma
    start, end = word.file_span(finding.start, max(finding.end, finding.start + 1))
    hit = Hit(finding.rule, finding.message, start, end, finding.severity, item=finding.item)
    if finding.rule == "option.unknown":
        return replace(hit, fix=_typo_fix(command, finding.item, word))
    return hit


def _typo_fix(command: AwsCommand, index: int, word: Word) -> HitFix | None:
    """The option's name made the one close name there is, where the AWS CLI then reads
    the argument without a complaint."""
    assert command.service is not None and command.operation is not None
    name = word.text.split("=", 1)[0]
    if not name.startswith("-") or not word.known_text(0, len(name)):
        return None
    own, global_names = option_names(command.service, command.operation, command.version)
    # As the AWS CLI's message suggests them: its own options first, then the global ones.
    close = difflib.get_close_matches(name, own, n=2, cutoff=0.6) or difflib.get_close_matches(
        name, global_names, n=2, cutoff=0.6
    )
    if len(close) != 1:
        return None
    fixed = close[0] + word.text[len(name) :]
    if not accepts_as_items(command, index, [fixed]):
        return None
    return rename_option(word, command.snippet, name, close[0])


def _comma_list(command: AwsCommand, word: Word, finding: EngineFinding) -> Hit | None:
    """A type or syntax error that a comma inside a value explains; its fix quotes the value
    for the AWS CLI (``'Key="a,b"'``), where the AWS CLI then reads it without a complaint."""
    for match in _COMMA_LIST.finditer(word.text):
        if not match.start("first") <= finding.start <= match.end():
            continue
        key, values = match.group("key"), match.group("first") + match.group("more")
        count = values.count(",") + 1
        message = (
            f"the comma makes the AWS CLI read {key}={values} as a list of {count} values, "
            f"and {key} takes one value ({finding.message})"
        )
        hint = f"quote the value for the AWS CLI, inside the shell's quotes: '{key}=\"{values}\"'"
        start, end = word.file_span(match.start("first"), match.end())
        fix = None
        meant = f'{word.text[: match.start("first")]}"{values}"{word.text[match.end() :]}'
        if finding.item is not None and accepts_as_items(command, finding.item, [meant]):
            fix = quote_word(word, command.snippet, meant)
        hit = Hit("shorthand.comma-list", message, start, end, hint=hint, item=finding.item)
        return replace(hit, fix=fix)
    return None
