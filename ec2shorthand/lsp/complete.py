"""Completion items for the word at the cursor, from the engine the shells use."""

from __future__ import annotations

from lsprotocol import types

from .._awscli.complete import complete_command
from .._awscli.typed_line import TypedLine

__all__ = ["completion_items"]


def completion_items(typed: TypedLine, cursor: types.Position) -> list[types.CompletionItem]:
    """Items that replace the word being typed, from its start to the ``cursor``.

    ``cursor`` is in the client's units (UTF-16 by default): the word starts
    its length in those units before it.
    """
    start = types.Position(cursor.line, cursor.character - _units(typed.raw))
    edit_range = types.Range(start, cursor)
    items = []
    for order, candidate in enumerate(complete_command(typed.words[1:], typed.value)):
        added = candidate.text[len(typed.value) :]
        new_text = typed.raw + added
        items.append(
            types.CompletionItem(
                label=candidate.text.rsplit(",", 1)[-1].rsplit("{", 1)[-1] or candidate.text,
                detail=candidate.detail or None,
                filter_text=new_text,
                sort_text=f"{order:05d}",
                text_edit=types.TextEdit(range=edit_range, new_text=new_text),
                kind=_kind(candidate.text),
            )
        )
    return items


def _units(text: str) -> int:
    """Length in UTF-16 code units (the LSP's default position encoding)."""
    return len(text.encode("utf-16-le")) // 2


def _kind(text: str) -> types.CompletionItemKind:
    if text.startswith("--"):
        return types.CompletionItemKind.Property
    if text.endswith(("=", "={", "=[", "=[{")):
        return types.CompletionItemKind.Field
    return types.CompletionItemKind.Value
