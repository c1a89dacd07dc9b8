"""Applying findings' fixes: only the edited spans change, overlapping fixes wait a pass."""

from __future__ import annotations

from ec2shorthand._report.finding import Edit, Finding, Fix
from ec2shorthand.lint.fixing import apply_fixes, fix_text, unified_diff

TEXT = "aws ec2 x --a 1\naws ec2 y --b 2\n"


def _fix(line: int, column: int, end_column: int, text: str, safe: bool = True) -> Fix:
    return Fix("replace", (Edit(line, column, line, end_column, text),), safe)


def test_edits_change_only_their_spans() -> None:
    fixed, applied = apply_fixes(TEXT, [_fix(1, 13, 14, "X"), _fix(2, 15, 16, "'2'")])
    assert fixed == "aws ec2 x --X 1\naws ec2 y --b '2'\n"
    assert applied == 2


def test_an_overlapping_fix_waits() -> None:
    fixed, applied = apply_fixes(TEXT, [_fix(1, 9, 14, "z --c"), _fix(1, 13, 14, "X")])
    assert (fixed, applied) == ("aws ec2 z --c 1\naws ec2 y --b 2\n", 1)


def test_fixing_runs_until_nothing_is_left_and_unsafe_fixes_wait_to_be_asked() -> None:
    def lint(text: str) -> list[Finding]:
        found = []
        if "--a" in text:
            found.append(Finding("f", 1, 11, 1, 14, "error", "r", "m", fix=_fix(1, 11, 14, "--b")))
        if "--b 1" in text:
            fix = _fix(1, 15, 16, "2", safe=False)
            found.append(Finding("f", 1, 15, 1, 16, "error", "s", "m", fix=fix))
        return found

    safe = fix_text(TEXT, lint)
    assert (safe.text.splitlines()[0], safe.applied, [f.rule for f in safe.remaining]) == (
        "aws ec2 x --b 1",
        1,
        ["s"],
    )
    everything = fix_text(TEXT, lint, unsafe=True)
    assert (everything.text.splitlines()[0], everything.applied, everything.remaining) == (
        "aws ec2 x --b 2",
        2,
        [],
    )


def test_the_diff_is_git_like() -> None:
    diff = unified_diff("s.sh", "a\nb\n", "a\nc\n")
    assert diff.splitlines() == ["--- a/s.sh", "+++ b/s.sh", "@@ -1,2 +1,2 @@", " a", "-b", "+c"]
    assert unified_diff("s.sh", "a", "b").endswith("+b\n\\ No newline at end of file\n")
