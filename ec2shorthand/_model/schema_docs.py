"""Help for any JSON Schema: the syntax blocks and a member table, as ``syntax_docs`` gives them.

The member table lists every member the schema describes, depth first in the
schema's order: its type, whether it is required, its constraints (lengths,
bounds, patterns, item counts), its enum values and the first sentence of its
description. A list's items and a map's values are walked into, so
``Listeners[].Port`` is a row; a structure met again inside itself is marked
recursive and not walked again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .._core.arguments import expect_mapping, expect_optional_mapping
from .._core.version import CliVersion
from .._core.version import cli_version as resolve_version
from .patterns import shown_pattern
from .resolve import resolved
from .syntax_docs import json_syntax, shorthand_syntax, type_label

__all__ = ["MemberDoc", "SyntaxDocs", "describe_type", "syntax_docs"]

Schema = Mapping[str, Any]

# Past this depth the table stops: no real schema nests deeper, a recursive one would not end.
_MAX_DEPTH = 12
# An enum longer than this is shown cut short in the rendered table (all values stay in .enum).
_SHOWN_ENUM_VALUES = 12
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_DOC_CHARS = 160
# How each version of the AWS CLI reads a blob's text (a member row's constraint says it).
_BLOB_TEXT: dict[CliVersion, str] = {
    1: "its text is sent as it is; fileb://FILE for a file's bytes",
    2: "base64, which the AWS CLI v2 decodes; fileb://FILE for a file's bytes",
}


@dataclass(frozen=True)
class MemberDoc:
    """One row of a schema's member table.

    Attributes:
        path: where the member is, from the value's top: ``Listeners[].Port``
            (``[]`` for any item of a list, ``<key>`` for any key of a map).
        name: the member's own name (``Port``; ``<key>`` for a map's values).
        depth: how deep it is (0 for the top structure's members).
        type: ``string``, ``integer``, ``structure``, ``list of structure``,
            ``map of string``, ``document``, or the model's finer name (``long``).
        required: whether its structure requires it.
        constraints: each rule its value must keep, in words (``1..65535``,
            ``at most 255 characters``, ``pattern: ^sg-``).
        enum: the values it may take, when the schema lists them.
        doc: the first sentence of its description.
    """

    path: str
    name: str
    depth: int
    type: str
    required: bool = False
    constraints: tuple[str, ...] = ()
    enum: tuple[str, ...] = ()
    doc: str = ""

    def heading(self) -> str:
        """``Port -> (integer, required, 1..65535)``: the row's first line."""
        facts = [self.type, *(("required",) if self.required else ()), *self.constraints]
        if self.enum:
            shown = ", ".join(self.enum[:_SHOWN_ENUM_VALUES])
            more = len(self.enum) - _SHOWN_ENUM_VALUES
            facts.append(f"one of: {shown}" + (f", ... ({more} more)" if more > 0 else ""))
        return f"{self.name} -> ({', '.join(facts)})"


@dataclass(frozen=True)
class SyntaxDocs:
    """Generated help for one value: ``str()`` gives the whole text, each part is kept apart.

    Attributes:
        type: the value's own type (``list of structure``).
        shorthand: the "Shorthand Syntax" block, as the AWS CLI's reference
            pages write it (``''`` where it nests too deep to show).
        json: the "JSON Syntax" block.
        members: the member table's rows.
    """

    type: str
    shorthand: str
    json: str
    members: tuple[MemberDoc, ...]

    def member_table(self, indent: str = "") -> str:
        """The rows as an indented tree: heading, then the doc line beneath it."""
        lines = []
        for member in self.members:
            pad = indent + "  " * member.depth
            lines.append(pad + member.heading())
            if member.doc:
                lines.append(f"{pad}  {member.doc}")
        return "\n".join(lines)

    def sections(self) -> list[tuple[str, str]]:
        """(title, block) for each part there is: Members, Shorthand Syntax, JSON Syntax."""
        parts = []
        if self.members:
            parts.append(("Members", self.member_table()))
        if self.shorthand:
            parts.append(("Shorthand Syntax", self.shorthand.rstrip("\n")))
        parts.append(("JSON Syntax", self.json))
        return parts

    def __str__(self) -> str:
        return "\n\n".join(
            f"{title}:\n\n{_indented(block, '  ')}" for title, block in self.sections()
        )


def _indented(block: str, pad: str) -> str:
    return "\n".join(pad + line if line else line for line in block.splitlines())


def syntax_docs(
    schema: Schema, root: Schema | None = None, *, cli_version: CliVersion | None = None
) -> SyntaxDocs:
    """Help for values of ``schema``: syntax blocks in the AWS CLI's format and a member table.

    ``root`` is the document ``schema``'s ``$ref``s point into (by default
    ``schema`` itself). ``cli_version`` (1 or 2; by default
    ``EC2SHORTHAND_CLI_VERSION``, else 2) says how a blob's text is read: as
    base64 in v2, as it is in v1. Either schema no mapping: a :class:`ShorthandError`.
    """
    expect_mapping(schema, "schema", "a JSON Schema (a mapping)")
    expect_optional_mapping(root, "root")
    root = schema if root is None else root
    blob_text = _BLOB_TEXT[resolve_version(cli_version)]
    kind = describe_type(schema, root)
    return SyntaxDocs(
        type=f"{kind}: {blob_text}" if kind == "blob" else kind,
        shorthand=shorthand_syntax(schema, root),
        json=json_syntax(schema, root),
        members=tuple(_Walker(root, blob_text).below(schema, "", 0, [])),
    )


def describe_type(schema: Schema, root: Schema) -> str:
    """The type in words: ``list of structure``, ``map of string``, ``document``."""
    schema = resolved(schema, root)
    if schema.get("x-aws-document"):
        return "document"
    label = type_label(schema)
    if label == "list" and isinstance(schema.get("items"), Mapping):
        return f"list of {describe_type(schema['items'], root)}"
    if label == "map":
        return f"map of {describe_type(schema['additionalProperties'], root)}"
    return label


class _Walker:
    """The rows below a schema (its own row is the caller's to make)."""

    def __init__(self, root: Schema, blob_text: str) -> None:
        self.root = root
        self.blob_text = blob_text

    def below(self, schema: Schema, path: str, depth: int, stack: list[str]) -> Iterator[MemberDoc]:
        """Rows for what ``schema`` holds: a structure's members, a list's items' members."""
        if depth > _MAX_DEPTH:
            return
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in stack:
                return
            stack = [*stack, ref]
        target = resolved(schema, self.root)
        if isinstance(target.get("items"), Mapping) and target.get("type") == "array":
            yield from self.below(target["items"], f"{path}[]", depth, stack)
        elif isinstance(target.get("additionalProperties"), Mapping) and "properties" not in target:
            values = target["additionalProperties"]
            yield self.row("<key>", _joined(path, "<key>"), depth, values, False, stack)
            yield from self.below(values, _joined(path, "<key>"), depth + 1, stack)
        else:
            required = set(target.get("required", ()))
            for name, sub in target.get("properties", {}).items():
                where = _joined(path, name)
                yield self.row(name, where, depth, sub, name in required, stack)
                yield from self.below(sub, where, depth + 1, stack)

    def row(
        self, name: str, path: str, depth: int, schema: Schema, required: bool, stack: list[str]
    ) -> MemberDoc:
        target = resolved(schema, self.root)
        constraints = list(_constraints(target))
        ref = schema.get("$ref") if "$ref" in schema else _item_ref(target)
        if isinstance(ref, str) and ref in stack:
            constraints.append("recursive: as above")
        if target.get("x-aws-type") == "blob":
            constraints.append(self.blob_text)
        description = schema.get("description") or target.get("description") or ""
        return MemberDoc(
            path=path,
            name=name,
            depth=depth,
            type=describe_type(target, self.root),
            required=required,
            constraints=tuple(constraints),
            enum=tuple(str(value) for value in target.get("enum", ())),
            doc=first_sentence(str(description)),
        )


def _item_ref(schema: Schema) -> object:
    items = schema.get("items")
    return items.get("$ref") if isinstance(items, Mapping) else None


def _joined(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def first_sentence(text: str) -> str:
    """The description's first sentence on one line, cut short if it is long."""
    line = " ".join(text.split())
    line = _SENTENCE_END.split(line, maxsplit=1)[0]
    if len(line) > _DOC_CHARS:
        line = line[: _DOC_CHARS - 3].rstrip() + "..."
    return line


def _constraints(schema: Schema) -> Iterator[str]:
    """Each rule of ``schema`` in words."""
    yield from _range(schema, "minLength", "maxLength", "characters")
    if isinstance(schema.get("pattern"), str):
        yield f"pattern: {shown_pattern(schema['pattern'])}"
    if isinstance(schema.get("format"), str):
        yield f"format: {schema['format']}"
    yield from _range(schema, "minimum", "maximum", "")
    if "exclusiveMinimum" in schema:
        yield f"more than {schema['exclusiveMinimum']}"
    if "exclusiveMaximum" in schema:
        yield f"less than {schema['exclusiveMaximum']}"
    yield from _range(schema, "minItems", "maxItems", "items")
    if schema.get("x-aws-union"):
        yield "exactly one member"
    else:
        yield from _range(schema, "minProperties", "maxProperties", "members")
    if "const" in schema:
        yield f"always {schema['const']!r}"


def _range(schema: Schema, low_key: str, high_key: str, unit: str) -> Iterator[str]:
    low, high = schema.get(low_key), schema.get(high_key)
    suffix = f" {unit}" if unit else ""
    if low is not None and high is not None:
        yield f"{low}..{high}{suffix}"
    elif low is not None:
        yield f"at least {low}{suffix}"
    elif high is not None:
        yield f"at most {high}{suffix}"
