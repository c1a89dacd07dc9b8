"""``$ref`` resolution and schema-ordered values: one resolver for every schema we walk.

Schemas here are self-contained: the bundled ones refer to ``#/$defs/Name``,
and a caller's own may use any local JSON Pointer (``#/definitions/x``,
``#/properties/a/items``, or ``#`` itself). A reference to another document
is refused: nothing is fetched.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._core.errors import ShorthandError

__all__ = ["in_schema_order", "resolved"]

Schema = Mapping[str, Any]


def resolved(schema: Schema, root: Schema) -> Schema:
    """``schema``, or what its ``$ref`` points at in ``root`` (followed until none is left)."""
    seen: set[str] = set()
    while isinstance(ref := schema.get("$ref"), str):
        if ref in seen:
            raise ShorthandError(f"the schema's $ref {ref!r} refers to itself")
        seen.add(ref)
        schema = _pointer(ref, root)
    return schema


def _pointer(ref: str, root: Schema) -> Schema:
    base, _, fragment = ref.partition("#")
    if base and base != root.get("$id"):
        raise ShorthandError(f"the schema's $ref {ref!r} names another document: not supported")
    target: Any = root
    for token in fragment.split("/")[1:] if fragment else ():
        step = token.replace("~1", "/").replace("~0", "~")
        if isinstance(target, list) and step.isdigit() and int(step) < len(target):
            target = target[int(step)]
        elif isinstance(target, Mapping) and step in target:
            target = target[step]
        else:
            raise ShorthandError(f"the schema's $ref {ref!r} points at nothing")
    if not isinstance(target, Mapping):
        raise ShorthandError(f"the schema's $ref {ref!r} points at no schema")
    return target


def in_schema_order(value: Any, schema: Schema, root: Schema) -> Any:
    """``value`` with every structure's members in the schema's order (unknown ones after).

    Values are left as they are; only where the schema describes a structure
    are its keys reordered, so the walk is as deep as the schema, no deeper.
    A container already in order is returned as it is, not copied (a request
    of a million values read in order costs no second copy), and each schema
    is resolved once per call, not once per value.
    """
    resolved_by_id: dict[int, Schema] = {}

    def order(value: Any, schema: Schema) -> Any:
        found = resolved_by_id.get(id(schema))
        if found is None:
            found = resolved_by_id[id(schema)] = resolved(schema, root)
        if isinstance(value, dict):
            properties = found.get("properties")
            if properties is None:
                return value
            ordered = {
                name: order(member, sub) if isinstance(member, dict | list) else member
                for name, sub in properties.items()
                if (member := value.get(name, _ABSENT)) is not _ABSENT
            }
            ordered.update((name, member) for name, member in value.items() if name not in ordered)
            return value if _same_objects(ordered, value) else ordered
        items = found.get("items")
        if not isinstance(items, Mapping):
            return value
        ordered_items = [
            order(item, items) if isinstance(item, dict | list) else item for item in value
        ]
        same = all(new is old for new, old in zip(ordered_items, value, strict=True))
        return value if same else ordered_items

    return order(value, schema) if isinstance(value, dict | list) else value


_ABSENT = object()


def _same_objects(ordered: dict[str, Any], value: dict[str, Any]) -> bool:
    """Whether ``ordered`` has ``value``'s keys in its order, each with the very same object."""
    return list(ordered) == list(value) and all(ordered[key] is value[key] for key in ordered)
