"""Findings as a JSON array of objects, one per finding: one shape for lint and validate.

Every object has the same keys. ``path`` is the file the finding is in (null
for a value given on the command line); ``line``, ``column``, ``end_line`` and
``end_column`` are 1-based, the end exclusive, in that file, or in argv item
``item`` of the command line; ``member`` is the request member
(``IpPermissions[0].FromPort``) and ``option`` the option it came from, where
known; ``hint`` is a suggested replacement, or empty; ``fix`` is the repair a
finding carries (``description``, ``safe``, and ``edits``: positions as above,
each with the ``text`` that replaces that span), or null.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from .._core.diagnostics import Diagnostic
from .._core.text import line_and_column
from .finding import Finding

__all__ = ["finding_dict", "render_json"]

# The keys only a command line has: a file's finding has them as null.
_COMMAND_LINE_KEYS = {"member": None, "option": None, "item": None}


def finding_dict(found: Finding | Diagnostic) -> dict[str, Any]:
    """The JSON object of a linted file's finding or of a validated command's diagnostic."""
    if isinstance(found, Finding):
        return {**asdict(found), **_COMMAND_LINE_KEYS}
    location, doc = found.location, found.doc
    start: tuple[int | None, int | None] = (None, None)
    end = start
    if location is not None and doc is not None:
        start = line_and_column(doc, location.start)
        end = line_and_column(doc, location.end)
    return {
        "path": location.file if location is not None else None,
        "line": start[0],
        "column": start[1],
        "end_line": end[0],
        "end_column": end[1],
        "severity": found.severity,
        "rule": found.rule,
        "message": found.message,
        "hint": "",
        "member": found.path if found.steps else None,
        "option": found.option,
        "item": location.item if location is not None else None,
        "fix": None,
    }


def render_json(findings: Iterable[Finding | Diagnostic]) -> str:
    """The findings as a JSON array of objects of one shape (the module's docstring)."""
    objects = [finding_dict(found) for found in findings]
    return json.dumps(objects, indent=2, ensure_ascii=False) + "\n"
