"""The command-line options of an operation, derived from its JSON Schema.

Each top-level property becomes an option the way the AWS CLI names it
(``IpPermissions`` -> ``--ip-permissions``); its kind says how the option's
text becomes a value. Booleans become a ``--flag``/``--no-flag`` pair.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._schemas import load_schema

__all__ = ["Kind", "Option", "cli_name", "options_for"]

# A hyphen goes where a lower-case letter or digit meets a capital
# (GroupId -> group-id), and inside a run of capitals before a word (ABCDef -> abc-def).
_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


class Kind(enum.Enum):
    """How an option's command-line text becomes a request value."""

    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    FLAG = "boolean"
    SCALAR_LIST = "list of scalars"  # --ids a b c, or one JSON list
    STRUCTURED = "structure or list of structures"  # shorthand or JSON


@dataclass(frozen=True)
class Option:
    """One option of an operation: ``--name`` for the request member ``member``."""

    name: str
    member: str
    kind: Kind
    schema: Mapping[str, Any]

    @property
    def takes_many(self) -> bool:
        """Whether the option takes several space-separated values (lists)."""
        return (
            self.kind in (Kind.SCALAR_LIST, Kind.STRUCTURED) and self.schema.get("type") == "array"
        )


def cli_name(member: str) -> str:
    """The AWS CLI's option name for a request member: ``DryRun`` -> ``dry-run``."""
    return _WORD_BOUNDARY.sub("-", member).lower()


@functools.cache
def options_for(operation: str) -> tuple[Option, ...]:
    """The options of ``operation``, in the order of its schema's properties."""
    schema = load_schema(operation)
    return tuple(
        Option(cli_name(member), member, _kind(member_schema, schema), member_schema)
        for member, member_schema in schema["properties"].items()
    )


def _kind(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Kind:
    schema = _resolved(schema, root)
    declared = schema.get("type")
    if declared == "array":
        items = _resolved(schema.get("items", {}), root)
        return Kind.STRUCTURED if items.get("type") in ("object", "array") else Kind.SCALAR_LIST
    if declared == "object":
        return Kind.STRUCTURED
    return {
        "integer": Kind.INTEGER,
        "number": Kind.NUMBER,
        "boolean": Kind.FLAG,
    }.get(str(declared), Kind.STRING)


def _resolved(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a local ``#/$defs/Name`` reference (the only kind the bundled schemas use)."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        resolved: Mapping[str, Any] = root["$defs"][ref.removeprefix("#/$defs/")]
        return resolved
    return schema
