"""Skeleton requests and responses, generated from an operation's schemas.

``input`` is what ``aws ec2 OPERATION --generate-cli-skeleton`` prints: every
member, in model order, with a placeholder of its type ("" for strings, 0
for numbers, true for booleans, null for blobs, one item per list). An enum's placeholder is
its first value (the AWS CLI picks one at random). ``output`` is the sample
response of ``--generate-cli-skeleton output``, whose strings hold their
member's name. ``yaml-input`` is the input skeleton as YAML, as AWS CLI v2
offers it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .operation import Operation
from .resolve import resolved

__all__ = ["SKELETON_KINDS", "render_skeleton", "skeleton"]

SKELETON_KINDS = ("input", "output", "yaml-input")

_NUMBERS = {"integer": 0, "number": 0.0, "boolean": True}
# A timestamp's placeholder, as the AWS CLI writes the epoch (its schema type is
# "string or number", which has no placeholder of its own).
_EPOCH = "1970-01-01T00:00:00"
_MAP_KEY = "KeyName"  # the AWS CLI's sample key of a map


def _placeholder(
    schema: Mapping[str, Any], root: Mapping[str, Any], name: str, *, names: bool, stack: list[str]
) -> Any:
    ref = schema.get("$ref")
    stack.append(ref if isinstance(ref, str) else "")
    try:
        schema = resolved(schema, root)
        kind = schema.get("type")
        if schema.get("x-aws-type") == "timestamp":
            return _EPOCH
        if schema.get("x-aws-type") == "blob":  # the AWS CLI has no placeholder for bytes
            return None
        if schema.get("x-aws-document"):  # any JSON value: the AWS CLI shows its model type's
            return "" if schema.get("x-aws-type") == "string" else {}
        if kind == "object":
            # A structure met again inside itself is left empty, as the AWS CLI does.
            if stack[-1] and stack.count(stack[-1]) > 1:
                return {}
            values = schema.get("additionalProperties")
            if isinstance(values, Mapping):  # a map: one entry under a sample key
                return {_MAP_KEY: _placeholder(values, root, _MAP_KEY, names=names, stack=stack)}
            return {
                member: _placeholder(sub, root, member, names=names, stack=stack)
                for member, sub in schema.get("properties", {}).items()
            }
        if kind == "array":
            return [_placeholder(schema.get("items", {}), root, name, names=names, stack=stack)]
        if kind in _NUMBERS:
            return _NUMBERS[kind]
        if names:
            return name
        enum = schema.get("enum")
        return enum[0] if enum else ""
    finally:
        stack.pop()


def skeleton(operation: Operation, kind: str) -> dict[str, Any]:
    """The input (``input``, ``yaml-input``) or ``output`` skeleton as a value."""
    root = operation.output_schema if kind == "output" else operation.schema
    value: dict[str, Any] = _placeholder(root, root, "", names=kind == "output", stack=[])
    return value


def render_skeleton(operation: Operation, kind: str) -> str:
    """The skeleton as the AWS CLI prints it: JSON indented by 4, or YAML."""
    value = skeleton(operation, kind)
    if kind == "yaml-input":
        import yaml

        header = (
            f"# {operation.name}: fill in the values, and delete the members you do not need.\n"
        )
        return header + yaml.safe_dump(value, sort_keys=False, allow_unicode=True)
    return json.dumps(value, indent=4, ensure_ascii=False) + "\n"
