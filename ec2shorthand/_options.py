"""The command-line options of an operation, as the AWS CLI builds its argument table.

Most come from the operation's JSON Schema: each top-level property becomes
an option named the way the AWS CLI names it (``IpPermissions`` ->
``--ip-permissions``), booleans a ``--flag``/``--no-flag`` pair. The AWS CLI
adds its own: the simplified rule options of the security-group commands,
``--cli-input-json`` (and, from AWS CLI v2, ``--cli-input-yaml``) and
``--generate-cli-skeleton``. The global options (``--region``, ...) may
stand among them too.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._schemas import load_schema, resolved
from ._secgroup import SIMPLIFIED_OPERATIONS, SIMPLIFIED_OPTIONS

__all__ = ["GLOBAL_OPTIONS", "GlobalOption", "Kind", "Option", "cli_name", "options_for"]

# A hyphen goes where a lower-case letter or digit meets a capital
# (GroupId -> group-id), and inside a run of capitals before a word (ABCDef -> abc-def).
_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

SKELETON_FORMATS = ("input", "output", "yaml-input")


class Kind(enum.Enum):
    """How an option's command-line text becomes part of the request."""

    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    FLAG = "boolean"
    SCALAR_LIST = "list of scalars"  # --ids a b c, or one JSON list
    STRUCTURED = "structure or list of structures"  # shorthand or JSON
    RULE = "simplified rule option"  # --protocol, --port, ... (see _secgroup)
    INPUT_JSON = "whole request as JSON"
    INPUT_YAML = "whole request as YAML"
    SKELETON = "skeleton request"


@dataclass(frozen=True)
class Option:
    """One option of an operation: ``--name``, for the request member ``member`` if it has one."""

    name: str
    kind: Kind
    member: str | None = None
    schema: Mapping[str, Any] = field(default_factory=dict)
    required: bool = False

    @property
    def takes_many(self) -> bool:
        """Whether the option takes several space-separated values (lists)."""
        return (
            self.kind in (Kind.SCALAR_LIST, Kind.STRUCTURED) and self.schema.get("type") == "array"
        )


@dataclass(frozen=True)
class GlobalOption:
    """An option of the ``aws`` command itself: accepted anywhere, no part of the request."""

    name: str
    takes_value: bool = True
    choices: tuple[str, ...] | None = None
    integer: bool = False


# The AWS CLI v1's global options (awscli/data/cli.json), which it also reads
# after the operation name.
GLOBAL_OPTIONS = (
    GlobalOption("debug", takes_value=False),
    GlobalOption("endpoint-url"),
    GlobalOption("no-verify-ssl", takes_value=False),
    GlobalOption("no-paginate", takes_value=False),
    GlobalOption("output", choices=("json", "text", "table")),
    GlobalOption("query"),
    GlobalOption("profile"),
    GlobalOption("region"),
    GlobalOption("version", takes_value=False),
    GlobalOption("color", choices=("on", "off", "auto")),
    GlobalOption("no-sign-request", takes_value=False),
    GlobalOption("ca-bundle"),
    GlobalOption("cli-read-timeout", integer=True),
    GlobalOption("cli-connect-timeout", integer=True),
    GlobalOption("v2-debug", takes_value=False),
)


def cli_name(member: str) -> str:
    """The AWS CLI's option name for a request member: ``DryRun`` -> ``dry-run``."""
    return _WORD_BOUNDARY.sub("-", member).lower()


@functools.cache
def options_for(operation: str) -> tuple[Option, ...]:
    """The options of ``operation``, in the AWS CLI's argument-table order."""
    schema = load_schema(operation)
    required = set(schema.get("required", ()))
    options = [
        Option(
            cli_name(member),
            _kind(member_schema, schema),
            member,
            member_schema,
            member in required,
        )
        for member, member_schema in schema["properties"].items()
    ]
    if operation in SIMPLIFIED_OPERATIONS:
        options += [Option(name, Kind.RULE) for name in SIMPLIFIED_OPTIONS]
    options += [
        Option("cli-input-json", Kind.INPUT_JSON),
        Option("cli-input-yaml", Kind.INPUT_YAML),
        Option("generate-cli-skeleton", Kind.SKELETON),
    ]
    return tuple(options)


def _kind(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Kind:
    schema = resolved(schema, root)
    declared = schema.get("type")
    if declared == "array":
        items = resolved(schema.get("items", {}), root)
        return Kind.STRUCTURED if items.get("type") in ("object", "array") else Kind.SCALAR_LIST
    if declared == "object":
        return Kind.STRUCTURED
    return {
        "integer": Kind.INTEGER,
        "number": Kind.NUMBER,
        "boolean": Kind.FLAG,
    }.get(str(declared), Kind.STRING)
