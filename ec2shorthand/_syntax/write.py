"""A tree back to shorthand text: the quoting rules, as named constants.

The writer prefers what a person would type: plain values bare, values with
spaces, commas or quotes in double quotes (single quotes when the value
holds a double quote), lists and structures in brackets. What no spelling
carries (a key outside the key characters, a string ending in a backslash,
which no quoting can close) raises a ShorthandError. Proving that a text
reads back as its value is the caller's step (``_model.writer``), which
knows the types.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._core.errors import ShorthandError
from .tokens import KEY_CLASS, KEY_DESCRIPTION

__all__ = ["write_members"]

# Keys: what the grammar's KEY_EQ accepts before '='.
_KEY = re.compile(KEY_CLASS + "+")
# Values a person leaves bare: no quotes, separators, brackets, blanks or escapes,
# nothing that would start a list or structure, nothing the lexer trims.
_BARE = re.compile(r"[A-Za-z0-9_.#/:@+*!$%&()<>?^`|~;-][A-Za-z0-9_.#/:@+*!$%&()<>?^`|~;=-]*")
# ... and, inside a bare list (a=x,y), no '=' either.
_BARE_ITEM = re.compile(r"[A-Za-z0-9_.#/:@+*!$%&()<>?^`|~;-]+")


def write_members(members: Mapping[str, Any]) -> str:
    """The shorthand text of a structure's members: ``Key=value,Other=[a,b]``."""
    return ",".join(_pair(key, member, top=True) for key, member in members.items())


def _pair(key: Any, value: Any, *, top: bool = False) -> str:
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise ShorthandError(
            f"the key {key!r} cannot be written in shorthand (keys use {KEY_DESCRIPTION})"
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
