"""Schema-driven typing of a parsed shorthand tree, as the AWS CLI types it.

Shorthand has no types: ``FromPort=22`` parses to the string ``"22"``. The
AWS CLI then walks the argument's model and converts, and this module does the
same walk over any JSON Schema:

- where the schema wants an integer or a number, a string becomes one
  (Python's ``int``/``float`` rules: ``" 22 "`` and ``"+22"`` are 22);
- where it wants a boolean, ``"true"``/``"false"`` in any case become one;
  any other string is left for validation to report;
- where it wants an array, a single value becomes a one-element list. As in
  the AWS CLI, that wrapped value is not converted further (``Ports=5`` for an
  array of integers stays ``["5"]`` and fails validation, as it fails there);
- members are put in schema order, unknown members kept after them.

A schema is compiled once into a tree of small functions (local ``$ref``s
resolved, recursion allowed), so converting a large value costs one function
call per node.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._core.arguments import expect_mapping, expect_optional_mapping
from .._core.errors import TypeCoercionError
from .._core.paths import describe_value
from .._core.text import shorten
from .._core.tree import check_shape
from .resolve import compiled_once, resolved

__all__ = ["Coercer", "coerce", "compile_coercer"]

Coercer = Callable[[Any], Any]
_Path = list[str | int]


class _PathedError(TypeCoercionError):
    """A coercion failure on its way out, collecting the path to the value."""

    def __init__(self, message: str, steps: _Path) -> None:
        super().__init__(message)
        self.steps = steps  # innermost first: each container adds its key on the way out


def coerce(value: Any, schema: Mapping[str, Any], root: Mapping[str, Any] | None = None) -> Any:
    """Convert the strings of a parsed shorthand ``value`` to the types ``schema`` asks for.

    ``schema`` describes ``value``; ``root`` is the document its ``$ref``s
    point into (by default ``schema`` itself). Raises
    :class:`TypeCoercionError` naming the path of a value that cannot be
    converted (``[0].FromPort: 'abc' is not an integer``). It reads no file:
    a ``file://`` string is a string here (``parse_shorthand`` decides what
    ``key@=file://...`` reads, under its ``files=`` policy), so it takes no
    ``files=`` argument. A ``schema`` or ``root`` that is no mapping is a
    :class:`ShorthandError`.
    """
    expect_mapping(schema, "schema", "a JSON Schema (a mapping)")
    expect_optional_mapping(root, "root")
    check_shape(value)
    return compile_coercer(schema, root)(value)


def compile_coercer(schema: Mapping[str, Any], root: Mapping[str, Any] | None = None) -> Coercer:
    """A reusable function doing :func:`coerce` for one schema."""
    convert = _Compiler(root if root is not None else schema).compile(schema)

    def coerce_value(value: Any) -> Any:
        try:
            return convert(value)
        except _PathedError as error:
            raise TypeCoercionError(error.reason, path=tuple(reversed(error.steps))) from None

    return coerce_value


class _Compiler:
    """Turns (sub)schemas into coercer functions, one per schema reached through ``$ref``."""

    def __init__(self, root: Mapping[str, Any]) -> None:
        self._root = root
        # Keyed by the identity of the schema a $ref lands on, so a schema
        # that refers to itself ends.
        self._by_target: dict[int, Coercer] = {}

    def compile(self, schema: Mapping[str, Any] | bool) -> Coercer:
        if not isinstance(schema, Mapping):
            return _unchanged
        if "$ref" in schema and "type" not in schema:
            return self._compile_ref(schema)
        types = _types(schema)
        if "object" in types:
            return self._object(schema)
        if "array" in types:
            return _array(self.compile(schema.get("items", True)))
        if "string" in types:  # text is already right (a timestamp: text or a number)
            return _unchanged
        for kind in ("integer", "number", "boolean"):
            if kind in types:
                return _SCALARS[kind]
        return _unchanged

    def _compile_ref(self, schema: Mapping[str, Any]) -> Coercer:
        contents = resolved(schema, self._root)
        return compiled_once(self._by_target, contents, lambda: self.compile(contents))

    def _object(self, schema: Mapping[str, Any]) -> Coercer:
        members = {name: self.compile(sub) for name, sub in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties")
        others = self.compile(extra) if isinstance(extra, Mapping) else _unchanged

        def coerce_object(value: Any) -> Any:
            if not isinstance(value, dict):
                return value
            result = {}
            name = ""
            try:
                for name, convert in members.items():
                    if name in value:
                        member = value[name]
                        result[name] = member if convert is _unchanged else convert(member)
                if len(result) < len(value):  # members the schema does not name, kept after
                    for name, member in value.items():
                        if name not in result:
                            result[name] = others(member)
            except _PathedError as error:
                error.steps.append(name)
                raise
            return result

        return coerce_object


def _array(convert_item: Coercer) -> Coercer:
    def coerce_array(value: Any) -> Any:
        if not isinstance(value, list):
            return [value]
        if convert_item is _unchanged:
            return list(value)
        result: list[Any] = []
        try:
            for item in value:
                result.append(convert_item(item))
        except _PathedError as error:
            error.steps.append(len(result))  # the index of the item that failed
            raise
        return result

    return coerce_array


def _types(schema: Mapping[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return set(declared)
    if "properties" in schema or "additionalProperties" in schema:
        return {"object"}
    if "items" in schema:
        return {"array"}
    return set()


def _unchanged(value: Any) -> Any:
    return value


def _needs_text(value: Any, kind: str) -> str:
    if not isinstance(value, str):
        raise _PathedError(f"expected {kind}, got {describe_value(value)}", [])
    return value


def _numeric(wanted: str, convert: Callable[[str], Any], typed: tuple[type, ...]) -> Coercer:
    """A coercer reading text with ``convert`` (Python's own int or float rules)."""

    def to_number(value: Any) -> Any:
        if isinstance(value, typed):
            return value
        text = _needs_text(value, wanted)
        try:
            return convert(text)
        except ValueError:
            raise _PathedError(f"{shorten(value)} is not {wanted}", []) from None

    return to_number


_to_integer = _numeric("an integer", int, (bool, int))
_to_number = _numeric("a number", float, (bool, int, float))


def _to_boolean(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    lowered = _needs_text(value, "true or false").lower()
    # Any other word is left as it is, for validation to report.
    return {"true": True, "false": False}.get(lowered, value)


_SCALARS: dict[str, Coercer] = {
    "integer": _to_integer,
    "number": _to_number,
    "boolean": _to_boolean,
}
