"""Values back to shorthand: the inverse of parsing and coercion, and proven so.

The writer prefers what a person would type: plain values bare, values with
spaces, commas or quotes in double quotes (single quotes when the value
holds a double quote), lists and structures in brackets. Every text it
writes is parsed back before it is returned; a value that no spelling
carries (a key outside the key characters, an empty request, a string
ending in a backslash that no quoting can close) raises a ShorthandError,
never a wrong text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._coerce import coerce
from ._errors import ShorthandError
from ._shorthand import parse_shorthand
from ._values import KEY_CLASS

__all__ = ["to_shorthand"]

# Keys: what the grammar's KEY_EQ accepts before '='.
_KEY = re.compile(KEY_CLASS + "+")
# Values a person leaves bare: no quotes, separators, brackets, blanks or escapes,
# nothing that would start a list or structure, nothing the lexer trims.
_BARE = re.compile(r"[A-Za-z0-9_.#/:@+*!$%&()<>?^`|~;-][A-Za-z0-9_.#/:@+*!$%&()<>?^`|~;=-]*")
# ... and, inside a bare list (a=x,y), no '=' either.
_BARE_ITEM = re.compile(r"[A-Za-z0-9_.#/:@+*!$%&()<>?^`|~;-]+")
_QUOTES = ('"', "'")


def to_shorthand(
    value: Mapping[str, Any], schema: Mapping[str, Any], root: Mapping[str, Any] | None = None
) -> str:
    """The shorthand for ``value`` that parses (and, by ``schema``, coerces) back to it.

    ``schema`` describes ``value`` (a structure); ``root`` is the document its
    ``$ref``s point into (by default ``schema``). Raises :class:`ShorthandError`
    when shorthand cannot carry the value.
    """
    if not isinstance(value, Mapping) or not value:
        raise ShorthandError("shorthand writes a structure with at least one member")
    # Members in schema order (the API's), which is also what reading gives back.
    ordered = coerce(dict(value), schema, root)
    text = ",".join(_pair(key, member, top=True) for key, member in ordered.items())
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
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return all(_same_types(left[key], right[key]) for key in left)
    if isinstance(left, list):
        return all(_same_types(a, b) for a, b in zip(left, right, strict=True))
    return True


def _pair(key: Any, value: Any, *, top: bool = False) -> str:
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise ShorthandError(
            f"the key {key!r} cannot be written in shorthand (keys use -_.#/: letters and digits)"
        )
    return f"{key}={_value(value, top=top)}"


def _value(value: Any, *, top: bool = False) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _string(value, empty_ok=top)
    if isinstance(value, list):
        if (
            top
            and len(value) > 1
            and all(isinstance(item, str) and _BARE_ITEM.fullmatch(item) for item in value)
        ):
            return ",".join(value)  # the bare list a person writes: Ids=a,b
        return "[" + ",".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(_pair(key, member) for key, member in value.items()) + "}"
    raise ShorthandError(f"{type(value).__name__} values cannot be written in shorthand")


def _string(value: str, *, empty_ok: bool) -> str:
    if value == "" and empty_ok:
        return ""  # a=  (only where nothing can follow but a comma and the next key)
    if _BARE.fullmatch(value):
        return value
    quote = '"' if '"' not in value else "'"
    if value.endswith("\\"):
        # A closing quote after a backslash reads as an escaped quote: no quoting carries it.
        raise ShorthandError("a value ending in a backslash cannot be quoted in shorthand")
    escaped = value.replace("\\", "\\\\").replace(quote, "\\" + quote)
    return quote + escaped + quote
