"""Completion and hover inside a JSON or YAML request document (its operation: :mod:`.requests`).

The cursor's place comes from the syntax layer's tolerant reading of the text
before it (:mod:`.._syntax.json_cursor`, :mod:`.._syntax.yaml_cursor`); members, enum values and
booleans from the operation's input schema (:mod:`.._model.complete_document`);
hover from ``explain`` of the member under the cursor.
"""

from __future__ import annotations

import re

from lsprotocol import types

from .._awscli.explain import explain_member
from .._awscli.models import operation_model
from .._core.errors import ShorthandError
from .._core.version import CliVersion
from .._model.complete_document import complete_document
from .._syntax.json_cursor import JsonCursor, json_cursor
from .._syntax.yaml_cursor import yaml_cursor
from .requests import RequestTarget

__all__ = ["request_completion", "request_hover"]

_KINDS = {
    "member": types.CompletionItemKind.Field,
    "enum": types.CompletionItemKind.EnumMember,
    "boolean": types.CompletionItemKind.Value,
}
# The rest of a key after the cursor: up to a JSON key's closing quote, a YAML key's colon.
_KEY_REST = {
    "json": re.compile(r'(?P<rest>(?:[^"\\\n]|\\.)*)"'),
    "yaml": re.compile(r"(?P<rest>[A-Za-z0-9_.$-]*)\s*:"),
}


def request_completion(
    text: str, offset: int, target: RequestTarget, version: CliVersion
) -> list[tuple[str, int, str, str, types.CompletionItemKind]]:
    """(new text, characters it replaces before the cursor, label, detail, kind) per candidate."""
    cursor = _cursor(text[:offset], target)
    if cursor is None:
        return []
    try:
        root = operation_model(target.service, target.operation, version).schema
    except (ShorthandError, KeyError):
        return []
    replaced = len(cursor.typed) + (1 if cursor.quoted and cursor.place == "key" else 0)
    column = offset - (text.rfind("\n", 0, offset) + 1) - replaced
    yaml_indent = column if target.syntax == "yaml" else None
    return [
        (found.text, replaced, found.label, found.detail, _KINDS[found.kind])
        for found in complete_document(root, cursor, yaml_indent=yaml_indent)
    ]


def _cursor(prefix: str, target: RequestTarget) -> JsonCursor | None:
    return yaml_cursor(prefix) if target.syntax == "yaml" else json_cursor(prefix)


def request_hover(text: str, offset: int, target: RequestTarget, version: CliVersion) -> str | None:
    """Markdown help for the member whose name is under the cursor at ``offset``, or None."""
    cursor = _cursor(text[:offset], target)
    if cursor is None or cursor.place != "key" or cursor.quoted != (target.syntax == "json"):
        return None
    rest = _KEY_REST[target.syntax].match(text, offset)
    if rest is None:
        return None
    name = cursor.typed + rest.group("rest")
    try:
        found = explain_member(target.service, target.operation, (*cursor.path, name), version)
    except (ShorthandError, KeyError):
        return None
    return f"```text\n{found.rstrip()}\n```" if found is not None else None
