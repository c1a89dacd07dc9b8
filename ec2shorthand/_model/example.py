"""One example value for a schema: small, complete where it must be, and within its rules.

Unlike a skeleton (every member, placeholders of the right type), an example
is a value a command accepts as it is: every required member, the optional
ones near the top, each list with as many items as it needs (one at least),
strings within their lengths, numbers within their bounds, an enum's first
value, a union's first member alone. A shape met again inside itself, and a
document, appear only where required.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .pattern_example import pattern_example
from .resolve import resolved

__all__ = ["example_value"]

Schema = Mapping[str, Any]

# Optional members are shown this many structures deep; below that only required ones.
_OPTIONAL_DEPTH = 2
_MAX_STRUCTURES = 30
_TEXT = "string"
_BY_FORMAT = {"ipv4-cidr": "10.0.0.0/16", "ipv6-cidr": "2001:db8::/56"}
_TIMESTAMP = "2024-01-01T00:00:00Z"
# A blob's example is base64 text ('string'): the AWS CLI v2 decodes it, v1 sends it as it is.
_BLOB = "c3RyaW5n"


def example_value(schema: Schema, root: Schema) -> Any:
    """An example value of ``schema`` (whose ``$ref``s point into ``root``)."""
    return _Example(root).value(schema, 0, ())


class _Example:
    def __init__(self, root: Schema) -> None:
        self.root = root

    def value(self, schema: Schema, depth: int, stack: tuple[str, ...]) -> Any:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            stack = (*stack, ref)
        target = resolved(schema, self.root)
        if target.get("x-aws-document"):
            return {}
        if target.get("enum"):
            return target["enum"][0]
        if "const" in target:
            return target["const"]
        kind = _kind(target)
        if kind == "object":
            return self.structure(target, depth, stack)
        if kind == "map":
            keys = target.get("propertyNames", {}).get("enum") or ["key"]
            return {str(keys[0]): self.value(target["additionalProperties"], depth, stack)}
        if kind == "array":  # a list is no level of its own: its structures are
            item = target.get("items", {})
            count = max(1, int(target.get("minItems", 1)))
            return [self.value(item, depth, stack) for _ in range(count)]
        return _scalar(target, kind)

    def structure(self, schema: Schema, depth: int, stack: tuple[str, ...]) -> dict[str, Any]:
        if len(stack) > _MAX_STRUCTURES:  # a shape that requires itself: stop somewhere
            return {}
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = [name for name in schema.get("required", ()) if name in properties]
        if schema.get("x-aws-union"):  # exactly one member
            chosen = required[:1] or [
                name
                for name, sub in properties.items()
                if self._easy(sub) and not self._seen(sub, stack)
            ]
            names = chosen[:1] or list(properties)[:1]
        else:
            names = [
                name
                for name, sub in properties.items()
                if name in required
                or (depth < _OPTIONAL_DEPTH and self._easy(sub) and not self._seen(sub, stack))
            ]
            if not names and properties:  # shorthand writes no empty structure
                names = [next((n for n, s in properties.items() if self._easy(s)), "")]
                names = [name for name in names if name] or list(properties)[:1]
        return {name: self.value(properties[name], depth + 1, stack) for name in names}

    def _easy(self, schema: Schema) -> bool:
        """Whether an optional member is worth showing: not a document, nor a blob (a file's
        bytes, which some commands take only through an option of their own: lambda's
        ``--zip-file`` for ``Code.ZipFile``)."""
        target = resolved(schema, self.root)
        return not (target.get("x-aws-document") or target.get("x-aws-type") == "blob")

    def _seen(self, schema: Schema, stack: tuple[str, ...]) -> bool:
        """Whether the member leads back to a structure being written (a recursion)."""
        pending = [schema]
        while pending:
            node = pending.pop()
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref in stack:
                    return True
                continue  # another structure: its own members are checked when written
            if isinstance(node.get("items"), Mapping):
                pending.append(node["items"])
            if isinstance(node.get("additionalProperties"), Mapping):
                pending.append(node["additionalProperties"])
        return False


def _kind(schema: Schema) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((name for name in kind if name != "null"), None)
    if kind == "object" or (kind is None and "properties" in schema):
        has_values = isinstance(schema.get("additionalProperties"), Mapping)
        return "map" if "properties" not in schema and has_values else "object"
    return str(kind) if kind is not None else "string"


def _scalar(schema: Schema, kind: str) -> Any:
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        low = schema.get("minimum")
        if low is None and "exclusiveMinimum" in schema:
            low = schema["exclusiveMinimum"] + 1
        high = schema.get("maximum")
        number = max(low, 0) if low is not None else 0
        if high is not None:
            number = min(number, high)
        return int(number) if kind == "integer" else float(number)
    if schema.get("x-aws-type") == "timestamp":
        return _TIMESTAMP
    if schema.get("x-aws-type") == "blob":
        return _BLOB
    text = _BY_FORMAT.get(str(schema.get("format")), _TEXT)
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not _matches(pattern, text):
        text = pattern_example(pattern) or text
    shortest, longest = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(text) < shortest:
        # More of the last character keeps most patterns (digits stay digits).
        filler = text[-1] if text and isinstance(pattern, str) else "x"
        text += filler * (shortest - len(text))
    if longest is not None and len(text) > int(longest):
        text = text[: max(int(longest), shortest)]
    return text


def _matches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return True  # a pattern Python cannot read is not checked, nor followed here
