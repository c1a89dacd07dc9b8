"""Reference documentation from the schemas: Synopsis, Options, and the syntax blocks.

The "Shorthand Syntax:" and "JSON Syntax:" blocks are written as the AWS
CLI's reference pages show them, members sorted by name as those pages list
them: ``FromPort=integer,IpProtocol=string,...`` and a JSON sample with
``...`` after each list's one item.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ._options import Kind, Option, options_for
from ._schemas import load_schema, resolved
from ._secgroup import SIMPLIFIED_OPERATIONS

__all__ = ["json_syntax", "render_docs", "shorthand_syntax"]

Schema = Mapping[str, Any]

# Options the AWS CLI accepts but leaves out of its pages, where the simplified
# rule options replace them.
_UNDOCUMENTED = (
    "ip-protocol",
    "from-port",
    "to-port",
    "cidr-ip",
    "source-security-group-name",
    "source-security-group-owner-id",
)
# Deeper than this, a shorthand example would be unreadable; the pages then show none.
_MAX_SHORTHAND_DEPTH = 3
_SCALAR_TYPES = ("string", "integer", "number", "boolean")
_OPTION_HELP = {
    "protocol": "The IP protocol: tcp | udp | icmp, all for every protocol, or a protocol number.",
    "port": "A port or a range (22, 22-25), or for ICMP a type and a code (3-4, 3--1); -1 or all.",
    "cidr": "The IPv4 address range, in CIDR format.",
    "source-group": "The name or ID of the source security group.",
    "group-owner": "The AWS account ID that owns the source security group.",
    "cli-input-json": "The whole request as JSON, inline or as file://; options given win.",
    "cli-input-yaml": "The whole request as YAML (AWS CLI v2), inline or as file://.",
    "generate-cli-skeleton": "Print a skeleton: input (default), output or yaml-input.",
}


class _TooDeep(Exception):
    pass


def _type(schema: Schema) -> str:
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
    return _type(schema)


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


def _documented(operation: str) -> list[Option]:
    hidden = _UNDOCUMENTED if operation in SIMPLIFIED_OPERATIONS else ()
    return [option for option in options_for(operation) if option.name not in hidden]


def _synopsis(operation: str) -> list[str]:
    lines = [f"  {operation}"]
    for option in _documented(operation):
        if option.kind is Kind.FLAG:
            lines.append(f"[--{option.name} | --no-{option.name}]")
        else:
            lines.append(f"[--{option.name} <value>]")
    return lines


def _option_section(option: Option, root: Schema) -> Iterator[tuple[str, str]]:
    """The option's documentation as (kind, text) parts: heading, text, label or code."""
    if option.member is None:
        yield "heading", f"--{option.name} (string)"
        yield "text", _OPTION_HELP[option.name]
        return
    schema = resolved(option.schema, root)
    if option.kind is Kind.FLAG:
        yield "heading", f"--{option.name} | --no-{option.name} (boolean)"
    else:
        yield "heading", f"--{option.name} ({_type(schema)})"
    yield "text", str(option.schema.get("description") or schema.get("description", ""))
    if option.kind is not Kind.STRUCTURED:
        return
    yield from _members(schema, root)
    for label, block in (
        ("Shorthand Syntax:", shorthand_syntax(schema, root)),
        ("JSON Syntax:", json_syntax(schema, root)),
    ):
        if block:
            yield "label", label
            yield "code", block


def _members(schema: Schema, root: Schema) -> Iterator[tuple[str, str]]:
    """The shape of a structured argument, member by member, as the reference page lists it."""
    if schema.get("type") == "array":
        items = resolved(schema.get("items", {}), root)
        yield "text", f"({_type(items)})"
        if items.get("description"):
            yield "text", str(items["description"])
        yield from _members(items, root)
        return
    for name, sub in sorted(schema.get("properties", {}).items()):
        member = resolved(sub, root)
        yield "text", f"{name} -> ({_type(member)})"
        description = sub.get("description") or member.get("description")
        if description:
            yield "text", str(description)
        if member.get("type") in ("object", "array"):
            yield from _members(member, root)


_MARKDOWN = {
    "heading": "### `{}`",
    "text": "{}",
    "label": "**{}**",
    "code": "```\n{}\n```",
}


def render_docs(operation: str, *, markdown: bool = False) -> str:
    """The Synopsis and Options of ``operation``'s reference page, as text or Markdown."""
    root = load_schema(operation)
    synopsis = "\n".join(_synopsis(operation))
    options = "\n\n".join(
        "\n\n".join(
            _MARKDOWN[kind].format(text) if markdown else text
            for kind, text in _option_section(option, root)
        )
        for option in _documented(operation)
    )
    if markdown:
        return f"# {operation}\n\n## Synopsis\n\n```\n{synopsis}\n```\n\n## Options\n\n{options}\n"
    return f"Synopsis\n\n{synopsis}\n\nOptions\n\n{options}\n"
