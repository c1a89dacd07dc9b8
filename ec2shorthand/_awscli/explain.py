"""``ec2shorthand explain``: an option's members, rules and docs, with a value to start from.

For one option: its type and description, the member tree (types,
constraints, enum values, one line of doc each) and one example value,
written as shorthand and as JSON, both as the words an ``aws`` command line
takes (``parse_command`` reads them back to the same value). Without an
option: every option of the operation, one line each.
"""

from __future__ import annotations

import difflib
import json
import shlex
from collections.abc import Iterator, Mapping
from typing import Any

from .._core.errors import ShorthandError
from .._core.paths import format_path
from .._core.version import CliVersion
from .._model.complete_document import schema_at
from .._model.example import example_value
from .._model.resolve import resolved
from .._model.schema_docs import describe_type, first_sentence, syntax_docs
from .._model.writer import to_shorthand
from .arguments import Argument, ArgumentTable, MemberArgument, Reads, argument_table
from .models import operation_model

__all__ = [
    "UnknownOptionError",
    "example_words",
    "explain_member",
    "explain_operation",
    "explain_option",
]

Schema = Mapping[str, Any]


class UnknownOptionError(ShorthandError):
    """The operation has no option of that name."""

    rule = "input.command-line"


def explain_operation(service: str, operation: str, version: CliVersion) -> str:
    """Every documented option of the operation in AWS CLI ``version``, one line each."""
    table = argument_table(service, operation, version)
    lines = [f"{service} {operation}: options (explain {operation} --OPTION for one)", ""]
    for argument in table:
        if not argument.documented:
            continue
        required = ", required" if argument.required else ""
        lines.append(f"  --{argument.name} ({_type_of(argument, table)}{required})")
        doc = first_sentence(_doc_of(argument, table))
        if doc:
            lines.append(f"      {doc}")
    return "\n".join(lines) + "\n"


def explain_option(service: str, operation: str, option: str, version: CliVersion) -> str:
    """The help of one option in AWS CLI ``version``: heading, description, members and an
    example in both forms."""
    table = argument_table(service, operation, version)
    argument = _find(table, option)
    root = table.operation.schema
    name = f"--{argument.name}"
    parts = [f"{name} ({_type_of(argument, table)}{', required' if argument.required else ''})"]
    doc = _doc_of(argument, table)
    if doc:
        parts.append(f"  {doc}")
    if not isinstance(argument, MemberArgument):
        parts.append("  (an option of the AWS CLI's own: no generated example)")
        return "\n\n".join(parts) + "\n"
    member = argument.model
    docs = syntax_docs(member.schema, root, cli_version=table.version)
    if docs.members:
        parts.append("Members:\n\n" + docs.member_table(indent="  "))
    for label, words in _examples(argument, root):
        parts.append(f"Example ({label}):\n\n  {shlex.join([name, *words])}")
    return "\n\n".join(parts) + "\n"


def explain_member(
    service: str, operation: str, path: tuple[str | int, ...], version: CliVersion
) -> str | None:
    """The help of the request member at ``path`` (as a request document writes it): its
    heading (type, required, constraints, values), description and members; None if the
    request has no such member."""
    root = operation_model(service, operation, version).schema
    parent = schema_at(root, path[:-1])
    if parent is None or not path or not isinstance(path[-1], str):
        return None
    name = path[-1]
    row = next(
        (
            m
            for m in syntax_docs(parent, root, cli_version=version).members
            if m.depth == 0 and m.name == name
        ),
        None,
    )
    if row is None:
        return None
    member = parent.get("properties", {}).get(name, {})
    doc = str(member.get("description") or resolved(member, root).get("description") or "")
    parts = [f"{format_path(path)} -> {row.heading().split(' -> ', 1)[1]}"]
    if doc:
        parts.append(f"  {' '.join(doc.split())}")
    inner = syntax_docs(member, root, cli_version=version)
    if inner.members:
        parts.append("Members:\n\n" + inner.member_table(indent="  "))
    return "\n\n".join(parts) + "\n"


def _examples(argument: MemberArgument, root: Schema) -> Iterator[tuple[str, list[str]]]:
    member = argument.model
    if argument.reads is Reads.FLAG:
        yield "flag", []
        return
    if member.streaming:
        return  # a path to a file the AWS CLI opens: nothing to show as a value
    words = example_words(argument, root)
    if words is not None:
        yield from words.items()


def example_words(argument: MemberArgument, root: Schema) -> dict[str, list[str]] | None:
    """The example value of ``argument`` as command-line words, by form (shorthand, JSON, value).

    ``None`` for an option whose value cannot be written (a streamed body).
    """
    member = argument.model
    if member.streaming or argument.reads is Reads.FLAG:
        return None
    value = example_value(member.schema, root)
    written: dict[str, list[str]] = {}
    scalar_list = member.type == "list" and not member.shorthand
    if scalar_list and argument.literal_items is None and not member.document:
        written["values"] = [_plain(item) for item in value]  # one word per item
        written["JSON"] = [json.dumps(value)]
    elif member.type in ("structure", "list", "map") and not (member.jsonvalue or member.document):
        shorthand = _shorthand_words(argument, value, root)
        if shorthand is not None:
            written["shorthand"] = shorthand
        written["JSON"] = [json.dumps(value)]
    elif member.jsonvalue or member.document:
        written["JSON"] = [json.dumps(value)]
    else:
        written["value"] = [_plain(value)]
    return written


def _shorthand_words(argument: MemberArgument, value: Any, root: Schema) -> list[str] | None:
    member = argument.model
    schema = resolved(member.schema, root)
    try:
        if member.type == "list":
            items = schema.get("items", {})
            if argument.literal_items is not None:
                return [str(item[argument.literal_items]) for item in value]
            return [to_shorthand(item, items, root) for item in value]
        if not member.shorthand:
            return None
        return [to_shorthand(value, member.schema, root)]
    except ShorthandError:  # a value only JSON can say
        return None


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _find(table: ArgumentTable, option: str) -> Argument:
    name = option.removeprefix("--")
    found = table.get(name)
    if found is None:  # a --no-flag names its flag
        found = next((argument for argument in table if argument.negative == name), None)
    if found is None:
        names = [argument.name for argument in table]
        close = difflib.get_close_matches(name, names, n=1)
        hint = f" (did you mean --{close[0]}?)" if close else ""
        raise UnknownOptionError(f"{table.operation.name} has no option --{name}{hint}")
    return found


def _type_of(argument: Argument, table: ArgumentTable) -> str:
    if isinstance(argument, MemberArgument):
        if argument.reads is Reads.FLAG:
            return "boolean"
        return describe_type(argument.model.schema, table.operation.schema)
    return argument.type_label


def _doc_of(argument: Argument, table: ArgumentTable) -> str:
    if isinstance(argument, MemberArgument):
        schema = argument.model.schema
        target = resolved(schema, table.operation.schema)
        return str(schema.get("description") or target.get("description") or argument.doc)
    return argument.doc
