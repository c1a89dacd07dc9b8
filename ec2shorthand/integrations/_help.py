"""Generated help laid out for click and typer, which rewrap help text unless told not to."""

from __future__ import annotations

from collections.abc import Callable

from .._model.schema_docs import SyntaxDocs

__all__ = ["shorthand_help"]

# click and typer rewrap a help paragraph, except one whose first line is this (click's convention).
_NO_REWRAP = "\b"


def shorthand_help(docs: SyntaxDocs, lead: str = "", *, escape: Callable[[str], str] = str) -> str:
    """``lead`` and the generated blocks, marked so that click (and typer) keep their layout.

    ``escape`` is applied to the generated text only (typer's rich markup
    reads ``[a-z]`` as a tag: pass ``rich.markup.escape``).
    """
    paragraphs = [lead] if lead else []
    for title, block in docs.sections():
        lines = [f"  {escape(line)}" for line in block.splitlines() if line.strip()]
        # A blank line would end the unwrapped paragraph: none is left inside one.
        paragraphs.append("\n".join([_NO_REWRAP, f"{escape(title)}:", *lines]))
    return "\n\n".join(paragraphs)
