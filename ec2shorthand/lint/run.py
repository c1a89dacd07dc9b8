"""Lint files: find their ``aws`` commands, check each, and turn hits into findings."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from .._report.finding import Edit, Finding, Fix, RuleDoc
from .commands import AwsCommand, find_aws_commands
from .config import LintConfig
from .detectors import check_aws_command
from .discover import UnreadablePath, discover
from .extract import snippets_of
from .hits import Hit, HitFix
from .rules import LINT_RULES, rule_for
from .shell import parse_commands
from .snippet import SourceFile
from .suppress import Suppressions

__all__ = ["LINT_CHECKS", "Checks", "LintRun", "lint_paths", "lint_text"]


@dataclass(frozen=True)
class Checks:
    """What a run looks for: findings on each ``aws`` command, on the shell text around
    them (optional: offsets in that text), and the catalog of the rules they report."""

    command: Callable[[AwsCommand], list[Hit]]
    rules: Mapping[str, RuleDoc]
    text: Callable[[str], list[Hit]] | None = None


LINT_CHECKS = Checks(check_aws_command, LINT_RULES)


@dataclass
class LintRun:
    """The findings of one run, and the files they are in (for carets and fingerprints)."""

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
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


def lint_paths(
    paths: Sequence[str], config: LintConfig, jobs: int = 1, checks: Checks = LINT_CHECKS
) -> LintRun:
    """Lint every file under ``paths``, in up to ``jobs`` processes, for ``checks``.

    Raises:
        UnreadablePath: a path does not exist, or a file cannot be read.
    """
    files = list(enumerate(discover(paths, config)))
    workers = min(jobs, len(files) // _FILES_PER_JOB)
    if workers > 1:
        shares = [files[first::workers] for first in range(workers)]
        with ProcessPoolExecutor(workers) as pool:
            done = [
                linted
                for share in pool.map(_lint_files, shares, [config] * workers, [checks] * workers)
                for linted in share
            ]
        done.sort(key=lambda linted: linted[0])
    else:
        done = _lint_files(files, config, checks)
    run = LintRun(files=len(files), catalog=checks.rules)
    for _, name, text, found in done:
        run.findings += found
        run.sources[name] = SourceFile(name, text)
    return run


# Below this many files for each process, starting one costs more than it saves.
_FILES_PER_JOB = 100


def _lint_files(
    files: list[tuple[int, tuple[Path, str]]], config: LintConfig, checks: Checks
) -> list[tuple[int, str, str, list[Finding]]]:
    """(index, path, text, findings) of each file that has findings."""
    linted = []
    for index, (path, kind) in files:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise UnreadablePath(f"{path}: {error.strerror}") from None
        found = lint_text(str(path), text, kind, config, checks)
        if found:
            linted.append((index, str(path), text, found))
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
    source: SourceFile | None = None
    suppressions: Suppressions | None = None
    findings = []
    markers = ("aws", *config.wrappers)
    for snippet in snippets_of(kind, text):
        if not any(marker in snippet.text for marker in markers):
            continue  # no command to check: skip the parser
        commands = find_aws_commands(parse_commands(snippet), config.wrappers)
        placed: list[tuple[int, int, list[Hit]]] = []  # (command start, end, its hits)
        for command in commands:
            last = max(word.file_end for word in [command.aws, *command.args])
            hits = [hit for hit in checks.command(command) if config.enabled(hit.rule)]
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
