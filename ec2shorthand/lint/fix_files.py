"""``--fix``, ``--diff`` and ``--interactive``: apply the findings' fixes to files.

Files are read as bytes and fixed only when they are UTF-8 (a file in another
encoding is reported, never rewritten); a file whose lines all end in CRLF
keeps CRLF. Only the fixed spans change: the rest of the file is written back
byte for byte. ``--diff`` prints what ``--fix`` would write, and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .._core.errors import ParamFileError
from .._core.files import read_regular_file
from .._report.finding import Finding, Fix
from .config import LintConfig
from .discover import discover
from .fixing import apply_fixes, fix_text, unified_diff
from .run import Checks, LintRun, lint_text
from .snippet import SourceFile

__all__ = ["FixRun", "Reviewer", "fix_paths"]

# Answers to "apply this fix?": y(es), n(o), a(ll: this and every one after), q(uit).
Reviewer = Callable[[str, Fix], str]


@dataclass
class FixRun:
    """The findings left after fixing, the diffs made, and how many fixes were applied."""

    run: LintRun
    diffs: list[str] = field(default_factory=list)
    applied: int = 0
    refused: list[str] = field(default_factory=list)  # files not fixed, and why


def fix_paths(
    paths: list[str],
    config: LintConfig,
    checks: Checks,
    *,
    unsafe: bool = False,
    write: bool = True,
    review: Reviewer | None = None,
) -> FixRun:
    """Fix every file under ``paths``; write the fixed files unless ``write`` is false.

    Raises:
        UnreadablePath: a path does not exist, or is not a file or a folder.
    """
    found = discover(paths, config)
    run = LintRun(files=len(found.files), skipped=list(found.skipped), catalog=checks.rules)
    outcome = FixRun(run)
    quit_asked = False
    for path, kind in found.files:
        name = str(path)
        try:
            data = read_regular_file(path)
        except ParamFileError as error:  # vanished, replaced by a FIFO, too large...
            run.skipped.append((name, error.msg))
            run.files -= 1
            continue

        def lint(text: str, name: str = name, kind: str = kind) -> list[Finding]:
            return lint_text(name, text, kind, config, checks)

        text, newline, problem = _decode(data)
        if problem is not None or quit_asked:
            as_read = data.decode("utf-8", errors="replace")
            findings = lint(as_read)
            if problem is not None and any(f.fix is not None for f in findings):
                outcome.refused.append(f"{name}: {problem}: not fixed")
            _keep(outcome.run, name, as_read, findings)
            continue
        if review is None:
            fixed, applied, remaining = _fix_all(text, lint, unsafe)
        else:
            fixed, applied, remaining, quit_asked = _fix_reviewed(name, text, lint, unsafe, review)
        _keep(outcome.run, name, fixed, remaining)
        if fixed == text:
            continue
        outcome.applied += applied
        outcome.diffs.append(unified_diff(name, text, fixed))
        if write:
            path.write_bytes(fixed.replace("\n", newline).encode("utf-8"))
    return outcome


def _decode(data: bytes) -> tuple[str, str, str | None]:
    """The text with ``\\n`` line ends, the file's line end, and why it cannot be fixed."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return "", "\n", f"not UTF-8 (byte {error.start})"
    crlf = text.count("\r\n")
    if crlf and crlf != text.count("\n"):
        return text, "\n", "mixed line ends (CRLF and LF)"
    if crlf:
        return text.replace("\r\n", "\n"), "\r\n", None
    if "\r" in text:
        return text, "\n", "carriage returns inside lines"
    return text, "\n", None


def _keep(run: LintRun, name: str, text: str, findings: list[Finding]) -> None:
    run.findings += findings
    if findings:
        run.sources[name] = SourceFile(name, text)


def _fix_all(
    text: str, lint: Callable[[str], list[Finding]], unsafe: bool
) -> tuple[str, int, list[Finding]]:
    outcome = fix_text(text, lint, unsafe=unsafe)
    return outcome.text, outcome.applied, outcome.remaining


def _fix_reviewed(
    name: str, text: str, lint: Callable[[str], list[Finding]], unsafe: bool, review: Reviewer
) -> tuple[str, int, list[Finding], bool]:
    """Each fix shown as a diff and applied if the reviewer says so, one at a time."""
    applied, declined, accept_all = 0, set(), False
    findings = lint(text)
    while True:
        pending = [f for f in _fixable(findings, unsafe) if _key(f) not in declined]
        if not pending:
            return text, applied, findings, False
        finding = pending[0]
        assert finding.fix is not None
        after, _ = apply_fixes(text, [finding.fix])
        answer = "y" if accept_all else review(unified_diff(name, text, after), finding.fix)
        if answer == "q":
            return text, applied, findings, True
        if answer == "n":
            declined.add(_key(finding))
            continue
        accept_all = accept_all or answer == "a"
        text, applied = after, applied + 1
        findings = lint(text)


def _fixable(findings: list[Finding], unsafe: bool) -> Iterator[Finding]:
    return (f for f in findings if f.fix is not None and (f.fix.safe or unsafe))


def _key(finding: Finding) -> tuple[str, str, int, int]:
    # Declined fixes are known again after other fixes moved them: by rule, message and
    # the text they insert, not by position.
    assert finding.fix is not None
    return finding.rule, finding.message, len(finding.fix.edits), finding.line
