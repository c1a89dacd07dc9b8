"""``$ref`` resolution and schema-ordered values: one resolver for every schema we walk.

Schemas here are self-contained: the bundled ones refer to ``#/$defs/Name``,
and a caller's own may use any local JSON Pointer (``#/definitions/x``,
``#/properties/a/items``, or ``#`` itself). A reference to another document
is refused: nothing is fetched.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from .._core.errors import ShorthandError

__all__ = ["Orderer", "compile_orderer", "compiled_once", "in_schema_order", "resolved"]

Schema = Mapping[str, Any]
_Compiled = TypeVar("_Compiled", bound=Callable[..., Any])


def resolved(schema: Schema, root: Schema) -> Schema:
    """``schema``, or what its ``$ref`` points at in ``root`` (followed until none is left)."""
    seen: set[str] = set()
    while isinstance(ref := schema.get("$ref"), str):
        if ref in seen:
            raise ShorthandError(f"the schema's $ref {ref!r} refers to itself")
        seen.add(ref)
        schema = _pointer(ref, root)
    return schema


def compiled_once(
    cache: dict[int, _Compiled], target: Schema, build: Callable[[], _Compiled]
) -> _Compiled:
    """What ``build`` compiles from ``target`` (a schema a ``$ref`` lands on), built once.

    Keyed by the target's identity. While it is being built, a schema that
    refers to itself meets a forwarder, which ends the recursion; once built,
    every later reference gets the compiled function itself.
    """
    key = id(target)
    if key not in cache:
        built: list[_Compiled] = []
        cache[key] = cast(_Compiled, lambda *args: built[0](*args))
        built.append(build())
        cache[key] = built[0]
    return cache[key]


def _pointer(ref: str, root: Schema) -> Schema:
    base, _, fragment = ref.partition("#")
    if base and base != root.get("$id"):
        raise ShorthandError(f"the schema's $ref {ref!r} names another document: not supported")
    target: Any = root
    for token in fragment.split("/")[1:] if fragment else ():
        step = token.replace("~1", "/").replace("~0", "~")
        if isinstance(target, list) and step.isdigit() and int(step) < len(target):
            target = target[int(step)]
        elif isinstance(target, Mapping) and step in target:
            target = target[step]
        else:
            raise ShorthandError(f"the schema's $ref {ref!r} points at nothing")
    if not isinstance(target, Mapping):
        raise ShorthandError(f"the schema's $ref {ref!r} points at no schema")
    return target


def in_schema_order(value: Any, schema: Schema, root: Schema) -> Any:
    """``value`` with every structure's members in the schema's order (unknown ones after).

    Values are left as they are; only where the schema describes a structure
    are its keys reordered, so the walk is as deep as the schema, no deeper.
    A container already in order is returned as it is, not copied (a request
    of a million values read in order costs no second copy), and each schema
    is resolved once per call, not once per value.
    """
    return compile_orderer(schema, root)(value)


Orderer = Callable[[Any], Any]


def compile_orderer(schema: Schema, root: Schema) -> Orderer:
    """A reusable :func:`in_schema_order` for one schema (its ``$ref``s resolved once)."""
    return _OrderCompiler(root).compile(schema)


def _unchanged(value: Any) -> Any:
    return value


class _OrderCompiler:
    def __init__(self, root: Schema) -> None:
        self._root = root
        self._by_target: dict[int, Orderer] = {}

    def compile(self, schema: Any) -> Orderer:
        if not isinstance(schema, Mapping):
            return _unchanged
        if "$ref" in schema:
            target = resolved(schema, self._root)
            return compiled_once(self._by_target, target, lambda: self.compile(target))
        if "properties" in schema:
            return self._object(schema["properties"])
        items = schema.get("items")
        if isinstance(items, Mapping):
            item_order = self.compile(items)
            if item_order is _unchanged:
                return _unchanged

            def order_list(value: Any) -> Any:
                if not isinstance(value, list):
                    return value
                return [item_order(item) for item in value]

            return order_list
        return _unchanged

    def _object(self, properties: Mapping[str, Any]) -> Orderer:
        names = list(properties)
        children = {name: self.compile(sub) for name, sub in properties.items()}
        nested = {name: child for name, child in children.items() if child is not _unchanged}

        def order_object(value: Any) -> Any:
            if not isinstance(value, dict):
                return value
            ordered = {name: value[name] for name in names if name in value}
            for name, child in nested.items():
                if name in ordered:
                    ordered[name] = child(ordered[name])
            if len(ordered) < len(value):  # members the schema does not name, kept after
                ordered.update(
                    (name, member) for name, member in value.items() if name not in ordered
                )
            return ordered

        return order_object
