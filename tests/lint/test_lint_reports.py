"""The four output formats: text, JSON, SARIF (valid against the OASIS schema) and GitHub."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from ec2shorthand._report import Finding, render_github, render_json, render_sarif, render_text
from ec2shorthand.lint import LintConfig, lint_paths
from ec2shorthand.lint.rules import LINT_RULES

DATA = Path(__file__).parent / "data"
FINDING = Finding(
    "scripts/open.sh",
    2,
    5,
    2,
    8,
    "error",
    "ec2.port-all-tcp",
    "--port all means port -1",
    "use 0-65535",
)
LINE = "  --port all --cidr 0.0.0.0/0"


def line_of(path: str, line: int) -> str:
    return LINE


def test_text() -> None:
    assert render_text([FINDING], line_of) == (
        "scripts/open.sh:2:5: error[ec2.port-all-tcp] --port all means port -1\n"
        "    --port all --cidr 0.0.0.0/0\n"
        "      ^^^\n"
        "  hint: use 0-65535\n"
    )


def test_text_keeps_tabs_in_the_caret_line() -> None:
    finding = Finding("Makefile", 3, 3, 3, 4, "warning", "shell.glob", "m")
    assert (
        render_text([finding], lambda p, n: "\t x*")
        == "Makefile:3:3: warning[shell.glob] m\n  \t x*\n  \t ^\n"
    )


def test_json() -> None:
    (item,) = json.loads(render_json([FINDING]))
    assert item == {
        "path": "scripts/open.sh",
        "line": 2,
        "column": 5,
        "end_line": 2,
        "end_column": 8,
        "severity": "error",
        "rule": "ec2.port-all-tcp",
        "message": "--port all means port -1",
        "hint": "use 0-65535",
        # One shape with validate's findings: a file's finding has no command-line keys.
        "member": None,
        "option": None,
        "item": None,
        "fix": None,
    }


def test_github() -> None:
    finding = Finding("a,b:c.sh", 1, 2, 1, 3, "note", "r.x", "50% done\nnext")
    assert render_github([finding, FINDING]) == (
        "::notice file=a%2Cb%3Ac.sh,line=1,col=2,endLine=1,endColumn=3,"
        "title=ec2shorthand r.x::[r.x] 50%25 done%0Anext\n"
        "::error file=scripts/open.sh,line=2,col=5,endLine=2,endColumn=8,"
        "title=ec2shorthand ec2.port-all-tcp::[ec2.port-all-tcp] --port all means port -1 "
        "(hint: use 0-65535)\n"
    )


@pytest.fixture(scope="module")
def sarif_schema() -> dict[str, object]:
    schema: dict[str, object] = json.loads((DATA / "sarif-schema-2.1.0.json").read_text())
    return schema


def test_sarif_of_a_real_run_is_valid(sarif_schema: dict[str, object]) -> None:
    run = lint_paths([str(DATA / "repo")], LintConfig(root=DATA / "repo"))
    assert len(run.findings) >= 7
    log = json.loads(render_sarif(run.findings, run.rules(), run.line_of, "1.0"))
    jsonschema.Draft4Validator(sarif_schema).validate(log)
    (sarif_run,) = log["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert {rule["id"] for rule in rules} >= set(LINT_RULES) | {"cidr.ipv4", "option.unknown"}
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["help"]["text"]
    for result in sarif_run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert list(result["partialFingerprints"]) == ["ec2shorthandLineHash/v1"]


def test_sarif_fingerprints_survive_moved_lines_and_tell_repeats_apart() -> None:
    def fingerprints(findings: list[Finding]) -> list[str]:
        log = json.loads(render_sarif(findings, dict(LINT_RULES), line_of, "1"))
        return [
            r["partialFingerprints"]["ec2shorthandLineHash/v1"] for r in log["runs"][0]["results"]
        ]

    moved = Finding(**{**FINDING.__dict__, "line": 40, "end_line": 40})
    assert fingerprints([FINDING]) == fingerprints([moved])
    first, second = fingerprints([FINDING, moved])
    assert first != second and first.split(":")[0] == second.split(":")[0]


def test_sarif_paths_are_uris() -> None:
    finding = Finding(**{**FINDING.__dict__, "path": "docs/my guide.md"})
    log = json.loads(render_sarif([finding], dict(LINT_RULES), line_of, "1"))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "docs/my%20guide.md", "uriBaseId": "%SRCROOT%"}


@pytest.mark.parametrize(
    ("line", "column", "end", "expected"),
    [
        # Wide East Asian characters take two columns, the caret goes under both.
        ("名前=日本 --x", 4, 6, "  名前=日本 --x\n       ^^^^"),
        # A combining accent takes none: the caret stays under the letter after it.
        ("e\u0301e\u0301 x", 6, 7, "  e\u0301e\u0301 x\n     ^"),
        # An escape sequence is shown as its escape, as wide as that text.
        ("a\x1b[2Jb c", 8, 9, "  a\\x1b[2Jb c\n            ^"),
        # A CRLF file's line ending is not shown.
        ("ab c\r", 4, 5, "  ab c\n     ^"),
    ],
)
def test_carets_by_display_width(line: str, column: int, end: int, expected: str) -> None:
    finding = Finding("f.sh", 1, column, 1, end, "note", "r.x", "m")
    assert (
        render_text([finding], lambda p, n: line) == f"f.sh:1:{column}: note[r.x] m\n{expected}\n"
    )


def test_text_escapes_controls_in_the_path_message_and_hint() -> None:
    finding = Finding("a\x1b[2J.sh", 1, 1, 1, 2, "error", "r.x", "bad \u202evalue", "use \x07")
    out = render_text([finding], lambda p, n: "x")
    assert out == "a\\x1b[2J.sh:1:1: error[r.x] bad \\u202evalue\n  x\n  ^\n  hint: use \\x07\n"


def test_colour_only_when_asked() -> None:
    plain = render_text([FINDING], line_of)
    coloured = render_text([FINDING], line_of, color=True)
    assert "\x1b[" not in plain
    assert "\x1b[1;31merror\x1b[0m\x1b[2m[ec2.port-all-tcp]\x1b[0m" in coloured
    assert (
        coloured.replace("\x1b[0m", "")
        .replace("\x1b[1;31m", "")
        .replace("\x1b[2m", "")
        .replace("\x1b[1m", "")
        == plain
    )


def test_github_escapes_controls_in_the_message() -> None:
    finding = Finding("a.sh", 1, 1, 1, 2, "error", "r.x", "\x1b]0;t\x07 two\nlines")
    assert render_github([finding]).endswith("::[r.x] \\x1b]0;t\\x07 two%0Alines\n")
