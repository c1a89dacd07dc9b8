"""Findings as SARIF 2.1.0, the format GitHub code scanning takes.

Each rule is described once in the tool's driver (short and full
description, help, default level); each result points at its region and
carries a ``partialFingerprints`` entry that survives lines moving, so code
scanning can follow an alert from one commit to the next. A finding's fix is
its result's ``fixes`` (the same edits ``--fix`` applies; an insertion is an
empty ``deletedRegion``), marked unsafe in its properties where it is.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from .finding import Finding, Fix, RuleDoc

__all__ = ["SARIF_SCHEMA", "render_sarif"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_INFORMATION_URI = "https://pypi.org/project/ec2shorthand/"
_FINGERPRINT = "ec2shorthandLineHash/v1"


def render_sarif(
    findings: Iterable[Finding],
    rules: Mapping[str, RuleDoc],
    line_of: Callable[[str, int], str],
    version: str,
) -> str:
    """A SARIF log of one run; ``rules`` describes every rule the findings name."""
    findings = list(findings)
    import hashlib  # only when SARIF is written: it costs a tenth of the CLI's start

    used = sorted({finding.rule for finding in findings} | set(rules))
    index = {rule: at for at, rule in enumerate(used)}
    seen: Counter[tuple[str, str, str]] = Counter()
    results = []
    for finding in findings:
        line = line_of(finding.path, finding.line).strip()
        key = (finding.rule, finding.path, line)
        seen[key] += 1
        digest = hashlib.sha256("\0".join(key).encode("utf-8", "surrogatepass")).hexdigest()
        results.append(_result(finding, index[finding.rule], f"{digest[:32]}:{seen[key]}"))
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "ec2shorthand",
                        "version": version,
                        "informationUri": _INFORMATION_URI,
                        "rules": [_rule(rules[rule]) for rule in used],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rule(rule: RuleDoc) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.replace("-", ".").split(".")),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "help": {"text": rule.help, "markdown": rule.help},
        "defaultConfiguration": {"level": rule.severity},
        "properties": {"tags": [rule.id.split(".", 1)[0]]},
    }


def _result(finding: Finding, rule_index: int, fingerprint: str) -> dict[str, Any]:
    message = finding.message + (f" (hint: {finding.hint})" if finding.hint else "")
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": finding.severity,
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _artifact(finding.path),
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": finding.end_column,
                    },
                }
            }
        ],
        "partialFingerprints": {_FINGERPRINT: fingerprint},
    }
    if finding.fix is not None:
        result["fixes"] = [_fix(finding.path, finding.fix)]
    return result


def _fix(path: str, fix: Fix) -> dict[str, Any]:
    replacements = [
        {
            "deletedRegion": {
                "startLine": edit.line,
                "startColumn": edit.column,
                "endLine": edit.end_line,
                "endColumn": edit.end_column,
            },
            "insertedContent": {"text": edit.text},
        }
        for edit in fix.edits
    ]
    return {
        "description": {"text": fix.description},
        "artifactChanges": [{"artifactLocation": _artifact(path), "replacements": replacements}],
        "properties": {"safe": fix.safe},
    }


def _artifact(path: str) -> dict[str, str]:
    pure = PurePath(path)
    if pure.is_absolute():
        return {"uri": pure.as_uri()}
    return {"uri": quote(pure.as_posix()), "uriBaseId": "%SRCROOT%"}
