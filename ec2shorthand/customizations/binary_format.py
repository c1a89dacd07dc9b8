"""Blobs as base64 text: the AWS CLI v2's ``--cli-binary-format`` (``base64`` by default).

The AWS CLI v2 hands its client a blob member's text as given (its
``calling-command`` parameters hold the text), and the client then decodes
it from base64, top-level and nested members alike (``--payload``,
``BinaryValue=`` in shorthand, DynamoDB's ``"B"``); a text that is not
base64 fails there, with ``Invalid base64``. ``fileb://`` gives bytes, which
are never decoded; a ``file://`` file's text must be base64 too. With
``--cli-binary-format raw-in-base64-out`` the text is sent as it is, as v1
does. So the request stays what v2 hands over, and a text v2 cannot decode
is refused here, at its place, with the two ways out.
"""

from __future__ import annotations

import base64
import binascii
import functools
import string
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .._awscli.customize import ANY, Rule, register
from .._awscli.reading import Reading, located_error
from .._core.caches import OPERATIONS
from .._core.diagnostics import Diagnostic
from .._core.text import shorten
from .._model.operation import Operation
from .._model.resolve import resolved

_RULE = "blob.base64"
_DROPPED = "blob.text-read-as-base64"
_RAW = "raw-in-base64-out"
_Path = tuple[str | int, ...]


def blob_texts(
    value: Any, schema: Mapping[str, Any], root: Mapping[str, Any]
) -> Iterator[tuple[_Path, str]]:
    """Every blob member's text in ``value``, with its path (bytes and files are not text)."""
    pending: list[tuple[_Path, Any, Mapping[str, Any]]] = [((), value, schema)]
    while pending:
        path, node, shape = pending.pop()
        shape = resolved(shape, root)
        if shape.get("x-aws-type") == "blob":
            if isinstance(node, str):
                yield path, node
            continue
        if shape.get("x-aws-document"):
            continue
        inner: Iterable[tuple[str | int, Any, Any]] = ()
        if isinstance(node, dict):
            members, values = shape.get("properties", {}), shape.get("additionalProperties")
            inner = (
                (key, child, members.get(key, values if isinstance(values, Mapping) else None))
                for key, child in node.items()
            )
        elif isinstance(node, list) and isinstance(shape.get("items"), Mapping):
            inner = ((index, child, shape["items"]) for index, child in enumerate(node))
        pending.extend(
            ((*path, step), child, sub) for step, child, sub in reversed(list(inner)) if sub
        )


def _not_base64(text: str) -> bool:
    try:
        base64.b64decode(text)  # as the AWS CLI v2 decodes: not validating the alphabet
    except (binascii.Error, ValueError):  # ValueError: text beyond ASCII
        return True
    return False


def _finding(path: _Path, text: str) -> Diagnostic:
    hint = ""
    if len(text) <= 60 and text.isascii():
        encoded = base64.b64encode(text.encode()).decode("ascii")
        hint = f" (this text's base64 is {encoded})"
    return Diagnostic.at(
        _RULE,
        "error",
        path,
        f"Invalid base64: {shorten(text)}: the AWS CLI v2 reads a blob's text as base64 "
        f"(--cli-binary-format base64, its default); write the bytes' base64{hint}, "
        f"or give --cli-binary-format {_RAW} to send the text as it is (as the AWS CLI v1 "
        "does), or fileb://FILE for a file's bytes",
    )


def _holds_blobs(schema: Mapping[str, Any], root: Mapping[str, Any]) -> bool:
    """Whether any value of ``schema`` can hold a blob: a look at the schema, not the value."""
    pending, seen = [schema], set()
    while pending:
        shape = resolved(pending.pop(), root)
        if id(shape) in seen:
            continue
        seen.add(id(shape))
        if shape.get("x-aws-type") == "blob":
            return True
        if shape.get("x-aws-document"):
            continue
        pending += [s for s in shape.get("properties", {}).values() if isinstance(s, Mapping)]
        pending += [
            shape[key]
            for key in ("additionalProperties", "items")
            if isinstance(shape.get(key), Mapping)
        ]
    return False


@functools.lru_cache(maxsize=OPERATIONS)
def _members_with_blobs(operation: Operation) -> frozenset[str]:
    """The request members whose values can hold a blob, looked up once an operation."""
    schema = operation.schema
    return frozenset(
        name
        for name, member in schema.get("properties", {}).items()
        if isinstance(member, Mapping) and _holds_blobs(member, schema)
    )


def _findings(
    operation: Operation, params: Mapping[str, Any]
) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """The blob texts v2 cannot decode (errors), and those it decodes after dropping
    characters no base64 has (warnings: ``{"a": 1}`` decodes, to other bytes)."""
    schema = operation.schema
    members = schema.get("properties", {})
    # Most members hold no blob at all: their values (200,000 permissions, say) are not walked.
    with_blobs = _members_with_blobs(operation)
    refused, dropped = [], []
    for name, value in params.items():
        member = members.get(name)
        if name in with_blobs and isinstance(member, Mapping):
            for path, text in blob_texts(value, member, schema):
                if _not_base64(text):
                    refused.append(_finding((name, *path), text))
                elif set(text) - _BASE64_CHARACTERS:
                    dropped.append(_dropping((name, *path), text))
    return refused, dropped


# What a base64 text may hold: the alphabet, padding, and the blanks of a wrapped text.
_BASE64_CHARACTERS = frozenset(string.ascii_letters + string.digits + "+/=" + string.whitespace)


def _dropping(path: _Path, text: str) -> Diagnostic:
    return Diagnostic.at(
        _DROPPED,
        "warning",
        path,
        f"{shorten(text)} is read as base64 by the AWS CLI v2 (--cli-binary-format base64, "
        "its default), which drops the characters no base64 has and sends the bytes the rest "
        f"decodes to, not this text: give --cli-binary-format {_RAW} to send the text as it "
        "is (as the AWS CLI v1 does), or the bytes' base64",
    )


def _decode(params: dict[str, Any], reading: Reading) -> None:
    """Refuse, as the client's ``provide-client-params`` step does, a blob that is not base64."""
    given = reading.command.global_options.get("cli-binary-format")
    if given is not None and given[0] == _RAW:
        return
    refused, dropped = _findings(reading.operation, params)
    if refused:
        placed = reading.origins.place_all(refused[:1])[0]
        raise located_error(placed)
    reading.diagnostics += reading.origins.place_all(dropped)


register(
    "binaryformat",
    ANY,
    finish=_decode,
    versions=(2,),
    rules={
        _RULE: Rule("error", "the AWS CLI v2 decodes blobs from base64 (binaryformat.py)"),
        _DROPPED: Rule(
            "warning",
            "the AWS CLI v2 decodes a blob's text as base64, dropping what no base64 has "
            "(base64.b64decode, binaryformat.py)",
        ),
    },
)
