"""Diagnostics: what ``lint`` finds in a buffer, as the LSP shows them (rule id as the code)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lsprotocol import types

from .._report.finding import Finding
from ..lint.config import LintConfig
from ..lint.discover import kind_of
from ..lint.run import lint_text

__all__ = ["ToClient", "diagnostic", "findings_of", "kind_of_document", "migration_fixes_of"]

# The editor's language ids for the kinds lint reads.
_LANGUAGES = {
    "shellscript": "shell",
    "sh": "shell",
    "bash": "shell",
    "markdown": "markdown",
    "restructuredtext": "rst",
    "rst": "rst",
    "yaml": "yaml",
    "github-actions-workflow": "yaml",
    "makefile": "makefile",
    "make": "makefile",
    "dockerfile": "dockerfile",
    "asciidoc": "asciidoc",
    "terraform": "terraform",
    "python": "python",
}
_SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "note": types.DiagnosticSeverity.Information,
    "info": types.DiagnosticSeverity.Information,
}


def kind_of_document(path: str, language_id: str | None, text: str) -> str | None:
    """The lint kind of a document: by its name, its language id, or a shell shebang."""
    kind = kind_of(Path(path)) if path else None
    if kind is None and language_id:
        kind = _LANGUAGES.get(language_id)
    if kind is None and text.startswith("#!") and "sh" in text.split("\n", 1)[0]:
        kind = "shell"
    return kind


ToClient = Callable[[int, int], types.Position]
"""(0-based line, code-point column) -> the position in the client's units."""


def findings_of(path: str, text: str, kind: str, config: LintConfig) -> list[Finding]:
    """What ``lint`` finds in the document's ``text``."""
    return lint_text(path, text, kind, config)


def migration_fixes_of(path: str, text: str, kind: str, config: LintConfig) -> list[Finding]:
    """What ``migrate`` finds in the text that it can fix: offered as code actions only.

    Not shown as diagnostics: a script written for the AWS CLI v2 is right as it is,
    and most readers are not moving from v1; one who is gets the fixes where asked.
    """
    from ..lint.migrate.check import MIGRATE_CHECKS

    return [
        finding
        for finding in lint_text(path, text, kind, config, MIGRATE_CHECKS)
        if finding.fix is not None
    ]


def diagnostic(finding: Finding, to_client: ToClient) -> types.Diagnostic:
    """A finding as an LSP diagnostic (``to_client`` converts its positions)."""
    start = to_client(finding.line - 1, finding.column - 1)
    end = to_client(finding.end_line - 1, finding.end_column - 1)
    message = finding.message + (f"\n{finding.hint}" if finding.hint else "")
    return types.Diagnostic(
        range=types.Range(start, end),
        message=message,
        severity=_SEVERITIES.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.rule,
        source="ec2shorthand",
    )
