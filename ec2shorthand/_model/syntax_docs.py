"""The "Shorthand Syntax:" and "JSON Syntax:" blocks of an argument, for any schema.

They are written as the AWS CLI's reference pages show them, members sorted
by name as those pages list them: ``FromPort=integer,IpProtocol=string,...``
and a JSON sample with ``...`` after each list's one item; maps as
``KeyName1=string,KeyName2=string``; a shape met again inside itself as
``( ... recursive ... )``. Where a schema keeps the model's finer type name
(``x-aws-type``: long, double, timestamp, blob) the blocks show it.

A shape is known by its ``$ref`` (or, inline, by the schema object itself):
that is how a shape met again inside itself is recognised, as the AWS CLI
recognises it by its name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .resolve import resolved

__all__ = ["is_document", "json_syntax", "shorthand_syntax", "type_label"]

Schema = Mapping[str, Any]

# Deeper than this, a shorthand example would be unreadable; the pages then show none.
_MAX_SHORTHAND_DEPTH = 3
_RECURSIVE_SHORTHAND = "( ... recursive ... )"
_RECURSIVE_JSON = "{ ... recursive ... }"


class _TooDeep(Exception):
    pass


def type_label(schema: Schema) -> str:
    """How docs name a schema's type: string, integer, list, structure, map, or the model's
    finer name where the schema keeps one (long, double, timestamp, blob)."""
    kind = schema.get("x-aws-type") or schema.get("type", "string")
    if not isinstance(kind, str):  # several types: ["string", "null"]
        return " or ".join(type_label({"type": name}) for name in kind)
    if kind == "object" and _is_map(schema):
        return "map"
    return {"array": "list", "object": "structure"}.get(kind, kind)


def is_document(schema: Schema, root: Schema) -> bool:
    """Whether the schema is a document (any JSON), or a list or map of documents only."""
    schema = resolved(schema, root)
    if schema.get("x-aws-document"):
        return True
    if schema.get("type") == "array" and isinstance(schema.get("items"), Mapping):
        return is_document(schema["items"], root)
    if _is_map(schema):
        return is_document(schema["additionalProperties"], root)
    return False


def _is_map(schema: Schema) -> bool:
    return "properties" not in schema and isinstance(schema.get("additionalProperties"), Mapping)


def _kind(schema: Schema) -> str:
    """structure, list, map, document or scalar."""
    if schema.get("x-aws-document"):
        return "document"
    kind = schema.get("type")
    if kind == "array":
        return "list"
    if kind == "object" or (kind is None and "properties" in schema):
        return "map" if _is_map(schema) else "structure"
    return "scalar"


def _identity(schema: Schema) -> object:
    ref = schema.get("$ref")
    return ref if isinstance(ref, str) else id(schema)


# --- Shorthand Syntax ---------------------------------------------------------------------


def shorthand_syntax(schema: Schema, root: Schema) -> str:
    """The "Shorthand Syntax:" example of an argument ('' where it is too deep to show)."""
    top = resolved(schema, root)
    stack: list[object] = []
    try:
        if top.get("type") == "array":
            return _shorthand(top.get("items", {}), root, stack) + " ..."
        return _shorthand(top, root, stack)
    except _TooDeep:
        return ""


def _shorthand(schema: Schema, root: Schema, stack: list[object]) -> str:
    if len(stack) > _MAX_SHORTHAND_DEPTH:
        raise _TooDeep
    schema = resolved(schema, root)
    kind = _kind(schema)
    if kind == "structure":
        inner = ",".join(
            _member_shorthand(name, sub, root, stack)
            for name, sub in sorted(schema.get("properties", {}).items())
            if not is_document(sub, root)
        )
        return "{" + inner + "}" if stack else inner
    if kind == "list":
        items = schema.get("items", {})
        stack.append(_identity(items))
        try:
            item = _shorthand(items, root, stack)
        finally:
            stack.pop()
        # A bare list (a,b) is possible only for scalars right under the top structure.
        if _kind(resolved(items, root)) in ("structure", "list", "map") or len(stack) > 1:
            return f"[{item},{item}]"
        return f"{item},{item}"
    if kind == "map":
        return _map_shorthand(schema, root, stack)
    return type_label(schema)


def _member_shorthand(name: str, schema: Schema, root: Schema, stack: list[object]) -> str:
    identity = _identity(schema)
    if identity in stack:
        return f"{name}={_RECURSIVE_SHORTHAND}"
    stack.append(identity)
    try:
        return f"{name}={_shorthand(schema, root, stack)}"
    finally:
        stack.pop()


def _map_shorthand(schema: Schema, root: Schema, stack: list[object]) -> str:
    values = schema["additionalProperties"]
    stack.append(_identity(values))
    try:
        value = _shorthand(values, root, stack)
    finally:
        stack.pop()
    text = f"KeyName1={value},KeyName2={value}"
    keys = schema.get("propertyNames", {}).get("enum")
    if keys and not stack:
        return text + "\n\nWhere valid key names are:\n" + "".join(f"  {key}\n" for key in keys)
    return "{" + text + "}" if stack else text


# --- JSON Syntax --------------------------------------------------------------------------


class _Writer:
    """Text with the AWS CLI doc writer's indentation rules: a new line starts indented."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.level = 0

    def write(self, text: str) -> None:
        self.parts.append(text)

    def new_line(self) -> None:
        self.parts.append("\n" + "  " * self.level)

    def indent(self) -> None:
        self.level += 1

    def dedent(self) -> None:
        self.level = max(0, self.level - 1)


def json_syntax(schema: Schema, root: Schema) -> str:
    """The "JSON Syntax:" sample of an argument, indented by two spaces a level."""
    out = _Writer()
    _json_example(schema, root, [], out)
    return "".join(out.parts)


def _json_value_name(schema: Schema) -> str:
    if "enum" in schema:
        return "|".join(f'"{value}"' for value in schema["enum"])
    label = type_label(schema)
    return {"string": '"string"', "boolean": "true|false"}.get(label, label)


def _json_example(schema: Schema, root: Schema, stack: list[object], out: _Writer) -> None:
    identity = _identity(schema)
    target = resolved(schema, root)
    if stack.count(identity) > 1:  # documented twice already: once more is the recursion
        if _kind(target) == "structure":
            out.write(_RECURSIVE_JSON)
        return
    stack.append(identity)
    try:
        _json_shape(target, root, stack, out)
    finally:
        stack.pop()


def _json_shape(schema: Schema, root: Schema, stack: list[object], out: _Writer) -> None:
    kind = _kind(schema)
    if kind == "list":
        items = schema.get("items", {})
        out.write("[")
        if _kind(resolved(items, root)) == "scalar":
            out.write(f"{_json_value_name(resolved(items, root))}, ...")
        else:
            out.indent()
            out.new_line()
            _json_example(items, root, stack, out)
            out.new_line()
            out.write("...")
            out.dedent()
            out.new_line()
        out.write("]")
    elif kind == "map":
        values = schema["additionalProperties"]
        out.write("{")
        out.indent()
        out.write(f"{_json_value_name(schema.get('propertyNames', {'type': 'string'}))}: ")
        if _kind(resolved(values, root)) == "scalar":
            out.write(_json_value_name(resolved(values, root)))
        else:
            out.indent()
            _json_example(values, root, stack, out)
            out.dedent()
        out.new_line()
        out.write("...")
        out.dedent()
        out.write("}")
    elif kind == "document":
        out.write("{...}")
    elif kind == "structure":
        _json_members(schema, root, stack, out)
    else:
        out.write(_json_value_name(schema))


def _json_members(schema: Schema, root: Schema, stack: list[object], out: _Writer) -> None:
    members = sorted(schema.get("properties", {}).items())
    out.write("{")
    out.indent()
    out.new_line()
    for index, (name, sub) in enumerate(members):
        member = resolved(sub, root)
        out.write(f'"{name}": ')
        if _kind(member) == "scalar":
            out.write(_json_value_name(member))
        else:
            _json_example(sub, root, stack, out)
        if index < len(members) - 1:
            out.write(",")
            out.new_line()
    out.dedent()
    out.new_line()
    out.write("}")
