"""The linter's one door into the engine: check the words of one ``aws`` command.

Everything else in :mod:`ec2shorthand.lint` calls :func:`check_words` and
nothing else of the engine, so a new engine is a change of this module only.

The engine reads any operation of any service and places every finding in
an argv item (index and offsets). This adapter makes ``file://`` values
unknown and takes every path a script names as a file it will have (the
linter never reads files), keeps only the findings that hold whatever the
unknown values (``$VAR``) turn out to be, and, when a runner such as
``xargs`` may append arguments, reports no option as missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .._awscli.arguments import argument_table
from .._awscli.command import read_command
from .._awscli.global_options import global_options
from .._core.diagnostics import Diagnostic
from .._core.errors import OutOfScopeError, ParamFileError, ShorthandError
from .._core.files import FileResolver
from .._core.location import Location
from .._core.version import CliVersion, cli_version
from .._report.finding import Severity
from .words import UNKNOWN_PLACEHOLDER

__all__ = ["EngineFinding", "check_words", "option_names"]

Spans = Sequence[tuple[int, int]]

# Values the AWS CLI would read a file for; the linter never reads files.
_NAMES_FILE = re.compile(r"^(--[\w-]+=)?fileb?://|@=\s*['\"]?fileb?://")


class _FilesOfTheScript(FileResolver):
    """The files a script names: on the machine that runs it, so never missing here.

    The linter reads no file: a path (``--body FILE``, an outfile) stands for a
    file that exists when the script runs, and a ``file://`` value is made an
    unknown value before the engine sees it.
    """

    def read(self, value: str) -> str | bytes:
        raise ParamFileError("the linter reads no file")  # file:// values are unknown by then

    def existing_file(self, raw_path: str) -> str | None:
        return raw_path or None

    def writable_path(self, raw_path: str) -> str | None:
        return raw_path or None


_SCRIPT_FILES = _FilesOfTheScript()


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
    service: str,
    operation: str,
    argv: Sequence[str],
    unknown: Sequence[Spans],
    *,
    may_append: bool = False,
    version: CliVersion | None = None,
) -> list[EngineFinding]:
    """The engine's findings on ``aws SERVICE OPERATION ARGV...``, read as AWS CLI ``version``.

    ``unknown[i]`` lists the spans of ``argv[i]`` that stand for values only
    known when the script runs. A finding on such a span, or one that changes
    when those values change, is dropped. ``may_append``: arguments only known
    when the script runs may follow (``xargs``), so no option is missing.
    """
    version = cli_version(version)
    found = _check_known(service, operation, argv, unknown, version)
    missing = [_missing_options(finding) for finding in found] if may_append else []
    if not any(missing):
        return found
    # The runner may supply them: check the rest of the command with them given, unknown.
    given = [*unknown, *[()] * (len(argv) - len(unknown))]
    supplied = [option for names in missing for option in names]
    for option in supplied:
        argv, given = [*argv, option, UNKNOWN_PLACEHOLDER], [*given, (), _WHOLE_PLACEHOLDER]
    kept = len(given) - 2 * len(supplied)
    again = _check_known(service, operation, argv, given, version)
    return [finding for finding in again if finding.item is None or finding.item < kept]


def option_names(
    service: str, operation: str, version: CliVersion | None = None
) -> tuple[list[str], list[str]]:
    """The operation's own options, and the AWS CLI's global ones, as written (``--name``)."""
    version = cli_version(version)
    own = [text for argument in argument_table(service, operation, version)
           for text in argument.option_strings]  # fmt: skip
    return own, [f"--{option.name}" for option in global_options(version)]


def _missing_options(finding: EngineFinding) -> list[str]:
    """The options the AWS CLI's refusal of a command lacking required ones names."""
    if finding.rule != "input.command-line" or not finding.message.startswith(_MISSING_OPTIONS):
        return []
    names = finding.message[len(_MISSING_OPTIONS) :].lstrip(": ").split(", ")
    return [name for name in names if name.startswith("--")]


# How the AWS CLI (argparse) words its refusal of a command without a required option.
_MISSING_OPTIONS = "the following arguments are required"
_WHOLE_PLACEHOLDER = ((0, len(UNKNOWN_PLACEHOLDER)),)


def _check_known(
    service: str,
    operation: str,
    argv: Sequence[str],
    unknown: Sequence[Spans],
    version: CliVersion,
) -> list[EngineFinding]:
    if list(argv) == ["help"]:
        return []
    words = list(argv)
    spans = [list(item) for item in unknown] + [[] for _ in range(len(words) - len(unknown))]
    for index, word in enumerate(words):
        if _NAMES_FILE.search(word):  # unreadable here: the whole value is unknown
            prefix = word.split("=", 1)[0] + "=" if word.startswith("--") and "=" in word else ""
            words[index] = prefix + "0"
            spans[index] = [(len(prefix), len(prefix) + 1)]
    found = _check(service, operation, words, version)
    if not any(spans):
        return _distinct(found)
    found = [finding for finding in found if not _touches(finding, spans)]
    if not found:  # the usual case: nothing to confirm
        return []
    # Run again with other stand-ins of the same length: what depends on them changes.
    other = [_restated(word, item_spans) for word, item_spans in zip(words, spans, strict=True)]
    again = {_key(finding) for finding in _check(service, operation, other, version)}
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


def _check(
    service: str, operation: str, argv: list[str], version: CliVersion
) -> list[EngineFinding]:
    try:
        result = read_command(
            operation,
            argv,
            service=service,
            validate=True,
            files=_SCRIPT_FILES,
            cli_version=version,
        )
    except OutOfScopeError:  # aws s3 cp, aws ec2 wait: not API operations, not checked
        return []
    except ShorthandError as error:
        return [_from_error(error)]
    if result.skeleton is not None:  # the AWS CLI prints a skeleton and sends nothing
        return []
    return [_from_diagnostic(diagnostic) for diagnostic in result.diagnostics]


def _from_error(error: ShorthandError) -> EngineFinding:
    message = (
        f"{error.option}: {error.msg}"
        if error.option and not error.msg.startswith(error.option)
        else error.msg
    )
    return _at(EngineFinding(error.rule, "error", message, None, 0, 0), error.location)


def _from_diagnostic(diagnostic: Diagnostic) -> EngineFinding:
    message = diagnostic.message
    if diagnostic.path not in ("(the command line)", "(the request)"):
        message = f"{diagnostic.path}: {message}"
    finding = EngineFinding(diagnostic.rule, diagnostic.severity, message, None, 0, 0)
    return _at(finding, diagnostic.location)


def _at(finding: EngineFinding, location: Location | None) -> EngineFinding:
    """The finding at the engine's place: an argv item and offsets (never a file: none is read)."""
    if location is None or location.item is None or location.file is not None:
        return finding
    return replace(finding, item=location.item, start=location.start, end=location.end)
