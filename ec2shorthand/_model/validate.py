"""Validation of a whole request against its JSON Schema, in our terms.

Types are checked as botocore checks them before a request is sent: an
integer is a Python ``int`` (not ``22.0``, not ``True``), a string a ``str``.
Each jsonschema error becomes a :class:`Diagnostic` with a rule id and a
plain message. Which rule id and advice a schema keyword gets for a given
member is the caller's to say (``Naming``): the security-group customization
names its documented rules; a caller's own schema gets generic ids.

jsonschema is imported only when something is validated.
"""

from __future__ import annotations

import difflib
import functools
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._core.diagnostics import Diagnostic
from .._core.paths import Path, describe_value
from .._core.text import shorten
from .check_rules import Naming
from .value_forms import FORMATS, is_integer

if TYPE_CHECKING:
    from jsonschema import ValidationError
    from jsonschema.protocols import Validator

__all__ = [
    "in_document_order",
    "schema_diagnostics",
    "validate_against",
    "validator_for",
]


@functools.cache
def _validator_class() -> Any:
    from jsonschema import Draft202012Validator
    from jsonschema.validators import extend

    return extend(  # type: ignore[no-untyped-call]  # jsonschema leaves it untyped
        Draft202012Validator,
        type_checker=Draft202012Validator.TYPE_CHECKER.redefine(
            "integer", lambda _checker, instance: is_integer(instance)
        ),
    )


@functools.cache
def _format_checker() -> Any:
    from jsonschema import FormatChecker

    formats = FormatChecker()

    for name, form in FORMATS.items():
        formats.checks(name, raises=ValueError)(_text_only(form))
    return formats


def _text_only(form: Callable[[str], bool]) -> Callable[[object], bool]:
    # A format says nothing of a value that is not text (the type check does).
    return lambda instance: not isinstance(instance, str) or form(instance)


def validator_for(schema: Mapping[str, Any]) -> Validator:
    """A validator for any schema: botocore's types, our CIDR formats."""
    validator: Validator = _validator_class()(schema, format_checker=_format_checker())
    return validator


def validate_against(schema: Mapping[str, Any], params: Any) -> list[Diagnostic]:
    """Every breach of a caller's own ``schema`` in ``params``, in request order.

    A schema in the part of JSON Schema ``checks`` compiles is checked by the
    compiled checks; any other by jsonschema.
    """
    from .check_rules import SCHEMA_RULES
    from .checks import compile_checks, supported

    if supported(schema):
        found: list[Diagnostic] = []
        compile_checks(schema, SCHEMA_RULES)(params, (), found)
    else:
        found = schema_diagnostics(validator_for(schema), params)
    return in_document_order(found, params)


def schema_diagnostics(
    validator: Validator, params: Any, naming: Naming | None = None
) -> list[Diagnostic]:
    """Every breach of the schema in ``params``, as diagnostics (unsorted).

    With ``naming`` (a bundled operation's), documented rules get their ids
    and advice; without it (a caller's schema), generic ``schema.<keyword>`` ids.
    """
    return [
        diagnostic
        for error in validator.iter_errors(params)
        for diagnostic in _explain(error, naming)
    ]


def in_document_order(diagnostics: Sequence[Diagnostic], params: Any) -> list[Diagnostic]:
    """The diagnostics sorted by where their value stands in the request (rule id breaks ties).

    A missing member has no place of its own: it sorts with its parent.
    Only the diagnostics' own paths are looked up (a request of a million
    values with two findings costs two short walks, not a walk of the request).
    """
    if len(diagnostics) < 2:
        return list(diagnostics)
    # Where each key stands in its structure, worked out once per structure.
    key_orders: dict[int, dict[Any, int]] = {}

    def place(diagnostic: Diagnostic) -> tuple[tuple[int, ...], str]:
        node, ordinals = params, []
        for step in diagnostic.steps:
            if isinstance(node, dict) and step in node:
                keys = key_orders.get(id(node))
                if keys is None:
                    keys = key_orders[id(node)] = {key: index for index, key in enumerate(node)}
                ordinals.append(keys[step])
            elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
                ordinals.append(step)
            else:
                break  # a missing member sorts with its parent
            node = node[step]
        return tuple(ordinals), diagnostic.rule

    return sorted(diagnostics, key=place)


def _explain(error: ValidationError, naming: Naming | None) -> Iterator[Diagnostic]:
    """One jsonschema error in our terms (unknown keys: one diagnostic each)."""
    path: Path = tuple(error.absolute_path)
    keyword = str(error.validator)
    # jsonschema types these as possibly unset; on a reported error they are set.
    schema: Any = error.schema
    instance: Any = error.instance
    expected: Any = error.validator_value
    if keyword == "additionalProperties" and isinstance(instance, dict):
        known = list(schema.get("properties", {}))
        for key in instance:
            if key not in known:
                close = difflib.get_close_matches(str(key), known, n=1)
                hint = (
                    f": did you mean {close[0]}?" if close else f"; known keys: {', '.join(known)}"
                )
                yield Diagnostic.at(
                    "model.unknown-key",
                    "error",
                    (*path, key),
                    f"unknown key {shorten(key)}{hint}",
                )
    elif keyword == "type":
        if _is_blob_content(schema, instance):
            return
        yield Diagnostic.at(
            "model.type",
            "error",
            path,
            f"expected {_article(expected)}, got {describe_value(instance)}",
        )
    elif keyword == "required":
        for name in expected:
            if name not in instance:
                yield Diagnostic.at("model.required", "error", (*path, name), f"{name} is required")
    elif keyword == "enum" and naming is not None:
        yield Diagnostic.at(
            "enum.unknown",
            "warning",
            path,
            f"{shorten(instance)} is not a value the API model lists; AWS may refuse it",
        )
    else:
        member = next((step for step in reversed(path) if isinstance(step, str)), "")
        named = (naming or {}).get((member, keyword))
        if named is None:
            yield Diagnostic.at(f"schema.{keyword}", "error", path, _generic(error))
        else:
            rule, explain = named
            yield Diagnostic.at(rule, "error", path, explain(instance))


def _is_blob_content(schema: Any, instance: Any) -> bool:
    """A blob member holds text, or (as botocore takes them) bytes from ``fileb://`` or the
    file a streamed body names: JSON Schema says "string", which only the text is."""
    is_blob = isinstance(schema, Mapping) and schema.get("x-aws-type") == "blob"
    return is_blob and isinstance(instance, bytes | bytearray | os.PathLike)


def _generic(error: ValidationError) -> str:
    """jsonschema's message, with the value in it cut short (a 10 MB value is not printed)."""
    instance: Any = error.instance
    text = repr(instance)
    if len(text) > 120 and text in error.message:
        return error.message.replace(text, shorten(instance))
    return error.message


def _article(types: Any) -> str:
    names = [types] if isinstance(types, str) else list(types)
    words = {
        "integer": "an integer",
        "array": "a list",
        "object": "a structure",
        "string": "a string",
    }
    return " or ".join(words.get(name, f"a {name}") for name in names)
