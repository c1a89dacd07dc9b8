"""An operation's shapes as JSON Schema (draft 2020-12): what ``ec2shorthand schema`` prints.

Every named structure becomes a ``$defs`` entry (so recursive shapes end);
lists, maps and scalars are written inline with their constraints. The
model's types map as botocore's validation reads them: ``integer`` and
``long`` are integers, ``float`` and ``double`` numbers, ``blob`` and
``timestamp`` strings (a request carries blobs as base64 text in JSON, and a
timestamp as written). Documents and JSON-value members take any JSON value.
Idempotency tokens are never required: botocore fills them in.

Annotations of our own (ignored by other tools): ``x-aws-type`` keeps the
model's type name where JSON Schema's is coarser, ``x-aws-document`` marks a
document (the AWS CLI refuses shorthand for one).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from .._core.caches import PATTERNS
from .bundled import ServiceModel, Shape, ShapeRef

__all__ = ["DIALECT", "SchemaBuilder"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
_SCALARS = {
    "string": "string",
    "integer": "integer",
    "long": "integer",
    "float": "number",
    "double": "number",
    "boolean": "boolean",
    "blob": "string",
    "timestamp": "string",
}


@functools.lru_cache(maxsize=PATTERNS)
def _compiles(pattern: str) -> bool:
    """Whether Python's regex engine reads the model's pattern (some use Java-only syntax)."""
    try:
        re.compile(pattern)
    except (re.error, OverflowError, RecursionError):
        return False
    return True


class SchemaBuilder:
    """Builds the request (or response) schema of one operation from a service's shapes."""

    def __init__(self, model: ServiceModel, *, constraints: bool = True) -> None:
        self.model = model
        self.constraints = constraints
        self.defs: dict[str, dict[str, Any]] = {}

    def root(
        self, shape_name: str | None, *, title: str, schema_id: str, doc: str
    ) -> dict[str, Any]:
        """The whole schema of the structure ``shape_name`` (an empty request when None)."""
        if shape_name is None:
            body: dict[str, Any] = {
                "type": "object",
                "properties": {},
                "additionalProperties": False,
            }
        else:
            body = self._structure(self.model.shape(shape_name))
        schema: dict[str, Any] = {"$schema": DIALECT, "$id": schema_id, "title": title}
        if doc:
            schema["description"] = doc
        schema.update(body)
        if self.defs:
            schema["$defs"] = dict(sorted(self.defs.items()))
        return schema

    def member(self, ref: ShapeRef) -> dict[str, Any]:
        """The schema of a member, list item or map value (traits of the reference included)."""
        shape = self.model.resolve(ref)
        target = self.model.shape(ref["shape"])
        if shape["type"] == "structure" and not shape.get("document"):
            self._define(ref["shape"], target)
            schema: dict[str, Any] = {"$ref": f"#/$defs/{ref['shape']}"}
            if ref.get("doc"):
                schema = {"description": ref["doc"], **schema}
            return schema
        return self._inline(shape)

    def _define(self, name: str, shape: Shape) -> None:
        if name in self.defs:
            return
        self.defs[name] = {}  # placed first: a shape that holds itself finds it
        self.defs[name] = self._structure(shape)

    def _structure(self, shape: Shape) -> dict[str, Any]:
        members = shape.get("members", {})
        schema: dict[str, Any] = {}
        if shape.get("doc"):
            schema["description"] = shape["doc"]
        schema["type"] = "object"
        schema["properties"] = {name: self.member(ref) for name, ref in members.items()}
        schema["additionalProperties"] = False
        required = [
            name
            for name in shape.get("required", ())
            if name in members and not self.model.resolve(members[name]).get("idempotencyToken")
        ]
        if required:
            schema["required"] = required
        if shape.get("union"):
            schema["x-aws-union"] = True
            if self.constraints:
                schema["minProperties"] = 1
                schema["maxProperties"] = 1
        return schema

    def _inline(self, shape: Shape) -> dict[str, Any]:
        kind = shape["type"]
        schema: dict[str, Any] = {}
        if shape.get("doc"):
            schema["description"] = shape["doc"]
        if shape.get("document") or (shape.get("jsonvalue") and shape.get("location") == "header"):
            schema["x-aws-document"] = True
            if kind == "string":  # a JSON value sent as a header: the model calls it a string
                schema["x-aws-type"] = kind
            return schema
        if kind == "list":
            schema["type"] = "array"
            schema["items"] = self.member(shape["member"])
            self._bounds(schema, shape, "minItems", "maxItems")
        elif kind == "map":
            schema["type"] = "object"
            schema["additionalProperties"] = self.member(shape["value"])
            key = self.model.resolve(shape["key"])
            if self.constraints and key.get("enum"):
                schema["propertyNames"] = {"enum": list(key["enum"])}
        elif kind == "structure":  # a document structure
            schema["x-aws-document"] = True
        elif kind == "timestamp":  # as written, or seconds since the epoch (botocore takes both)
            schema["type"] = ["string", "number"]
            schema["x-aws-type"] = kind
            schema["format"] = "timestamp"  # text botocore reads as a date (value_forms)
        else:
            schema["type"] = _SCALARS.get(kind, "string")
            if schema["type"] != kind:
                schema["x-aws-type"] = kind
            if kind == "string":
                self._bounds(schema, shape, "minLength", "maxLength")
                pattern = shape.get("pattern")
                if self.constraints and pattern and _compiles(pattern):
                    schema["pattern"] = pattern
                if shape.get("enum"):
                    schema["enum"] = list(shape["enum"])
            elif kind in ("integer", "long", "float", "double"):
                self._bounds(schema, shape, "minimum", "maximum")
        return schema

    def _bounds(self, schema: dict[str, Any], shape: Shape, low: str, high: str) -> None:
        if not self.constraints:
            return
        if "min" in shape:
            schema[low] = shape["min"]
        if "max" in shape:
            schema[high] = shape["max"]
