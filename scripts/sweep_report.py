"""ec2shorthand's verdicts on cached oracle records: counts per service, report, mismatches."""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from differential import AGREEMENT, CLASSES, Ours, classify, ours, validate_agrees
from example_pages import Example

__all__ = ["Summary", "compare", "write_outputs"]

_LEGEND = """\
"validate agrees": where botocore judged built parameters (oracle status sent or
validation-error) and ec2shorthand built them too, `validate=True` accepted exactly when the
CLI sent the request. "of which own rules only": the refusals that name only ec2shorthand's own
rules (not `model.*`), which botocore does not check by design.
"""
_ORACLE_FIELDS = ("status", "params", "exit_code", "error_type", "command_class", "stderr")


@dataclass
class Summary:
    version: str
    verdicts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    validation: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    statuses: Counter[str] = field(default_factory=Counter)
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def table(self) -> str:
        """A markdown table: one row per service, a column per verdict that occurs."""
        columns = [name for name in CLASSES if any(c[name] for c in self.verdicts.values())]
        validation = ["validate agrees", "validate disagrees", "of which own rules only"]
        head = ["service", "commands", *columns, *validation]
        rows = [head, ["---"] * len(head)]
        total: Counter[str] = Counter()
        total_validation: Counter[str] = Counter()
        for service in sorted(self.verdicts):
            counts, validation = self.verdicts[service], self.validation[service]
            total.update(counts)
            total_validation.update(validation)
            rows.append(_row(service, counts, validation, columns))
        rows.append(_row("**all**", total, total_validation, columns))
        return "\n".join("| " + " | ".join(row) + " |" for row in rows)

    def markdown(self) -> str:
        """The whole report: oracle statuses, then the table, with what its columns mean."""
        commands = sum(self.statuses.values())
        statuses = "\n".join(f"| {name} | {count} |" for name, count in self.statuses.most_common())
        return (
            f"# AWS CLI example pages: ec2shorthand against the AWS CLI\n\n"
            f"awscli {self.version}; {commands} cached example commands compared in "
            f"{self.seconds:.1f} s; {len(self.mismatches)} lines in the mismatch file.\n\n"
            f"## The oracle's statuses\n\n| status | commands |\n| --- | --- |\n{statuses}\n\n"
            f"## Verdicts per service\n\n{self.table()}\n\n{_LEGEND}"
        )


def _row(
    name: str, counts: Counter[str], validation: Counter[str], columns: list[str]
) -> list[str]:
    cells = [str(counts[column] or "") for column in columns]
    agree = [str(validation[name] or "") for name in ("agrees", "disagrees", "own rules only")]
    return [name, str(sum(counts.values())), *cells, *agree]


def compare(
    pairs: Iterable[tuple[Example, Mapping[str, Any]]], version: str, cli_version: int = 1
) -> Summary:
    """Ask ec2shorthand about every (example, oracle record) pair; no oracle runs."""
    started = time.perf_counter()
    summary = Summary(version)
    for example, record in pairs:
        outcome = ours(example.service, example.operation, example.argv, cli_version=cli_version)
        verdict = classify(record, outcome)
        agrees = validate_agrees(record, outcome)
        summary.statuses[record["status"]] += 1
        summary.verdicts[example.service][verdict] += 1
        if agrees is not None:
            summary.validation[example.service]["agrees" if agrees else "disagrees"] += 1
            if not agrees and outcome.refused_by_own_rules_only:
                summary.validation[example.service]["own rules only"] += 1
        if verdict not in AGREEMENT or agrees is False:
            summary.mismatches.append(_mismatch(example, record, outcome, verdict, agrees))
    summary.seconds = time.perf_counter() - started
    return summary


def _mismatch(
    example: Example, record: Mapping[str, Any], outcome: Ours, verdict: str, agrees: bool | None
) -> dict[str, Any]:
    return {
        "class": verdict,
        "validate_agrees": agrees,
        "page": example.page,
        "line": example.line,
        "service": example.service,
        "operation": example.operation,
        "argv": example.argv,
        "caveats": list(example.caveats),
        "oracle": {name: record.get(name) for name in _ORACLE_FIELDS},
        "ours": outcome.to_json(),
    }


def write_outputs(summary: Summary, report: Path, mismatches: Path) -> None:
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(summary.markdown(), encoding="utf-8")
    mismatches.parent.mkdir(parents=True, exist_ok=True)
    with mismatches.open("w", encoding="utf-8") as lines:
        for mismatch in summary.mismatches:
            lines.write(json.dumps(mismatch, ensure_ascii=False) + "\n")
