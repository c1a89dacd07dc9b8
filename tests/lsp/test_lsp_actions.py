"""Quick fixes from the fixes findings carry, where the editor asks for them."""

from __future__ import annotations

from lsprotocol import types

from ec2shorthand._report.finding import Edit, Finding, Fix
from ec2shorthand.lsp.actions import quick_fixes

TYPO = Finding(
    "s.sh", 2, 28, 2, 37, "error", "option.unknown", "--regiosn: unknown option",
    fix=Fix("Replace with --region", (Edit(2, 28, 2, 37, "--region"),)),
)  # fmt: skip
NO_FIX = Finding("s.sh", 1, 1, 1, 4, "warning", "r", "m")


def _to_client(line: int, column: int) -> types.Position:
    return types.Position(line, column)


def _range(line: int, start: int, end: int) -> types.Range:
    return types.Range(types.Position(line, start), types.Position(line, end))


def test_a_fix_is_offered_where_its_finding_is() -> None:
    (action,) = quick_fixes("file:///s.sh", [TYPO, NO_FIX], _range(1, 30, 30), _to_client)
    assert action.title == "Replace with --region"
    assert action.kind == types.CodeActionKind.QuickFix and action.is_preferred
    assert action.edit is not None and action.edit.changes is not None
    assert action.edit.changes["file:///s.sh"] == [
        types.TextEdit(range=_range(1, 27, 36), new_text="--region")
    ]
    assert action.diagnostics is not None and action.diagnostics[0].code == "option.unknown"


def test_nothing_is_offered_elsewhere_or_without_a_fix() -> None:
    assert quick_fixes("file:///s.sh", [TYPO, NO_FIX], _range(0, 0, 5), _to_client) == []
    unsafe = Finding(**{**TYPO.__dict__, "fix": Fix("x", TYPO.fix.edits, safe=False)})  # type: ignore[union-attr]
    (action,) = quick_fixes("file:///s.sh", [unsafe], _range(1, 0, 80), _to_client)
    assert not action.is_preferred
