"""Which operations exist, and what each is made of: the source behind ``get_operation``.

Until the bundled model lands, the operations are the six whose schemas are
shipped in ``schemas/``; their members are read from those schemas.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from .._core.errors import UnknownOperationError
from .resolve import resolved
from .schemas import shipped_operations, shipped_schema

__all__ = ["is_service", "load_operation", "operation_names", "service_names"]

_JSON_TO_MODEL_TYPE = {
    "object": "structure",
    "array": "list",
    "integer": "integer",
    "number": "double",
    "boolean": "boolean",
    "string": "string",
}


def service_names() -> tuple[str, ...]:
    return ("ec2",)


def is_service(name: str) -> bool:
    """Whether ``name`` is a service the AWS CLI knows (a model service, or one of its own)."""
    return name in service_names()


def operation_names(service: str) -> tuple[str, ...]:
    if service not in service_names():
        raise UnknownOperationError(_unknown("service", service, service_names()))
    return shipped_operations()


def load_operation(service: str, name: str) -> dict[str, Any]:
    """The fields of ``Operation(service, name)``."""
    names = operation_names(service)
    schema = shipped_schema(service, name)
    if schema is None:
        raise UnknownOperationError(_unknown("operation", name, names) + f" of {service}")
    required = set(schema.get("required", ()))
    members = tuple(
        _member(member, sub, schema, member in required)
        for member, sub in schema["properties"].items()
    )
    return {
        "service": service,
        "name": name,
        "api_name": str(schema.get("title", name)),
        "schema": schema,
        "members": members,
        "output_schema": shipped_schema(service, name, output=True) or {},
        "doc": str(schema.get("description", "")),
    }


def _member(name: str, schema: Mapping[str, Any], root: Mapping[str, Any], required: bool) -> Any:
    from .operation import Member

    target = resolved(schema, root)
    kind = _JSON_TO_MODEL_TYPE.get(str(target.get("type")), "string")
    item_type = None
    if kind == "list":
        items = resolved(target.get("items", {}), root)
        item_type = _JSON_TO_MODEL_TYPE.get(str(items.get("type")), "string")
    return Member(
        name,
        kind,
        schema,
        required,
        item_type=item_type,
        shorthand=kind == "structure" or item_type in ("structure", "list"),
        doc=str(schema.get("description") or target.get("description", "")),
    )


def _unknown(what: str, name: str, known: tuple[str, ...]) -> str:
    matches = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean {matches[0]!r}?)" if matches else ""
    return f"unknown {what} {name!r}{hint}"
