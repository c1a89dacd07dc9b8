"""Completing a JSON or YAML request document as it is typed: members, enum values, booleans.

Where the cursor is comes from the syntax layer (:func:`.._syntax.json_cursor.json_cursor`);
this module walks the operation's input schema along that path with the same
steps as shorthand completion (:func:`.complete_value.member_schema`) and says
what may be written there, in JSON: ``"Key": `` followed by ``{`` for a
structure or map and ``[`` for a list, ``"value"`` for an enum, ``true`` and
``false`` for a boolean.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from .._core.paths import Path
from .._syntax.json_cursor import JsonCursor
from .complete_value import BOOLEANS as _BOOLEANS
from .complete_value import ValueCompletion, member_schema, value_type
from .resolve import resolved

__all__ = ["DocumentCompletion", "complete_document", "schema_at"]

Schema = Mapping[str, Any]
# One candidate, as the shorthand completer gives it: here ``text`` replaces what is typed
# at the cursor (the opening quote included, if any).
DocumentCompletion = ValueCompletion
_OPENERS = {"structure": "{", "map": "{", "list": "["}


def schema_at(root: Schema, path: Path) -> Schema | None:
    """The resolved schema of the value at ``path`` in a request of ``root``, or None."""
    schema = resolved(root, root)
    for step in path:
        if isinstance(step, int):
            if schema.get("type") != "array":
                return None
            schema = resolved(schema.get("items", {}), root)
        else:
            schema = member_schema(schema, step, root)
        if not schema:
            return None
    return schema


def complete_document(
    root: Schema, cursor: JsonCursor, *, yaml_indent: int | None = None
) -> list[DocumentCompletion]:
    """How the document can go on at ``cursor``, for a request of ``root``.

    ``yaml_indent`` (the column the key being typed starts at) asks for YAML
    block style: ``Key: `` for a scalar, ``Key:`` and an indented line (``- ``
    for a list) for the rest; a value in YAML is written plain.
    """
    schema = schema_at(root, cursor.path)
    if schema is None:
        return []
    if cursor.place == "key":
        return list(_members(schema, root, cursor, yaml_indent))
    typed = cursor.typed
    found: list[DocumentCompletion] = []
    if isinstance(schema.get("enum"), list):
        for value in schema["enum"]:
            text = str(value)
            if text.startswith(typed):
                shown = text if cursor.place == "string" else json.dumps(text)
                found.append(DocumentCompletion(shown, text, "enum"))
    elif schema.get("type") == "boolean" and not cursor.quoted:
        found = [DocumentCompletion(b, b, "boolean") for b in _BOOLEANS if b.startswith(typed)]
    return found


def _members(
    schema: Schema, root: Schema, cursor: JsonCursor, yaml_indent: int | None
) -> Iterator[DocumentCompletion]:
    properties = schema.get("properties")
    if not isinstance(properties, Mapping):
        return  # a map's keys are the user's own
    for name, member in properties.items():
        if name in cursor.keys or not name.startswith(cursor.typed):
            continue
        kind = value_type(resolved(member, root))
        if yaml_indent is None:
            text = f"{json.dumps(name)}: {_OPENERS.get(kind, '')}"
        elif kind in _OPENERS:
            text = f"{name}:\n{' ' * (yaml_indent + 2)}{'- ' if kind == 'list' else ''}"
        else:
            text = f"{name}: "
        yield DocumentCompletion(text, name, "member", kind)
