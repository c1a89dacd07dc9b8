"""Precision and recall of `ec2shorthand lint` on the real corpus in tests/data/real/.

Run from the repository root: ``python bench/real_corpus.py``. It counts the files and the
``aws`` commands the linter reads, and takes the verdicts from the hand triage
(``TRIAGE.tsv``: every finding, right or wrong; ``MISSED.tsv``: the real mistakes it does not
report). tests/lint/test_real_corpus.py keeps the triage equal to what the linter reports, so
these figures are those of the code they are run on. Prints the Markdown for
bench/RESULTS-lint.md ("Real corpus").
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ec2shorthand.lint.commands import find_aws_commands  # noqa: E402
from ec2shorthand.lint.config import LintConfig  # noqa: E402
from ec2shorthand.lint.discover import discover  # noqa: E402
from ec2shorthand.lint.extract import snippets_of  # noqa: E402
from ec2shorthand.lint.shell import parse_commands  # noqa: E402

# The stored names carry an owner__repository__ prefix, which hides the names the linter reads
# Makefiles and Dockerfiles by: give those back their kind, as under their original names.
ORIGINAL_NAMES = {"make/*": "makefile", "docker/*": "dockerfile"}
CORPUS = ROOT / "tests" / "data" / "real"


def _rows(name: str) -> list[dict[str, str]]:
    with open(CORPUS / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _read_counts() -> tuple[int, int, int]:
    """(files in the corpus, files the linter reads, aws commands it finds in them)."""
    config = LintConfig(root=CORPUS, kinds=ORIGINAL_NAMES)
    read = discover([str(CORPUS)], config).files
    commands = 0
    for path, kind in read:
        text = path.read_text(encoding="utf-8", errors="replace")
        for snippet in snippets_of(kind, text):
            if "aws" in snippet.text:
                commands += len(find_aws_commands(parse_commands(snippet), config.wrappers))
    return len(_rows("MANIFEST.tsv")), len(read), commands


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}% ({part}/{whole})" if whole else "n/a (0/0)"


def main() -> None:
    files, read, commands = _read_counts()
    triage = _rows("TRIAGE.tsv")
    missed = _rows("MISSED.tsv")
    verdicts = Counter((row["severity"], row["verdict"]) for row in triage)
    print(f"- files: {files} ({read} of them read by the linter); aws commands found: {commands}")
    print("\n| severity | findings | right | wrong | precision |\n|---|---:|---:|---:|---:|")
    for severity in ("error", "warning", "note"):
        right, wrong = verdicts[severity, "right"], verdicts[severity, "wrong"]
        if right + wrong:
            share = _percent(right, right + wrong)
            print(f"| {severity} | {right + wrong} | {right} | {wrong} | {share} |")
    # A real mistake is a line; the shell.* rules report shell mistakes, the others CLI ones.
    # Notes are not mistakes (a placeholder in documentation is for the reader to fill in).
    found = {
        (row["file"], row["line"]): "shell" if row["rule"].startswith("shell.") else "cli"
        for row in triage
        if row["verdict"] == "right" and row["severity"] != "note"
    }
    found_scope = Counter(found.values())
    missed_scope = Counter(row["scope"] for row in missed)
    print("\n| real mistakes | reported | missed | recall |\n|---|---:|---:|---:|")
    for scope in ("cli", "shell"):
        hit, miss = found_scope[scope], missed_scope[scope]
        print(f"| {scope} | {hit} | {miss} | {_percent(hit, hit + miss)} |")
    total_hit, total_miss = len(found), len(missed)
    print(f"| all | {total_hit} | {total_miss} | {_percent(total_hit, total_hit + total_miss)} |")
    wrong = Counter(row["cause"] for row in triage if row["verdict"] == "wrong")
    print("\n| cause of the wrong findings | count |\n|---|---:|")
    for why, count in wrong.most_common():
        print(f"| {why} | {count} |")


if __name__ == "__main__":
    main()
