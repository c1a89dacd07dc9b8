"""Lint files: find their ``aws`` commands, check each, and turn hits into findings."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from .._core.errors import ParamFileError
from .._core.files import read_regular_file
from .._core.version import CliVersion
from .._report.finding import Edit, Finding, Fix, RuleDoc
from .commands import AwsCommand, find_aws_commands
from .config import LintConfig
from .detectors import check_aws_command
from .discover import discover
from .extract import snippets_of
from .hits import Hit, HitFix
from .placeholders import Masked, mask
from .rules import LINT_RULES, rule_for
from .shell import parse_commands
from .snippet import SourceFile
from .suppress import Suppressions
from .version import target_version

__all__ = ["LINT_CHECKS", "Checks", "LintRun", "lint_paths", "lint_text"]


@dataclass(frozen=True)
class Checks:
    """What a run looks for: findings on each ``aws`` command (with its snippet's masked
    placeholders and the AWS CLI version read as), on the shell text around them
    (optional: offsets in that text), and the catalog of the rules they report."""

    command: Callable[[AwsCommand, Masked, CliVersion], list[Hit]]
    rules: Mapping[str, RuleDoc]
    text: Callable[[str], list[Hit]] | None = None


LINT_CHECKS = Checks(check_aws_command, LINT_RULES)


@dataclass
class LintRun:
    """The findings of one run, and the files they are in (for carets and fingerprints)."""

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)
    sources: dict[str, SourceFile] = field(default_factory=dict)
    catalog: Mapping[str, RuleDoc] = field(default_factory=lambda: LINT_RULES)

    def line_of(self, path: str, line: int) -> str:
        source = self.sources.get(path)
        return source.line_text(line) if source is not None else ""

    def rules(self) -> dict[str, RuleDoc]:
        """Every linter rule, and every engine rule a finding names."""
        rules: dict[str, RuleDoc] = dict(self.catalog)
        for finding in self.findings:
            rules.setdefault(finding.rule, rule_for(finding.rule, finding.severity))
        return rules


# Told (files done, files in all) as the run goes: for a progress line.
Progress = Callable[[int, int], None]


def lint_paths(
    paths: Sequence[str],
    config: LintConfig,
    jobs: int = 1,
    progress: Progress | None = None,
    checks: Checks = LINT_CHECKS,
) -> LintRun:
    """Lint every file under ``paths``, in up to ``jobs`` processes, for ``checks``.

    Raises:
        UnreadablePath: a path does not exist, or is not a file or a folder.
    """
    found = discover(paths, config)
    files = list(enumerate(found.files))
    chunks = [files[first : first + _CHUNK] for first in range(0, len(files), _CHUNK)]
    workers = min(jobs, len(files) // _FILES_PER_JOB)
    run = LintRun(files=len(files), skipped=list(found.skipped), catalog=checks.rules)
    done = 0
    if progress is not None:
        progress(0, len(files))
    with ProcessPoolExecutor(workers) if workers > 1 else _InProcess() as pool:
        linted = pool.map(_lint_files, chunks, [config] * len(chunks), [checks] * len(chunks))
        for chunk, results in zip(chunks, linted, strict=True):
            for name, text, result in results:
                if isinstance(result, str):
                    run.skipped.append((name, result))
                    run.files -= 1
                else:
                    run.findings += result
                    run.sources[name] = SourceFile(name, text)
            done += len(chunk)
            if progress is not None:
                progress(done, len(files))
    return run


# Below this many files for each process, starting one costs more than it saves.
_FILES_PER_JOB = 100
# Files linted between two reports of progress (and sent to a process at once).
_CHUNK = 25


class _InProcess:
    """The executor of a run in this process: ``map`` calls as they are iterated."""

    def __enter__(self) -> _InProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map(self, function: Callable[..., _Linted], *iterables: Sequence[object]) -> map[_Linted]:
        return map(function, *iterables)


# (path, text, findings) of each file with findings; (path, "", why) of a file not read.
_Linted = list[tuple[str, str, "list[Finding] | str"]]


def _lint_files(
    files: list[tuple[int, tuple[Path, str]]], config: LintConfig, checks: Checks
) -> _Linted:
    """The files of ``files`` that have findings or could not be read."""
    linted: _Linted = []
    for _, (path, kind) in files:
        try:
            data = read_regular_file(path)
        except ParamFileError as error:  # vanished, replaced by a FIFO, too large...
            linted.append((str(path), "", error.msg))
            continue
        text = data.decode("utf-8", errors="replace")
        found = lint_text(str(path), text, kind, config, checks)
        if found:
            linted.append((str(path), text, found))
    return linted


def lint_text(
    path: str,
    text: str,
    kind: str,
    config: LintConfig | None = None,
    checks: Checks = LINT_CHECKS,
) -> list[Finding]:
    """The findings of ``checks`` in one file's ``text``, read as ``kind``."""
    config = config or LintConfig()
    version = target_version(config)
    markers = ("aws", *config.wrappers)
    source: SourceFile | None = None
    suppressions: Suppressions | None = None
    findings = []
    for snippet in snippets_of(kind, text):
        if not any(marker in snippet.text for marker in markers):
            continue  # no command to check: skip the parser
        masked = mask(snippet, kind)
        commands = find_aws_commands(parse_commands(masked.snippet), config.wrappers)
        placed: list[tuple[int, int, list[Hit]]] = []  # (command start, end, its hits)
        for command in commands:
            last = max(word.file_end for word in [command.aws, *command.args])
            found = checks.command(command, masked, version)
            hits = [hit for hit in found if config.enabled(hit.rule)]
            if hits:
                placed.append((command.aws.file_start, last, hits))
        if commands and checks.text is not None:
            for hit in checks.text(snippet.text):  # at the snippet's offsets
                start, end = snippet.file_span(hit.start, hit.end)
                if config.enabled(hit.rule):
                    placed.append((start, end, [replace(hit, start=start, end=end)]))
        if not placed:
            continue
        source = source or SourceFile(path, text)
        suppressions = suppressions or Suppressions(text)
        for first, last, hits in placed:
            first_line = source.position(first)[0]
            last_line = source.position(max(last, *(hit.end for hit in hits)) - 1)[0]
            findings += [
                _finding(source, hit, config, checks.rules)
                for hit in hits
                if not suppressions.silences(hit.rule, first_line, last_line)
            ]
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule))


def _finding(
    source: SourceFile, hit: Hit, config: LintConfig, catalog: Mapping[str, RuleDoc]
) -> Finding:
    rule = catalog.get(hit.rule) or rule_for(hit.rule, hit.severity or "error")
    severity = config.severity_of(hit.rule, hit.severity or rule.severity)
    end = max(hit.end, hit.start + 1)
    line, column = source.position(hit.start)
    if source.text[end - 1 : end] == "\n":  # ends with a line break: end on its line
        end_line, end_column = source.position(end - 1)
        end_column += 1
    else:
        end_line, end_column = source.position(end)
    hint = hit.hint or (rule.help if hit.rule in catalog else "")
    return Finding(
        source.path,
        line,
        column,
        end_line,
        end_column,
        severity,
        hit.rule,
        hit.message,
        hint,
        _fix(source, hit.fix) if hit.fix is not None else None,
    )


def _fix(source: SourceFile, fix: HitFix) -> Fix:
    """The detector's replacements (file offsets) as edits at lines and columns."""
    edits = tuple(
        Edit(*source.position(r.start), *source.position(r.end), r.text) for r in fix.replacements
    )
    return Fix(fix.description, edits, fix.safe)
