"""Completing a shorthand value as it is typed: members not yet given, enum values, booleans.

The text typed so far is cut anywhere (inside a key, right after ``=``, inside
``[{``), so no parse of it can finish; instead it is read once, left to right,
with the shorthand's own characters (``KEY_CHARS``, the quotes, ``=``, ``,``,
brackets and braces), keeping only what completion needs: the schema each
open ``{`` or ``[`` stands for, the keys already given there, and whether the
cursor is in a key or in a value. Anything the grammar would refuse ends the
reading with no candidates: completion never guesses past a mistake.

A candidate is the whole value with the completion put in, so a shell, an
editor or an argparse/click front end can replace the word it has with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .._syntax.tokens import KEY_CHARS, SKIPPED_WHITESPACE
from .resolve import resolved

__all__ = [
    "ExtraValues",
    "ValueCompletion",
    "complete_value",
    "member_schema",
    "member_suffix",
    "takes_members",
    "value_type",
]

Schema = Mapping[str, Any]
ExtraValues = Callable[[tuple[str, ...], Schema], Sequence[str]]
"""Values the schema does not list but the model's docs do (EC2 filter names): given the
path of member names to the value being typed and its schema, the values to offer."""

Kind = Literal["member", "enum", "boolean", "value"]
_QUOTES = "'\""
BOOLEANS = ("true", "false")


@dataclass(frozen=True)
class ValueCompletion:
    """One way to go on: ``text`` is the whole value with it; ``label`` what was added."""

    text: str
    label: str
    kind: Kind
    detail: str = ""


@dataclass
class _Frame:
    """An open ``{`` (or the value itself) or ``[``: its schema and the keys given in it."""

    schema: Schema
    path: tuple[str, ...]
    keys: list[str] = field(default_factory=list)
    key: str | None = None  # the key whose value is being read


class _Stop(Exception):
    """The text cannot be read on: nothing to offer."""


def complete_value(
    schema: Schema,
    typed: str,
    *,
    root: Schema | None = None,
    extra_values: ExtraValues | None = None,
) -> list[ValueCompletion]:
    """How the shorthand value ``typed`` (cut at the cursor) can go on, for ``schema``.

    ``root`` is the schema that ``$ref``s in ``schema`` point into (``schema``
    itself by default). A JSON value (``{"``, ``[``) gets no candidates: its
    completion is an editor's business.
    """
    root = schema if root is None else root
    top = resolved(schema, root)
    if _is_list(top):
        top = resolved(top.get("items", {}), root)
    if typed.lstrip(SKIPPED_WHITESPACE)[:1] in ("[", "{"):
        return []
    reader = _Reader(typed, root)
    try:
        if _is_structure(top) or _is_map(top):
            reader.read_pairs(_Frame(top, ()))
        else:
            reader.read_scalar(_Frame(top, ()), top)
    except _Stop:
        return []
    return reader.candidates(extra_values)


class _Reader:
    """One left-to-right reading of the typed text; where it stops is where the cursor is."""

    def __init__(self, text: str, root: Schema) -> None:
        self.text = text
        self.root = root
        self.at = 0
        # Set when the end of the text is reached: what is being typed there.
        self.frame: _Frame | None = None
        self.in_key = False
        self.token_start = 0
        self.value_schema: Schema | None = None

    # --- reading ------------------------------------------------------------------

    def _end(self, frame: _Frame, *, in_key: bool, start: int, value: Schema | None = None) -> None:
        self.frame, self.in_key, self.token_start, self.value_schema = frame, in_key, start, value
        raise _Done

    def read_pairs(self, frame: _Frame) -> None:
        try:
            self._pairs(frame, closer=None)
        except _Done:
            return
        raise _Stop  # the text ended in a way that leaves nothing to complete

    def read_scalar(self, frame: _Frame, schema: Schema) -> None:
        try:
            self._value(frame, schema, closers="")
        except _Done:
            return
        raise _Stop

    def _pairs(self, frame: _Frame, closer: str | None) -> None:
        """``key=value`` pairs up to ``closer`` (``}``) or the end of the text."""
        text = self.text
        while True:
            self._skip_blanks()
            start = self.at
            while self.at < len(text) and text[self.at] in KEY_CHARS:
                self.at += 1
            if self.at == len(text):
                self._end(frame, in_key=True, start=start)
            key = text[start : self.at]
            self._skip_blanks()
            if text.startswith("@=", self.at):
                self.at += 2
            elif text.startswith("=", self.at):
                self.at += 1
            elif closer is not None and text.startswith(closer, self.at) and not key:
                self.at += 1
                return
            else:
                raise _Stop
            if not key:
                raise _Stop
            frame.keys.append(key)
            frame.key = key
            self._skip_blanks()
            self._value(frame, self._member_schema(frame, key), closers=",}" if closer else ",")
            # After a value: a comma starts the next pair, the closer ends the structure.
            self._skip_blanks()
            if self.at == len(text):
                raise _Stop  # a finished value (a closed bracket or quote): nothing to add
            if text[self.at] == ",":
                self.at += 1
                continue
            if closer is not None and text[self.at] == closer:
                self.at += 1
                return
            raise _Stop

    def _value(self, frame: _Frame, schema: Schema, closers: str) -> None:
        """One value: ``[...]``, ``{...}``, a quoted one, or a bare one up to a closer."""
        text = self.text
        path = (*frame.path, frame.key) if frame.key is not None else frame.path
        if self.at < len(text) and text[self.at] == "[":
            self.at += 1
            self._list(_Frame(schema, path), resolved(schema.get("items", {}), self.root))
            return
        if self.at < len(text) and text[self.at] == "{":
            self.at += 1
            self._pairs(_Frame(schema, path), closer="}")
            return
        if self.at < len(text) and text[self.at] in _QUOTES:
            self._skip_quoted()
            return
        start = self.at
        while self.at < len(text) and text[self.at] not in closers:
            if text[self.at] == "\\":
                self.at += 1
            self.at += 1
        if self.at >= len(text):
            value_frame = _Frame(frame.schema, path, frame.keys, frame.key)
            self._end(value_frame, in_key=False, start=start, value=schema)

    def _list(self, frame: _Frame, items: Schema) -> None:
        """Elements of ``[...]`` up to its ``]``."""
        text = self.text
        while True:
            self._skip_blanks()
            if self.at < len(text) and text[self.at] == "]":
                self.at += 1
                return
            element = _Frame(items, frame.path)
            if self.at < len(text) and text[self.at] == "{" and _is_structure(items):
                self.at += 1
                self._pairs(element, closer="}")
            else:
                self._value(element, items, closers=",]")
            self._skip_blanks()
            if self.at == len(text):
                raise _Stop
            if text[self.at] == ",":
                self.at += 1
            elif text[self.at] == "]":
                self.at += 1
                return
            else:
                raise _Stop

    def _skip_quoted(self) -> None:
        quote, text = self.text[self.at], self.text
        self.at += 1
        while self.at < len(text) and text[self.at] != quote:
            self.at += 2 if text[self.at] == "\\" else 1
        if self.at >= len(text):
            raise _Stop  # inside quotes: a free text, nothing to offer
        self.at += 1

    def _skip_blanks(self) -> None:
        while self.at < len(self.text) and self.text[self.at] in SKIPPED_WHITESPACE:
            self.at += 1

    def _member_schema(self, frame: _Frame, key: str) -> Schema:
        return member_schema(frame.schema, key, self.root)

    # --- offering -----------------------------------------------------------------

    def candidates(self, extra_values: ExtraValues | None) -> list[ValueCompletion]:
        frame = self.frame
        if frame is None:
            return []
        head, typed = self.text[: self.token_start], self.text[self.token_start :]
        if self.in_key:
            return [
                ValueCompletion(head + name + suffix, name + suffix, "member", value_type(member))
                for name, member, suffix in self._members(frame)
                if name.startswith(typed)
            ]
        schema = self.value_schema or {}
        offered: Iterable[tuple[str, Kind]] = ()
        if isinstance(schema.get("enum"), list):
            offered = ((str(value), "enum") for value in schema["enum"])
        elif schema.get("type") == "boolean":
            offered = ((value, "boolean") for value in BOOLEANS)
        elif extra_values is not None:
            offered = ((value, "value") for value in extra_values(frame.path, schema))
        return [
            ValueCompletion(head + value, value, kind)
            for value, kind in offered
            if value.startswith(typed)
        ]

    def _members(self, frame: _Frame) -> Iterable[tuple[str, Schema, str]]:
        properties = frame.schema.get("properties")
        if isinstance(properties, Mapping):
            for name, member in properties.items():
                if name not in frame.keys:
                    target = resolved(member, self.root)
                    yield name, target, member_suffix(target, self.root)
            return
        # A map whose keys are one of a list (SQS's queue attributes): those keys.
        keys = resolved(frame.schema.get("propertyNames", {}), self.root).get("enum")
        values = frame.schema.get("additionalProperties")
        if isinstance(keys, list) and isinstance(values, Mapping):
            target = resolved(values, self.root)
            for name in keys:
                if str(name) not in frame.keys:
                    yield str(name), target, member_suffix(target, self.root)


def member_schema(schema: Schema, key: str, root: Schema) -> Schema:
    """The (resolved) schema of member ``key`` of a structure or map (``{}`` if it has none)."""
    properties = schema.get("properties")
    if isinstance(properties, Mapping) and key in properties:
        return resolved(properties[key], root)
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping):
        return resolved(extra, root)
    return {}


class _Done(Exception):
    """The end of the text was reached; the reader knows what is being typed there."""


def member_suffix(schema: Schema, root: Schema) -> str:
    """What follows a member's name: ``={`` for a structure or map, ``=[`` (``=[{``) for a list."""
    if _is_list(schema):
        items = resolved(schema.get("items", {}), root)
        return "=[{" if _is_structure(items) else "=["
    if _is_structure(schema) or _is_map(schema):
        return "={"
    return "="


def takes_members(schema: Schema, root: Schema) -> bool:
    """Whether a value of ``schema`` (one item, for a list) is written as ``key=value`` pairs."""
    target = resolved(schema, root)
    if _is_list(target):
        target = resolved(target.get("items", {}), root)
    return _is_structure(target) or _is_map(target)


def _is_list(schema: Schema) -> bool:
    return schema.get("type") == "array"


def _is_structure(schema: Schema) -> bool:
    return schema.get("type") == "object" and isinstance(schema.get("properties"), Mapping)


def _is_map(schema: Schema) -> bool:
    return schema.get("type") == "object" and isinstance(
        schema.get("additionalProperties"), Mapping
    )


def value_type(schema: Schema) -> str:
    """``list``, ``structure``, ``map`` or the JSON Schema type of a (resolved) schema."""
    if _is_list(schema):
        return "list"
    if _is_structure(schema):
        return "structure"
    if _is_map(schema):
        return "map"
    kind = schema.get("type")
    return kind if isinstance(kind, str) else "value"
