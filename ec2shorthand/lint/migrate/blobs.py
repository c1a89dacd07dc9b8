"""``migrate.blob-text``: a blob given text, which v2 reads as base64.

v1 sends a blob's text as its UTF-8 bytes; v2 (``--cli-binary-format
base64``, its default) decodes the text from base64: text that is not base64
is refused, text that is (``hello=``, ``abcd``) becomes other bytes. The
fix asks v2 for v1's reading, ``--cli-binary-format raw-in-base64-out``,
written after the operation (or at the end of the command): it changes
only how blob text is read, so the request is v1's whatever the value.
Bytes (``fileb://``) and streamed bodies are never text, and are left alone.
"""

from __future__ import annotations

import base64
import binascii

from ..._awscli.command import CommandResult
from ..._core.diagnostics import Diagnostic
from ..._core.files import TEXT_PREFIX
from ..._core.text import shorten
from ..._model.operation import Operation
from ...customizations.binary_format import blob_texts
from ..hits import Hit
from .command_words import CommandWords, insertion
from .readings import RAW_FORMAT

__all__ = ["blob_hits"]

_RULE = "migrate.blob-text"
_OPTION = f"--cli-binary-format {RAW_FORMAT}"


def blob_hits(
    words: CommandWords, operation: Operation, v1: CommandResult, v1_items: list[int]
) -> list[Hit]:
    """A finding on each blob text in v1's request; every one carries the command's one fix.

    ``v1_items[i]`` is the argument that v1's argv item ``i`` was.
    """
    texts = dict(blob_texts(v1.params, operation.schema, operation.schema))
    found = [Diagnostic.at(_RULE, "error", path, "") for path in texts]
    if not found:
        return []
    placed = v1.place(found) if v1.place is not None else found
    fix = insertion(
        words.after_operation(),
        f" {_OPTION}",
        f"add {_OPTION}: v2 then reads blob text as v1 does",
    )
    hits = []
    for diagnostic in placed:
        location = diagnostic.location
        if location is not None and location.item is not None and location.item < len(v1_items):
            index = v1_items[location.item]
            span = words.span_of(index, location)
        else:
            index, span = None, words.whole_command_span()
        if index is not None and _names_text_file(words.texts[index]):
            message = _message(diagnostic.path, None)
        elif index is not None and not words.args[index].is_known:
            message = _unknown_message(diagnostic.path)
        else:
            message = _message(diagnostic.path, texts[diagnostic.steps])
        hits.append(words.hit(_RULE, message, span, fix, item=index))
    return hits


def _names_text_file(word: str) -> bool:
    value = word.split("=", 1)[1] if word.startswith("--") and "=" in word else word
    return value.startswith(TEXT_PREFIX)


def _unknown_message(where: str) -> str:
    return (
        f"{where} is a blob given a value known when the script runs: v1 sends its text's "
        f"bytes; v2 reads the text as base64 (refusing it, or sending other bytes); add "
        f"{_OPTION} to keep v1's reading"
    )


def _message(where: str, text: str | None) -> str:
    """What each version makes of the blob's ``text`` (None: a file:// file's text)."""
    if text is None:
        return (
            f"{where} is a blob given a file's text (file://): v1 sends the file's bytes; v2 "
            f"reads its text as base64 (refusing it, or sending other bytes); add {_OPTION} "
            "to keep v1's reading, or use fileb://"
        )
    shown = shorten(text)
    if _decodes(text):
        size = len(base64.b64decode(text))
        v2 = (
            f"v2 reads it as base64 and sends the {size} byte(s) it encodes, "
            "not the text (another payload)"
        )
    else:
        v2 = f"v2 reads it as base64 and refuses it (Invalid base64: {shown})"
    return (
        f"{where} is a blob given text ({shown}): v1 sends the text's bytes; {v2}; "
        f"add {_OPTION} to keep v1's reading"
    )


def _decodes(text: str) -> bool:
    try:
        base64.b64decode(text)  # as v2 decodes: not validating the alphabet
    except (binascii.Error, ValueError):
        return False
    return True
