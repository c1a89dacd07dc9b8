"""Load the JSON Schemas bundled with ec2shorthand.

The schemas are generated from botocore's EC2 API model by
``scripts/generate_schemas.py`` and shipped as package data in
``ec2shorthand.schemas``, so neither botocore nor the AWS CLI is needed at run
time. Each operation has a request schema (``<operation>.json``) and a
response schema (``<operation>.output.json``); property order in both follows
the API model, and the parser relies on it to emit keys in that order.
"""

from __future__ import annotations

import difflib
import functools
import json
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

from ec2shorthand._errors import UnknownOperationError

__all__ = ["OPERATIONS", "in_schema_order", "load_output_schema", "load_schema", "resolved"]

# The AWS CLI names of the operations with a bundled schema; the generator's
# API_OPERATIONS lists the same operations in the same order.
OPERATIONS: tuple[str, ...] = (
    "authorize-security-group-ingress",
    "authorize-security-group-egress",
    "revoke-security-group-ingress",
    "revoke-security-group-egress",
    "update-security-group-rule-descriptions-ingress",
    "update-security-group-rule-descriptions-egress",
)

_PACKAGE = "ec2shorthand.schemas"


@functools.cache
def load_schema(operation: str) -> dict[str, Any]:
    """The request schema of ``operation``, an AWS CLI name (``revoke-security-group-ingress``).

    The result is cached and shared between callers: do not mutate it.

    Raises:
        UnknownOperationError: no schema is bundled for ``operation``.
    """
    return _load(operation, f"{operation}.json")


@functools.cache
def load_output_schema(operation: str) -> dict[str, Any]:
    """The response schema of ``operation`` (cached and shared like :func:`load_schema`).

    Raises:
        UnknownOperationError: no schema is bundled for ``operation``.
    """
    return _load(operation, f"{operation}.output.json")


def _load(operation: str, file_name: str) -> dict[str, Any]:
    # Check the name against OPERATIONS rather than catching FileNotFoundError:
    # a name like "../x" must never reach the file system, and a missing file
    # for a known operation is a packaging bug that should surface as such.
    if operation not in OPERATIONS:
        raise UnknownOperationError(_unknown_message(operation))
    text = files(_PACKAGE).joinpath(file_name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _unknown_message(operation: str) -> str:
    known = ", ".join(OPERATIONS)
    matches = difflib.get_close_matches(operation, OPERATIONS, n=1)
    hint = f" (did you mean {matches[0]!r}?)" if matches else ""
    return f"unknown operation {operation!r}{hint}; known operations: {known}"


def resolved(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a local ``#/$defs/Name`` reference (the only kind the bundled schemas use)."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        target: Mapping[str, Any] = root["$defs"][ref.removeprefix("#/$defs/")]
        return target
    return schema


def in_schema_order(value: Any, schema: Mapping[str, Any], root: Mapping[str, Any]) -> Any:
    """``value`` with every structure's members in the schema's order (unknown ones after).

    Values are left as they are; only where the schema describes a structure
    are its keys reordered, so the walk is as deep as the schema, no deeper.
    """
    schema = resolved(schema, root)
    if isinstance(value, dict) and "properties" in schema:
        properties = schema["properties"]
        ordered = {
            name: in_schema_order(value[name], sub, root)
            for name, sub in properties.items()
            if name in value
        }
        ordered.update((name, member) for name, member in value.items() if name not in ordered)
        return ordered
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        return [in_schema_order(item, schema["items"], root) for item in value]
    return value
