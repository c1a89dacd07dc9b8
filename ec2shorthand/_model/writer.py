"""Values back to shorthand, typed by a schema: the inverse of parsing and coercion, proven.

Every text written is parsed and coerced back before it is returned; a value
that no spelling carries (an empty request, a value only JSON can say)
raises a ShorthandError, never a wrong text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._core.arguments import expect_mapping, expect_optional_mapping
from .._core.errors import ShorthandError
from .._core.tree import check_shape, holds_nul
from .._syntax.parse import parse_shorthand
from .._syntax.write import write_members
from .coerce import coerce

__all__ = ["to_shorthand"]


def to_shorthand(
    value: Mapping[str, Any], schema: Mapping[str, Any], root: Mapping[str, Any] | None = None
) -> str:
    """The shorthand for ``value`` that parses (and, by ``schema``, coerces) back to it.

    ``schema`` describes ``value`` (a structure); ``root`` is the document its
    ``$ref``s point into (by default ``schema``). Raises :class:`ShorthandError`
    when shorthand cannot carry the value, or an argument is of the wrong type.
    """
    expect_mapping(value, "value", "a structure (a mapping)")
    expect_mapping(schema, "schema", "a JSON Schema (a mapping)")
    expect_optional_mapping(root, "root")
    if not value:
        raise ShorthandError("shorthand writes a structure with at least one member")
    check_shape(value if isinstance(value, dict) else dict(value))
    if holds_nul(value):
        raise ShorthandError(
            "shorthand cannot carry a NUL character: no command-line argument can hold one "
            "(write the value as JSON, which escapes it)"
        )
    # Members in schema order (the API's), which is also what reading gives back.
    text = write_members(coerce(dict(value), schema, root))
    _prove(text, value, schema, root)
    return text


def _prove(
    text: str, value: Any, schema: Mapping[str, Any], root: Mapping[str, Any] | None
) -> None:
    try:
        back = coerce(parse_shorthand(text), schema, root)
    except ShorthandError:
        back = _UNREADABLE
    if back != value or not _same_types(back, value):
        raise ShorthandError(
            "shorthand cannot carry this value exactly (write it as JSON)", text, 0
        )


_UNREADABLE = object()


def _same_types(left: Any, right: Any) -> bool:
    """Equal values of equal types all the way down (True == 1 in Python; not here)."""
    pending = [(left, right)]
    while pending:
        first, second = pending.pop()
        if type(first) is not type(second):
            return False
        if isinstance(first, dict):
            pending.extend((first[key], second[key]) for key in first)
        elif isinstance(first, list):
            pending.extend(zip(first, second, strict=True))
    return True
