"""Completion and hover inside a JSON request document (:mod:`.requests` names its operation).

The cursor's place comes from the syntax layer's tolerant reading of the text
before it (:func:`.._syntax.json_cursor.json_cursor`); members, enum values and
booleans from the operation's input schema (:mod:`.._model.complete_document`);
hover from ``explain`` of the member under the cursor.
"""

from __future__ import annotations

import re

from lsprotocol import types

from .._awscli.arguments import operation_model
from .._awscli.explain import explain_member
from .._core.errors import ShorthandError
from .._core.version import CliVersion
from .._model.complete_document import complete_document
from .._syntax.json_cursor import json_cursor
from .requests import RequestTarget

__all__ = ["request_completion", "request_hover"]

_KINDS = {
    "member": types.CompletionItemKind.Field,
    "enum": types.CompletionItemKind.EnumMember,
    "boolean": types.CompletionItemKind.Value,
}
# The rest of a key string after the cursor, up to its closing quote.
_KEY_REST = re.compile(r'(?:[^"\\\n]|\\.)*"')


def request_completion(
    text: str, offset: int, target: RequestTarget, version: CliVersion
) -> list[tuple[str, int, str, str, types.CompletionItemKind]]:
    """(new text, characters it replaces before the cursor, label, detail, kind) per candidate."""
    cursor = json_cursor(text[:offset])
    if cursor is None:
        return []
    try:
        root = operation_model(target.service, target.operation, version).schema
    except (ShorthandError, KeyError):
        return []
    replaced = len(cursor.typed) + (1 if cursor.quoted and cursor.place == "key" else 0)
    return [
        (found.text, replaced, found.label, found.detail, _KINDS[found.kind])
        for found in complete_document(root, cursor)
    ]


def request_hover(
    text: str, offset: int, target: RequestTarget, version: CliVersion
) -> str | None:
    """Markdown help for the member whose name is under the cursor at ``offset``, or None."""
    cursor = json_cursor(text[:offset])
    if cursor is None or cursor.place != "key" or not cursor.quoted:
        return None
    rest = _KEY_REST.match(text, offset)
    if rest is None:
        return None
    name = cursor.typed + rest.group()[:-1]
    try:
        found = explain_member(target.service, target.operation, (*cursor.path, name), version)
    except (ShorthandError, KeyError):
        return None
    return f"```text\n{found.rstrip()}\n```" if found is not None else None
