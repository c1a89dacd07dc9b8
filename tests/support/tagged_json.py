"""Parameters as plain JSON, with what JSON has no word for tagged, so two sides compare equal."""

from __future__ import annotations

import base64
import math
from collections.abc import Mapping
from typing import Any

__all__ = ["jsonable"]


def jsonable(value: Any) -> Any:
    """A plain JSON-ready deep copy of ``value``; mappings keep their order.

    ``bytes`` become ``{"$bytes": base64}``, non-finite floats
    ``{"$float": "nan"}``, and anything else JSON has no word for
    ``{"$type": type name, "repr": repr}``.
    """
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, bytes | bytearray):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, float) and not math.isfinite(value):
        return {"$float": repr(value)}
    if value is None or isinstance(value, str | int | float):  # bool is an int
        return value
    return {"$type": type(value).__name__, "repr": repr(value)[:200]}
