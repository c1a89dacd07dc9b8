"""Findings as a JSON array of objects, one per finding."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict

from .finding import Finding

__all__ = ["render_json"]


def render_json(findings: Iterable[Finding]) -> str:
    """``[{"path", "line", "column", "end_line", "end_column", "severity", "rule", ...}]``."""
    return (
        json.dumps([asdict(finding) for finding in findings], indent=2, ensure_ascii=False) + "\n"
    )
