"""A JSON Schema compiled to plain Python checks that report diagnostics directly.

The schemas we generate (and most a caller brings) use a small part of JSON
Schema: types, properties, required members, items, bounds, patterns, enums,
formats, local ``$ref``s and ``oneOf``/``anyOf``/``allOf``. Compiling that part
once into a tree of small functions checks a request with one call per value
(40,000 entries: a fraction of jsonschema's time), and each finding is made
as a :class:`Diagnostic` with its rule id where it is found. A schema using
any other keyword is checked by jsonschema instead (``validate``).

Rule ids come from a :class:`~.check_rules.Rules` policy (``check_rules``):
the model's (``model.pattern``, a warning: botocore does not check patterns,
AWS does, and its patterns are written for another regex engine), a caller's
own schema (``schema.<keyword>`` errors), with a customization's documented
ids laid over either.
"""

from __future__ import annotations

import difflib
import functools
import operator
import pathlib
import re
from collections.abc import Callable, Mapping
from typing import Any

from .._core.caches import PATTERNS
from .._core.diagnostics import Diagnostic
from .._core.paths import Path, describe_value
from .._core.text import shorten
from .check_rules import Rules
from .patterns import shown_pattern
from .resolve import compiled_once, resolved
from .value_forms import ARTICLES, FORMAT_NAMES, FORMATS, TYPES

__all__ = ["Check", "compile_checks", "supported"]

# What a compiled check does: look at a value at a path, add what is wrong to a list.
Check = Callable[[Any, Path, list[Diagnostic]], None]
_KNOWN_KEYWORDS = frozenset(
    {
        "$schema", "$id", "$ref", "$defs", "definitions", "$comment", "title", "description",
        "default", "examples", "deprecated", "readOnly", "writeOnly", "contentEncoding",
        "contentMediaType", "type", "properties", "additionalProperties", "required", "items",
        "minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "minProperties", "maxProperties", "pattern",
        "enum", "const", "format", "oneOf", "anyOf", "allOf", "propertyNames",
        "x-aws-type", "x-aws-document", "x-aws-union",
    }
)  # fmt: skip


def supported(schema: Any, root: Mapping[str, Any] | None = None) -> bool:
    """Whether every keyword ``schema`` uses can be compiled here (else: jsonschema)."""
    seen: set[int] = set()
    pending = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
            continue
        if not isinstance(node, Mapping) or id(node) in seen:
            continue
        seen.add(id(node))
        if set(node) - _KNOWN_KEYWORDS:
            return False
        if isinstance(node.get("format"), str) and node["format"] not in FORMATS:
            return False
        for keyword in ("properties", "$defs", "definitions"):
            pending.extend(node.get(keyword, {}).values())
        for keyword in ("items", "additionalProperties", "propertyNames", "oneOf", "anyOf"):
            pending.append(node.get(keyword))
        pending.append(node.get("allOf"))
    return True


def compile_checks(schema: Mapping[str, Any], rules: Rules) -> Check:
    """The check of values against ``schema`` (a whole document, its own root)."""
    return _Compiler(schema, rules).compile(schema, "")


@functools.lru_cache(maxsize=PATTERNS)
def _regex(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except (re.error, OverflowError, RecursionError):
        return None  # a pattern Python cannot read is not checked


class _Compiler:
    def __init__(self, root: Mapping[str, Any], rules: Rules) -> None:
        self.root = root
        self.rules = rules
        self._by_target: dict[int, Check] = {}

    def finding(
        self, keyword: str, member: str, path: Path, message: str, value: Any
    ) -> Diagnostic:
        named = self.rules.naming.get((member, keyword))
        if named is not None:
            rule_id, explain = named
            return Diagnostic.at(rule_id, "error", path, explain(value))
        rule_id, severity = self.rules.rule(keyword)
        return Diagnostic.at(rule_id, severity, path, message)

    def compile(self, schema: Any, member: str) -> Check:
        if not isinstance(schema, Mapping):
            if schema is False:
                return lambda value, path, out: out.append(
                    self.finding("false", member, path, "no value is allowed here", value)
                )
            return _nothing
        if "$ref" in schema:
            target = resolved(schema, self.root)
            return self._compile_ref(target, member)
        checks = [check for check in self._checks(schema, member) if check is not _nothing]
        if not checks:
            return _nothing
        if len(checks) == 1:
            return checks[0]

        def all_checks(value: Any, path: Path, out: list[Diagnostic]) -> None:
            for check in checks:
                check(value, path, out)

        return all_checks

    def _compile_ref(self, target: Mapping[str, Any], member: str) -> Check:
        return compiled_once(self._by_target, target, lambda: self.compile(target, member))

    def _checks(self, schema: Mapping[str, Any], member: str) -> list[Check]:
        checks = [self._type(schema, member)]
        if "enum" in schema or "const" in schema:
            checks.append(self._enum(schema, member))
        checks.append(self._object(schema, member))
        checks.append(self._array(schema, member))
        checks.append(self._string(schema, member))
        checks.append(self._number(schema, member))
        for keyword in ("oneOf", "anyOf", "allOf"):
            if keyword in schema:
                checks.append(self._combined(keyword, schema[keyword], member))
        return checks

    def _type(self, schema: Mapping[str, Any], member: str) -> Check:
        declared = schema.get("type")
        if declared is None:
            return _nothing
        names = [declared] if isinstance(declared, str) else list(declared)
        tests = [TYPES[name] for name in names if name in TYPES]
        if schema.get("x-aws-type") == "blob":
            # A blob is text, or the bytes of a fileb:// file, or a streamed file (its path).
            tests.append(lambda value: isinstance(value, bytes | bytearray | pathlib.PurePath))
        wanted = " or ".join(ARTICLES.get(name, f"a {name}") for name in names)

        if len(tests) == 1:
            only = tests[0]

            def check_one_type(value: Any, path: Path, out: list[Diagnostic]) -> None:
                if not only(value):
                    message = f"expected {wanted}, got {describe_value(value)}"
                    out.append(self.finding("type", member, path, message, value))

            return check_one_type

        def check_type(value: Any, path: Path, out: list[Diagnostic]) -> None:
            if not any(test(value) for test in tests):
                message = f"expected {wanted}, got {describe_value(value)}"
                out.append(self.finding("type", member, path, message, value))

        return check_type

    def _enum(self, schema: Mapping[str, Any], member: str) -> Check:
        allowed = list(schema["enum"]) if "enum" in schema else [schema["const"]]
        keyword = "enum" if "enum" in schema else "const"
        model_enum = self.rules.rule("enum")[0] == "enum.unknown"

        def check_enum(value: Any, path: Path, out: list[Diagnostic]) -> None:
            if not any(_same(value, choice) for choice in allowed):
                close = difflib.get_close_matches(str(value), [str(a) for a in allowed], n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                if keyword == "const":
                    message = f"{shorten(value)} is not {shorten(allowed[0])}"
                elif model_enum:
                    message = (
                        f"{shorten(value)} is not a value the API model lists{hint}; "
                        "AWS may refuse it"
                    )
                else:
                    listed = ", ".join(shorten(choice) for choice in allowed[:12])
                    more = ", ..." if len(allowed) > 12 else ""
                    message = f"{shorten(value)} is not one of {listed}{more}{hint}"
                out.append(self.finding(keyword, member, path, message, value))

        return check_enum

    def _object(self, schema: Mapping[str, Any], member: str) -> Check:
        properties = {
            name: self.compile(sub, name) for name, sub in schema.get("properties", {}).items()
        }
        extra = schema.get("additionalProperties", True)
        others = None if extra is False else self.compile(extra, member)
        required = list(schema.get("required", ()))
        names = schema.get("propertyNames")
        name_check = self.compile(names, member) if isinstance(names, Mapping) else _nothing
        low, high = schema.get("minProperties"), schema.get("maxProperties")
        if not (properties or required or extra is not True or names or low or high):
            return _nothing
        known = list(properties)

        def check_object(value: Any, path: Path, out: list[Diagnostic]) -> None:
            if not isinstance(value, dict):
                return
            for name in required:
                if name not in value:
                    message = f"{name} is required"
                    out.append(self.finding("required", name, (*path, name), message, value))
            for key, item in value.items():
                check = properties.get(key)
                if check is not None:
                    check(item, (*path, key), out)
                elif others is not None:
                    others(item, (*path, key), out)
                else:
                    out.append(self._unknown_key(key, known, (*path, key), member))
                if name_check is not _nothing:
                    name_check(key, (*path, key), out)
            count = len(value)
            if (low is not None and count < low) or (high is not None and count > high):
                keyword = "minProperties" if low is not None and count < low else "maxProperties"
                message = _count_message(schema, count)
                out.append(self.finding(keyword, member, path, message, value))

        return check_object

    def _unknown_key(self, key: Any, known: list[str], path: Path, member: str) -> Diagnostic:
        close = difflib.get_close_matches(str(key), known, n=1)
        hint = f": did you mean {close[0]}?" if close else f"; known keys: {', '.join(known)}"
        if len(hint) > 300:
            hint = hint[:300] + "..."
        return self.finding(
            "additionalProperties", member, path, f"unknown key {shorten(key)}{hint}", key
        )

    def _array(self, schema: Mapping[str, Any], member: str) -> Check:
        items = schema.get("items")
        item_check = self.compile(items, member) if items is not None else _nothing
        low, high = schema.get("minItems"), schema.get("maxItems")
        if item_check is _nothing and low is None and high is None:
            return _nothing

        def check_array(value: Any, path: Path, out: list[Diagnostic]) -> None:
            if not isinstance(value, list):
                return
            if low is not None and len(value) < low:
                message = f"a list of at least {low} item(s), not {len(value)}"
                out.append(self.finding("minItems", member, path, message, value))
            if high is not None and len(value) > high:
                message = f"a list of at most {high} item(s), not {len(value)}"
                out.append(self.finding("maxItems", member, path, message, value))
            if item_check is not _nothing:
                for index, item in enumerate(value):
                    item_check(item, (*path, index), out)

        return check_array

    def _string(self, schema: Mapping[str, Any], member: str) -> Check:
        low, high = schema.get("minLength"), schema.get("maxLength")
        pattern = schema.get("pattern")
        regex = _regex(pattern) if isinstance(pattern, str) else None
        form = FORMATS.get(schema.get("format", ""))
        if low is None and high is None and regex is None and form is None:
            return _nothing

        def check_string(value: Any, path: Path, out: list[Diagnostic]) -> None:
            if not isinstance(value, str):
                return
            if low is not None and len(value) < low:
                message = f"{shorten(value)} is shorter than {low} character(s)"
                out.append(self.finding("minLength", member, path, message, value))
            if high is not None and len(value) > high:
                message = f"{shorten(value)} is longer than {high} characters ({len(value)})"
                out.append(self.finding("maxLength", member, path, message, value))
            if regex is not None and regex.search(value) is None:
                shown = shorten(shown_pattern(str(pattern)), 80)
                message = f"{shorten(value)} does not match the pattern {shown}"
                out.append(self.finding("pattern", member, path, message, value))
            if form is not None and not _passes(form, value):
                name = FORMAT_NAMES.get(schema["format"], f"a valid {schema['format']}")
                message = f"{shorten(value)} is not {name}"
                out.append(self.finding("format", member, path, message, value))

        return check_string

    def _number(self, schema: Mapping[str, Any], member: str) -> Check:
        bounds = [
            (keyword, schema[keyword])
            for keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
            if keyword in schema
        ]
        if not bounds:
            return _nothing
        words: dict[str, tuple[str, Callable[[Any, Any], bool]]] = {
            "minimum": ("less than the minimum of", operator.lt),
            "maximum": ("greater than the maximum of", operator.gt),
            "exclusiveMinimum": ("not greater than", operator.le),
            "exclusiveMaximum": ("not less than", operator.ge),
        }

        def check_number(value: Any, path: Path, out: list[Diagnostic]) -> None:
            if not TYPES["number"](value):
                return
            for keyword, bound in bounds:
                phrase, breaks = words[keyword]
                if breaks(value, bound):
                    message = f"{shorten(value)} is {phrase} {bound}"
                    out.append(self.finding(keyword, member, path, message, value))

        return check_number

    def _combined(self, keyword: str, alternatives: Any, member: str) -> Check:
        checks = [self.compile(alternative, member) for alternative in alternatives]

        def check_combined(value: Any, path: Path, out: list[Diagnostic]) -> None:
            passing = 0
            for check in checks:
                found: list[Diagnostic] = []
                check(value, path, found)
                passing += not found
            if (
                (keyword == "oneOf" and passing != 1)
                or (keyword == "anyOf" and passing == 0)
                or (keyword == "allOf" and passing != len(checks))
            ):
                message = {
                    "oneOf": f"the value must match exactly one of {len(checks)} forms, "
                    f"not {passing}",
                    "anyOf": f"the value matches none of {len(checks)} forms",
                    "allOf": "the value does not match every form it must",
                }[keyword]
                out.append(self.finding(keyword, member, path, message, value))

        return check_combined


def _nothing(value: Any, path: Path, out: list[Diagnostic]) -> None:
    """The check of a schema that allows anything."""


def _same(value: Any, choice: Any) -> bool:
    return type(value) is type(choice) and value == choice


def _passes(form: Callable[[str], bool], value: str) -> bool:
    try:
        return form(value)
    except ValueError:
        return False


def _count_message(schema: Mapping[str, Any], count: int) -> str:
    if schema.get("x-aws-union"):
        return f"a union takes exactly one member, not {count}"
    low, high = schema.get("minProperties"), schema.get("maxProperties")
    return f"{count} member(s): between {low or 0} and {high if high is not None else 'any'}"
