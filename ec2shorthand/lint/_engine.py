"""The linter's one door into the engine: check the words of one ``aws`` command.

Everything else in :mod:`ec2shorthand.lint` calls :func:`check_words` and
nothing else of the engine, so a new engine is a change of this module only.

Today's engine reads ``aws ec2 OPERATION`` for six security-group operations,
reports positions as offsets into one argument's shorthand text or into
``shlex.join(argv)``, and reads ``file://`` values. This adapter maps those
offsets back to (argument, start, end), never lets a file be read, and keeps
only the findings that hold whatever the unknown values (``$VAR``) turn out to be.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .._command import read_command
from .._diagnostics import Diagnostic
from .._errors import CommandLineError, ShorthandError, UnknownOperationError
from .._report.finding import Severity
from .._schemas import OPERATIONS

__all__ = ["EngineFinding", "check_words"]

Spans = Sequence[tuple[int, int]]

# Values the AWS CLI would read a file for; the linter never reads files.
_NAMES_FILE = re.compile(r"^(--[\w-]+=)?fileb?://|@=\s*['\"]?fileb?://")
_UNKNOWN_OPTION = re.compile(r"^(--\S+): unknown option")


@dataclass(frozen=True)
class EngineFinding:
    """What the engine found, in argument ``item`` at ``start:end`` (item None: the command)."""

    rule: str
    severity: Severity
    message: str
    item: int | None
    start: int
    end: int


def check_words(
    service: str, operation: str, argv: Sequence[str], unknown: Sequence[Spans]
) -> list[EngineFinding]:
    """The engine's findings on ``aws SERVICE OPERATION ARGV...``.

    ``unknown[i]`` lists the spans of ``argv[i]`` that stand for values only
    known when the script runs. A finding on such a span, or one that changes
    when those values change, is dropped.
    """
    if service != "ec2" or operation not in OPERATIONS or list(argv) == ["help"]:
        return []
    words = list(argv)
    spans = [list(item) for item in unknown] + [[] for _ in range(len(words) - len(unknown))]
    for index, word in enumerate(words):
        if _NAMES_FILE.search(word):  # unreadable here: the whole value is unknown
            prefix = word.split("=", 1)[0] + "=" if word.startswith("--") and "=" in word else ""
            words[index] = prefix + "0"
            spans[index] = [(len(prefix), len(prefix) + 1)]
    found = _check(operation, words)
    if not any(spans):
        return _distinct(found)
    found = [finding for finding in found if not _touches(finding, spans)]
    if not found:  # the usual case: nothing to confirm
        return []
    # Run again with other stand-ins of the same length: what depends on them changes.
    other = [_restated(word, item_spans) for word, item_spans in zip(words, spans, strict=True)]
    again = {_key(finding) for finding in _check(operation, other)}
    return _distinct(finding for finding in found if _key(finding) in again)


def _restated(word: str, spans: Spans) -> str:
    for start, end in spans:
        word = word[:start] + "1" * (end - start) + word[end:]
    return word


def _key(finding: EngineFinding) -> tuple[str, int | None, int, int]:
    return finding.rule, finding.item, finding.start, finding.end


def _touches(finding: EngineFinding, spans: list[list[tuple[int, int]]]) -> bool:
    if finding.item is None:
        return False
    # An end of input just after an unknown value is about that value too.
    return any(s <= finding.end and finding.start <= e for s, e in spans[finding.item])


def _distinct(findings: Iterable[EngineFinding]) -> list[EngineFinding]:
    """The findings, each once (FromPort and ToPort often point at the same --port)."""
    seen: dict[tuple[str, int | None, int, int], EngineFinding] = {}
    for finding in findings:
        seen.setdefault(_key(finding), finding)
    return list(seen.values())


def _check(operation: str, argv: list[str]) -> list[EngineFinding]:
    try:
        _, diagnostics, _ = read_command(operation, argv, validate=True)
    except UnknownOperationError:
        return []
    except ShorthandError as error:
        return [_from_error(error, argv)]
    return [_from_diagnostic(diagnostic, argv) for diagnostic in diagnostics]


def _from_error(error: ShorthandError, argv: list[str]) -> EngineFinding:
    message = f"{error.option}: {error.msg}" if error.option else error.msg
    rule = error.rule
    if isinstance(error, CommandLineError) and _UNKNOWN_OPTION.match(error.msg):
        rule = "option.unknown"
    finding = EngineFinding(rule, "error", message, None, 0, 0)
    if error.doc is None or error.pos is None:
        return finding
    place = _place(error.doc, error.pos, error.pos + 1, error.option, argv)
    if place is None:
        return finding
    item, start, end = place
    if isinstance(error, CommandLineError) and start == 0:  # about the whole argument
        end = len(argv[item].split("=", 1)[0] if argv[item].startswith("--") else argv[item])
    return replace(finding, item=item, start=start, end=end)


def _from_diagnostic(diagnostic: Diagnostic, argv: list[str]) -> EngineFinding:
    message = diagnostic.message
    if diagnostic.path not in ("(the command line)", "(the request)"):
        message = f"{diagnostic.path}: {message}"
    finding = EngineFinding(diagnostic.rule, diagnostic.severity, message, None, 0, 0)
    if diagnostic.doc is None or diagnostic.start is None:
        return finding
    end = diagnostic.end if diagnostic.end is not None else diagnostic.start + 1
    place = _place(diagnostic.doc, diagnostic.start, end, diagnostic.option, argv)
    return (
        finding if place is None else replace(finding, item=place[0], start=place[1], end=place[2])
    )


def _place(
    doc: str, start: int, end: int, option: str | None, argv: list[str]
) -> tuple[int, int, int] | None:
    """(item, start, end) of a span the engine gave in ``doc``."""
    for index in _items_holding(doc, option, argv):
        shift = len(argv[index]) - len(doc)
        return index, start + shift, min(end, len(doc)) + shift
    if doc != shlex.join(argv):
        return None
    offset = 0
    for index, word in enumerate(argv):
        quoted = shlex.quote(word)
        if start < offset + len(quoted) + 1:
            inner_end = min(end - offset, len(quoted))
            return index, _unquoted(word, start - offset), _unquoted(word, inner_end)
        offset += len(quoted) + 1
    return None


def _items_holding(doc: str, option: str | None, argv: list[str]) -> list[int]:
    """The arguments whose text (or whose ``--option=`` value) is ``doc``, after ``option``."""
    after = 0
    if option is not None:
        for index, word in enumerate(argv):
            if word == option or word.startswith(option + "="):
                after = index
                break
    return [
        index
        for index in range(after, len(argv))
        if argv[index] == doc
        or (
            argv[index].startswith("--")
            and argv[index].split("=", 1)[-1] == doc
            and "=" in argv[index]
        )
    ]


def _unquoted(word: str, offset: int) -> int:
    """The offset in ``word`` of an offset into ``shlex.quote(word)``."""
    quoted = shlex.quote(word)
    if quoted == word:
        return min(offset, len(word))
    at = 1  # past the opening quote
    for raw, char in enumerate(word):
        width = 5 if char == "'" else 1  # ' is written '"'"'
        if offset < at + width:
            return raw
        at += width
    return len(word)
