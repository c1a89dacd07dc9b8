"""Findings as GitHub Actions workflow commands: ``::error file=...,line=...::message``."""

from __future__ import annotations

from collections.abc import Iterable

from .._core.text import escape_controls
from .finding import Finding

__all__ = ["render_github"]

_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(findings: Iterable[Finding]) -> str:
    lines = []
    for f in findings:
        properties = ",".join(
            [
                f"file={_property(f.path)}",
                f"line={f.line}",
                f"col={f.column}",
                f"endLine={f.end_line}",
                f"endColumn={f.end_column}",
                f"title={_property(f'ec2shorthand {f.rule}')}",
            ]
        )
        message = f"[{f.rule}] {f.message}" + (f" (hint: {f.hint})" if f.hint else "")
        # A log is read on a terminal too: the message's control characters are escaped.
        shown = _data(escape_controls(message, keep_newlines=True))
        lines.append(f"::{_LEVEL[f.severity]} {properties}::{shown}\n")
    return "".join(lines)
