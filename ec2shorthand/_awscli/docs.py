"""Reference documentation from the argument table: Synopsis and Options, as text or Markdown.

Each structured option shows its members and the "Shorthand Syntax:" and
"JSON Syntax:" blocks the AWS CLI's reference pages show.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .._core.version import CliVersion
from .._core.version import cli_version as resolve_version
from .._model.resolve import resolved
from .._model.syntax_docs import json_syntax, shorthand_syntax, type_label
from .arguments import Argument, ArgumentTable, MemberArgument, Reads, argument_table

__all__ = ["render_docs"]

Schema = Mapping[str, Any]


def _documented(table: ArgumentTable) -> list[Argument]:
    return [argument for argument in table if argument.documented]


def _synopsis(table: ArgumentTable) -> list[str]:
    lines = [f"  {table.operation.name}"]
    for argument in _documented(table):
        if argument.reads is Reads.FLAG and argument.negative:
            lines.append(f"[--{argument.name} | --{argument.negative}]")
        elif argument.reads is Reads.POSITIONAL:
            lines.append(f"<{argument.name}>")
        else:
            lines.append(f"[--{argument.name} <value>]")
    return lines


def _option_section(argument: Argument, root: Schema) -> Iterator[tuple[str, str]]:
    """The option's documentation as (kind, text) parts: heading, text, label or code."""
    if not isinstance(argument, MemberArgument):
        yield "heading", f"--{argument.name} ({argument.type_label})"
        yield "text", argument.doc
        return
    member = argument.model
    schema = resolved(member.schema, root)
    if argument.reads is Reads.FLAG and argument.negative:
        yield "heading", f"--{argument.name} | --{argument.negative} (boolean)"
    else:
        yield "heading", f"--{argument.name} ({type_label(schema)})"
    yield "text", str(member.schema.get("description") or schema.get("description", ""))
    if not member.shorthand and member.type not in ("structure", "map"):
        return
    yield from _members(schema, root)
    for label, block in (
        ("Shorthand Syntax:", shorthand_syntax(member.schema, root)),
        ("JSON Syntax:", json_syntax(member.schema, root)),
    ):
        if block:
            yield "label", label
            yield "code", block


def _members(schema: Schema, root: Schema, depth: int = 0) -> Iterator[tuple[str, str]]:
    """The shape of a structured argument, member by member, as the reference page lists it."""
    if depth > 20:  # a recursive shape: the pages stop too
        return
    if schema.get("type") == "array":
        items = resolved(schema.get("items", {}), root)
        yield "text", f"({type_label(items)})"
        if items.get("description"):
            yield "text", str(items["description"])
        yield from _members(items, root, depth + 1)
        return
    for name, sub in sorted(schema.get("properties", {}).items()):
        member = resolved(sub, root)
        yield "text", f"{name} -> ({type_label(member)})"
        description = sub.get("description") or member.get("description")
        if description:
            yield "text", str(description)
        if member.get("type") in ("object", "array"):
            yield from _members(member, root, depth + 1)


_MARKDOWN = {
    "heading": "### `{}`",
    "text": "{}",
    "label": "**{}**",
    "code": "```\n{}\n```",
}


def render_docs(
    operation: str,
    *,
    service: str = "ec2",
    markdown: bool = False,
    cli_version: CliVersion | None = None,
) -> str:
    """The Synopsis and Options of ``operation``'s reference page in AWS CLI ``cli_version``
    (by default ``EC2SHORTHAND_CLI_VERSION``, else 2), as text or Markdown."""
    table = argument_table(service, operation, resolve_version(cli_version))
    root = table.operation.schema
    synopsis = "\n".join(_synopsis(table))
    options = "\n\n".join(
        "\n\n".join(
            _MARKDOWN[kind].format(text) if markdown else text
            for kind, text in _option_section(argument, root)
        )
        for argument in _documented(table)
    )
    if markdown:
        return f"# {operation}\n\n## Synopsis\n\n```\n{synopsis}\n```\n\n## Options\n\n{options}\n"
    return f"Synopsis\n\n{synopsis}\n\nOptions\n\n{options}\n"
