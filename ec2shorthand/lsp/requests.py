"""Request files: ``--cli-input-json``/``--cli-input-yaml`` documents, read as the AWS CLI does.

A document names its operation in one of three ways (:func:`request_target`):

* a JSON ``"$schema"`` member holding the ``$id`` of ``ec2shorthand schema
  SERVICE OPERATION`` (``urn:ec2shorthand:schema:ec2:describe-instances``) or a
  path to a file that ``ec2shorthand schema`` wrote. The member is no member of
  the request: it is blanked out (same length, so every position stays) before
  the document is read. The AWS CLI refuses it, so such a file is the editor's only;
* a YAML language server modeline, ``# yaml-language-server: $schema=...``
  with the same value: a comment, which the AWS CLI v2 reads past;
* its top-level keys, when they fit exactly one operation's input
  (:mod:`.._model.request_shapes`): a file that runs with the AWS CLI as it is.

JSON is read as ``--cli-input-json`` by the target CLI version; YAML as
``--cli-input-yaml``, which only the AWS CLI v2 has.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .._awscli.command import read_command
from .._core.diagnostics import Diagnostic
from .._core.errors import OutOfScopeError, ShorthandError
from .._core.location import Location
from .._core.text import line_and_column
from .._core.version import CliVersion
from .._model.request_shapes import operations_shaped_like
from .._report.finding import Finding, Severity
from .._syntax.documents import load_json, load_yaml

__all__ = [
    "RequestTarget",
    "half_typed",
    "request_findings",
    "request_syntax",
    "request_target",
]

Syntax = Literal["json", "yaml"]

_URN = re.compile(
    r"urn:ec2shorthand:schema:(?:(?P<service>[a-z0-9.-]+):)?(?P<operation>[a-z0-9-]+)"
)
_JSON_SCHEMA = re.compile(r'"\$schema"\s*:\s*"(?P<value>[^"\\]*)"\s*,?')
_MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(?P<value>\S+)", re.MULTILINE)
_YAML_SUFFIXES = (".yaml", ".yml")
# A schema file named by path is read only if it is this small (ours are far smaller).
_MOST_SCHEMA_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class RequestTarget:
    """The operation a request document is for, and how the AWS CLI reads the document."""

    service: str
    operation: str
    syntax: Syntax
    named: bool  # named by ``$schema`` or a modeline (not found from the keys)


def request_syntax(path: str, language_id: str | None) -> Syntax | None:
    """``json`` or ``yaml`` for a document that may be a request file, else None."""
    if path.endswith(_YAML_SUFFIXES) or language_id == "yaml":
        return "yaml"
    if path.endswith(".json") or language_id in ("json", "jsonc"):
        return "json"
    return None


def request_target(
    text: str, path: str, language_id: str | None, version: CliVersion
) -> RequestTarget | None:
    """The operation a request document names (or its keys show), or None."""
    syntax = request_syntax(path, language_id)
    folder = Path(path).parent if path else None
    found = (_JSON_SCHEMA if syntax != "yaml" else _MODELINE).search(text)
    if found is not None:
        named = _target(found.group("value"), folder)
        if named is not None:
            return RequestTarget(*named, syntax or "json", named=True)
    if syntax is None:
        return None
    keys = _top_level_keys(text, syntax)
    targets = operations_shaped_like(keys, version, Path(path).name) if keys else []
    if len(targets) != 1:
        return None  # none, or ambiguous: no guess
    return RequestTarget(*targets[0], syntax, named=False)


def half_typed(text: str, path: str, language_id: str | None) -> bool:
    """Whether a JSON/YAML document cannot be read now (typing is under way in it)."""
    syntax = request_syntax(path, language_id)
    if syntax is None:
        return False
    try:
        load_yaml(text) if syntax == "yaml" else load_json(text)
    except ShorthandError:
        return True
    return False


def _top_level_keys(text: str, syntax: Syntax) -> list[str]:
    try:
        loaded = load_yaml(text) if syntax == "yaml" else load_json(text)
    except ShorthandError:
        return []
    return [str(key) for key in loaded] if isinstance(loaded, dict) else []


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


def request_findings(
    path: str, text: str, target: RequestTarget, version: CliVersion
) -> list[Finding]:
    """What the AWS CLI would refuse or the request's checks report, placed in the document."""
    if target.syntax == "yaml":
        option, read, version = "--cli-input-yaml", text, 2  # only v2 reads YAML
    else:
        option = "--cli-input-json"
        read = _JSON_SCHEMA.sub(lambda m: " " * len(m.group()), text, count=1)
    try:
        result = read_command(
            target.operation,
            [option, read],
            service=target.service,
            cli_version=version,
            validate=True,
            files=None,
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
