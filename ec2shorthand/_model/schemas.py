"""The JSON Schemas shipped in ``schemas/``: requests and responses of six EC2 operations.

Generated from the EC2 API model by ``scripts/generate_schemas.py``, with the
reference page's documented rules added (``scripts/schema_constraints.py``).
Property order follows the API model, and reading relies on it to emit keys
in that order. For these operations the shipped schema is the request
schema; every other operation's is made from the bundled model.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from .._resources import data_folder

__all__ = ["shipped_schema"]


@functools.cache
def _shipped_names() -> frozenset[str]:
    return frozenset(
        entry.name for entry in data_folder("schemas").iterdir() if entry.name.endswith(".json")
    )


def shipped_schema(service: str, operation: str, *, output: bool = False) -> dict[str, Any] | None:
    """The shipped schema of ``operation``'s request (or response), or None if none is shipped.

    The result is cached and shared between callers: do not mutate it.
    """
    if service != "ec2":
        return None
    file_name = f"{operation}.output.json" if output else f"{operation}.json"
    if file_name not in _shipped_names():
        return None
    return _load(file_name)


@functools.cache
def _load(file_name: str) -> dict[str, Any]:
    text = data_folder("schemas").joinpath(file_name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
