"""Where a cursor is in a JSON document being typed: the path to it and what is typed there.

The text before the cursor is cut anywhere (inside a key, after a ``:``,
inside a string), so no JSON parser can finish it, and :mod:`.documents`'
scanner stops at the first thing that is not JSON. This scanner reads the
prefix once, left to right, with JSON's own punctuation, keeping only what
completion and hover need: the open containers with their paths, the keys
already given in the innermost object, and whether the cursor is in a key,
at a value's start or inside a string value. Anything JSON would refuse ends
the reading with no answer: completion never guesses past a mistake.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Literal

from .._core.paths import Path

__all__ = ["JsonCursor", "json_cursor"]

Place = Literal["key", "value", "string"]

_BLANK = " \t\r\n"
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_OPEN_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*\\?\Z')
_SCALAR = re.compile(r"[A-Za-z0-9.+-]+")


@dataclass(frozen=True)
class JsonCursor:
    """What the cursor is in.

    Attributes:
        place: ``key`` (a member name goes here), ``value`` (a value starts
            here) or ``string`` (inside a string value's quotes).
        path: for ``key``, the path of the object; otherwise of the value.
        keys: the keys given before the cursor in the object it is in.
        typed: what is typed of the key, the string or the bare value so far.
        quoted: whether ``typed`` follows an opening quote (then it starts
            ``len(typed) + 1`` characters before the cursor).
    """

    place: Place
    path: Path
    keys: tuple[str, ...]
    typed: str
    quoted: bool


@dataclass
class _Container:
    is_object: bool
    path: Path
    keys: list[str] = field(default_factory=list)
    index: int = 0


def json_cursor(prefix: str) -> JsonCursor | None:
    """Where the end of ``prefix`` (the document's text up to the cursor) is, or None."""
    stack: list[_Container] = []
    state, at, key = "value", 0, ""
    while True:
        while at < len(prefix) and prefix[at] in _BLANK:
            at += 1
        if at == len(prefix):
            return _at_end(state, stack)
        char = prefix[at]
        if state in ("value", "key") and char == '"':
            closed = _STRING.match(prefix, at)
            if closed is None:
                if _OPEN_STRING.match(prefix, at) is None:
                    return None  # a line break inside a string: no JSON
                return _in_string(state, stack, prefix[at + 1 :])
            at = closed.end()
            if state == "key":
                key, state = json.loads(closed.group()), "colon"
            else:
                state = "after"
        elif state == "value" and char in "{[":
            stack.append(_Container(char == "{", _value_path(stack)))
            state, at = ("key" if char == "{" else "value"), at + 1
        elif state == "value" and char == "]" and stack and not stack[-1].is_object:
            stack.pop()  # an empty list
            state, at = "after", at + 1
        elif state == "value":
            scalar = _SCALAR.match(prefix, at)
            if scalar is None:
                return None
            if scalar.end() == len(prefix):
                return JsonCursor("value", _value_path(stack), _keys(stack), scalar.group(), False)
            state, at = "after", scalar.end()
        elif state == "key" and char == "}":
            stack.pop()
            state, at = "after", at + 1
        elif state == "colon" and char == ":":
            stack[-1].keys.append(key)
            state, at = "value", at + 1
        elif state == "after" and char == "," and stack:
            stack[-1].index += 1
            state, at = ("key" if stack[-1].is_object else "value"), at + 1
        elif state == "after" and char in "}]" and stack and stack[-1].is_object == (char == "}"):
            stack.pop()
            at += 1
        else:
            return None


def _value_path(stack: list[_Container]) -> Path:
    if not stack:
        return ()
    top = stack[-1]
    return (*top.path, top.keys[-1]) if top.is_object else (*top.path, top.index)


def _keys(stack: list[_Container]) -> tuple[str, ...]:
    return tuple(stack[-1].keys) if stack and stack[-1].is_object else ()


def _at_end(state: str, stack: list[_Container]) -> JsonCursor | None:
    if state == "key" and stack:
        return JsonCursor("key", stack[-1].path, _keys(stack), "", False)
    if state == "value":
        return JsonCursor("value", _value_path(stack), _keys(stack), "", False)
    return None


def _in_string(state: str, stack: list[_Container], typed: str) -> JsonCursor:
    if state == "key":
        return JsonCursor("key", stack[-1].path, _keys(stack), typed, True)
    return JsonCursor("string", _value_path(stack), _keys(stack), typed, True)
