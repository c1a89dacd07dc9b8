"""Code actions: the fixes findings carry, offered as quick fixes where the cursor or selection is.

The same edits ``lint --fix`` and ``migrate --fix`` apply; a safe fix is the
preferred action. Positions go to the client in its units (``ToClient``).
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from .._report.finding import Finding
from .diagnostics import ToClient, diagnostic

__all__ = ["quick_fixes"]


def quick_fixes(
    uri: str, findings: Sequence[Finding], wanted: types.Range, to_client: ToClient
) -> list[types.CodeAction]:
    """A quick fix for each finding with a fix whose span meets ``wanted``."""
    actions = []
    for finding in findings:
        if finding.fix is None:
            continue
        shown = diagnostic(finding, to_client)
        if not _meets(shown.range, wanted):
            continue
        edits = [
            types.TextEdit(
                range=types.Range(
                    to_client(edit.line - 1, edit.column - 1),
                    to_client(edit.end_line - 1, edit.end_column - 1),
                ),
                new_text=edit.text,
            )
            for edit in finding.fix.edits
        ]
        actions.append(
            types.CodeAction(
                title=finding.fix.description,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[shown],
                edit=types.WorkspaceEdit(changes={uri: edits}),
                is_preferred=finding.fix.safe,
            )
        )
    return actions


def _meets(one: types.Range, other: types.Range) -> bool:
    def key(position: types.Position) -> tuple[int, int]:
        return position.line, position.character

    return key(one.start) <= key(other.end) and key(other.start) <= key(one.end)
