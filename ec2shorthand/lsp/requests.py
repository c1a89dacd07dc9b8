"""Request files: a ``--cli-input-json`` document checked as the AWS CLI would read it.

A JSON document names its operation with a ``"$schema"`` member that holds the
``$id`` of ``ec2shorthand schema SERVICE OPERATION`` (``urn:ec2shorthand:schema:
ec2:describe-instances``) or a path to a file that ``ec2shorthand schema``
wrote. The ``$schema`` member is no member
of the request: it is blanked out (same length, so every position stays) before
the document is read as ``--cli-input-json``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .._awscli.command import read_command
from .._core.diagnostics import Diagnostic
from .._core.errors import OutOfScopeError, ShorthandError
from .._core.location import Location
from .._core.text import line_and_column
from .._report.finding import Finding, Severity

__all__ = ["request_findings", "request_target"]

_URN = re.compile(
    r"urn:ec2shorthand:schema:(?:(?P<service>[a-z0-9.-]+):)?(?P<operation>[a-z0-9-]+)"
)
_JSON_SCHEMA = re.compile(r'"\$schema"\s*:\s*"(?P<value>[^"\\]*)"\s*,?')
# A schema file named by path is read only if it is this small (ours are far smaller).
_MOST_SCHEMA_BYTES = 8 * 1024 * 1024


def request_target(text: str, folder: Path | None) -> tuple[str, str] | None:
    """The (service, operation) a JSON request document names, or None."""
    found = _JSON_SCHEMA.search(text)
    if found is None:
        return None
    return _target(found.group("value"), folder)


def _target(value: str, folder: Path | None) -> tuple[str, str] | None:
    urn = _URN.search(value)
    if urn is None and folder is not None and not value.startswith(("http:", "https:")):
        urn = _URN.search(_schema_id(folder / value.removeprefix("file://")))
    if urn is None:
        return None
    return urn.group("service") or "ec2", urn.group("operation")


def _schema_id(path: Path) -> str:
    try:
        if not path.is_file() or path.stat().st_size > _MOST_SCHEMA_BYTES:
            return ""
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return str(loaded.get("$id", "")) if isinstance(loaded, dict) else ""


def request_findings(path: str, text: str, target: tuple[str, str]) -> list[Finding]:
    """What the AWS CLI would refuse or the request's checks report, placed in the document."""
    blanked = _JSON_SCHEMA.sub(lambda m: " " * len(m.group()), text, count=1)
    service, operation = target
    try:
        result = read_command(
            operation, ["--cli-input-json", blanked], service=service, validate=True, files=None
        )
    except OutOfScopeError:
        return []
    except ShorthandError as error:
        return [_finding(path, text, "error", error.rule, error.msg, error.location)]
    return [_from_diagnostic(path, text, diagnostic) for diagnostic in result.diagnostics]


def _from_diagnostic(path: str, text: str, diagnostic: Diagnostic) -> Finding:
    message = diagnostic.message
    if diagnostic.path not in ("(the command line)", "(the request)"):
        message = f"{diagnostic.path}: {message}"
    return _finding(path, text, diagnostic.severity, diagnostic.rule, message, diagnostic.location)


def _finding(
    path: str, text: str, severity: Severity, rule: str, message: str, at: Location | None
) -> Finding:
    start, end = (at.start, at.end) if at is not None and at.item == 1 else (0, 0)
    line, column = line_and_column(text, start)
    end_line, end_column = line_and_column(text, max(end, start + 1))
    return Finding(path, line, column, end_line, end_column, severity, rule, message)
