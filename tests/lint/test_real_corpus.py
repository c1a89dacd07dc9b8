"""The linter on real files from public repositories, against a triage done by hand.

``tests/data/real/`` holds files that contain ``aws`` commands, copied unchanged from public
repositories (``MANIFEST.tsv`` says where each one comes from, at which commit).
``TRIAGE.tsv`` lists every finding the linter reports on them, each judged right or wrong by
hand (bash for the words, the AWS CLI itself for the meaning); ``MISSED.tsv`` lists the real
mistakes in them that the linter does not report. The figures in ``bench/RESULTS-lint.md``
("Real corpus") are counted from these two files.

The findings must equal the triaged set exactly: a new finding or a vanished one fails and is
named, so a change to the linter cannot move the figures without someone re-judging them.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

from ec2shorthand.lint.config import LintConfig
from ec2shorthand.lint.run import lint_paths

# The stored names carry an owner__repository__ prefix, which hides the names the linter reads
# Makefiles and Dockerfiles by: give those back their kind, as under their original names.
ORIGINAL_NAMES = {"make/*": "makefile", "docker/*": "dockerfile"}
CORPUS = Path(__file__).resolve().parent.parent / "data" / "real"
BOOKKEEPING = {"MANIFEST.tsv", "TRIAGE.tsv", "MISSED.tsv"}
Key = tuple[str, int, str, str]


def _rows(name: str) -> list[dict[str, str]]:
    with open(CORPUS / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _corpus_files() -> set[str]:
    return {
        path.relative_to(CORPUS).as_posix()
        for path in CORPUS.rglob("*")
        if path.is_file() and path.name not in BOOKKEEPING
    }


@cache
def _findings() -> Counter[Key]:
    run = lint_paths([str(CORPUS)], LintConfig(root=CORPUS, kinds=ORIGINAL_NAMES))
    return Counter(
        (Path(f.path).resolve().relative_to(CORPUS).as_posix(), f.line, f.rule, f.severity)
        for f in run.findings
    )


def _triaged() -> Counter[Key]:
    return Counter(
        (row["file"], int(row["line"]), row["rule"], row["severity"]) for row in _rows("TRIAGE.tsv")
    )


def test_every_file_is_in_the_manifest_and_every_manifest_row_is_a_file() -> None:
    rows = _rows("MANIFEST.tsv")
    listed = [row["file"] for row in rows]
    assert len(listed) == len(set(listed)), "a file is listed twice"
    files = _corpus_files()
    assert sorted(files - set(listed)) == [], "files missing from MANIFEST.tsv"
    assert sorted(set(listed) - files) == [], "MANIFEST.tsv rows without a file"
    assert len(files) >= 300


def test_manifest_rows_name_their_source() -> None:
    per_repository: Counter[str] = Counter()
    for row in _rows("MANIFEST.tsv"):
        kind, name = row["file"].split("/", 1)
        owner, repository = row["repository"].split("/")
        assert kind == row["kind"], row["file"]
        assert name == f"{owner}__{repository}__" + row["path"].replace("/", "__"), row["file"]
        assert re.fullmatch("[0-9a-f]{40}", row["commit"]), row["file"]
        assert (CORPUS / row["file"]).stat().st_size <= 200_000, row["file"]
        per_repository[row["repository"]] += 1
    assert max(per_repository.values()) <= 10, per_repository.most_common(3)


def test_the_findings_are_exactly_the_triaged_ones() -> None:
    found, triaged = _findings(), _triaged()
    new = sorted((found - triaged).elements())
    vanished = sorted((triaged - found).elements())
    assert new == [], f"findings not yet triaged (judge them, add them to TRIAGE.tsv): {new}"
    assert vanished == [], f"triaged findings the linter no longer reports: {vanished}"


def test_every_triage_row_has_a_verdict_a_reason_and_a_cause_if_wrong() -> None:
    for row in _rows("TRIAGE.tsv"):
        assert row["verdict"] in {"right", "wrong"}, row
        assert row["severity"] in {"error", "warning", "note"}, row
        assert row["why"].strip(), row
        assert bool(row["cause"].strip()) == (row["verdict"] == "wrong"), row


def test_missed_mistakes_point_at_real_lines_without_a_right_finding() -> None:
    right = {
        (r["file"], int(r["line"]))
        for r in _rows("TRIAGE.tsv")
        if r["verdict"] == "right" and r["severity"] != "note"
    }
    for row in _rows("MISSED.tsv"):
        lines = (CORPUS / row["file"]).read_text(encoding="utf-8").splitlines()
        line = int(row["line"])
        assert 1 <= line <= len(lines), row
        assert "aws" in "\n".join(lines[max(0, line - 8) : line + 1]), row
        assert row["scope"] in {"cli", "shell"}, row
        assert row["why"].strip(), row
        assert (row["file"], line) not in right, f"the linter reports this one: {row}"
