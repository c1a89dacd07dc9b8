"""The "Shorthand Syntax:" and "JSON Syntax:" blocks of an argument, for any schema.

They are written as the AWS CLI's reference pages show them, members sorted
by name as those pages list them: ``FromPort=integer,IpProtocol=string,...``
and a JSON sample with ``...`` after each list's one item.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .resolve import resolved

__all__ = ["json_syntax", "shorthand_syntax", "type_label"]

Schema = Mapping[str, Any]

# Deeper than this, a shorthand example would be unreadable; the pages then show none.
_MAX_SHORTHAND_DEPTH = 3
_SCALAR_TYPES = ("string", "integer", "number", "boolean")


class _TooDeep(Exception):
    pass


def type_label(schema: Schema) -> str:
    """How docs name a schema's type: string, integer, list, structure."""
    kind = str(schema.get("type", "string"))
    return {"array": "list", "object": "structure"}.get(kind, kind)


def shorthand_syntax(schema: Schema, root: Schema) -> str:
    """The "Shorthand Syntax:" example of an argument ('' where it is too deep to show)."""
    schema = resolved(schema, root)
    try:
        if schema.get("type") == "array":
            return _shorthand(schema.get("items", {}), root, 0) + " ..."
        return _shorthand(schema, root, 0)
    except _TooDeep:
        return ""


def _shorthand(schema: Schema, root: Schema, depth: int) -> str:
    if depth > _MAX_SHORTHAND_DEPTH:
        raise _TooDeep
    schema = resolved(schema, root)
    kind = schema.get("type")
    if kind == "object":
        members = sorted(schema.get("properties", {}).items())
        inner = ",".join(f"{name}={_shorthand(sub, root, depth + 1)}" for name, sub in members)
        return inner if depth == 0 else "{" + inner + "}"
    if kind == "array":
        items = resolved(schema.get("items", {}), root)
        item = _shorthand(items, root, depth + 1)
        # A bare list (a,b) is possible only for scalars right under the top structure.
        if items.get("type") in ("object", "array") or depth > 1:
            return f"[{item},{item}]"
        return f"{item},{item}"
    return type_label(schema)


def json_syntax(schema: Schema, root: Schema) -> str:
    """The "JSON Syntax:" sample of an argument, indented by two spaces a level."""
    return "\n".join(_json_lines(resolved(schema, root), root, ""))


def _json_value(schema: Schema) -> str:
    if "enum" in schema:
        return "|".join(f'"{value}"' for value in schema["enum"])
    kind = schema.get("type")
    return {"string": '"string"', "boolean": "true|false"}.get(str(kind), str(kind))


def _json_lines(schema: Schema, root: Schema, indent: str) -> Iterator[str]:
    """The sample as lines; the first line carries no indent (it follows a key)."""
    kind = schema.get("type")
    if kind == "array":
        items = resolved(schema.get("items", {}), root)
        if items.get("type") in _SCALAR_TYPES:
            yield f"[{_json_value(items)}, ...]"
            return
        inner = indent + "  "
        item = list(_json_lines(items, root, inner))
        yield "["
        yield inner + item[0]
        yield from item[1:]
        yield inner + "..."
        yield indent + "]"
    elif kind == "object":
        inner = indent + "  "
        members = sorted(schema.get("properties", {}).items())
        yield "{"
        for index, (name, sub) in enumerate(members):
            lines = list(_json_lines(resolved(sub, root), root, inner))
            comma = "," if index < len(members) - 1 else ""
            lines[-1] += comma
            yield f'{inner}"{name}": {lines[0]}'
            yield from lines[1:]
        yield indent + "}"
    else:
        yield _json_value(schema)
