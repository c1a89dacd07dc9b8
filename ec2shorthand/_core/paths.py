"""Paths into a request: ``("IpPermissions", 0, "FromPort")`` and how to write them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["Path", "describe_value", "format_path"]

# Keys and list indexes from the request's root to one value.
Path = tuple[str | int, ...]


# A path is for reading: a 100,000-character key, or a path 100 levels deep, is cut
# in the middle to these lengths (``steps`` keep the exact keys).
_STEP_CHARS = 60
_PATH_CHARS = 300


def format_path(steps: Iterable[str | int], *, empty: str = "(the request)") -> str:
    """``("IpPermissions", 0, "FromPort")`` -> ``IpPermissions[0].FromPort``.

    Long keys and long paths are cut in the middle (``...``): messages stay short.
    """
    text = ""
    for step in steps:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            name = _cut(str(step), _STEP_CHARS)
            text += f".{name}" if text else name
    return _cut(text, _PATH_CHARS) or empty


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    half = limit // 2
    return f"{text[:half]}...({len(text) - 2 * half} more)...{text[-half:]}"


def describe_value(value: Any) -> str:
    """How to name a value that has the wrong type: ``the string '22'``, ``a list``."""
    from .text import shorten

    if isinstance(value, bool):
        return f"the boolean {value}"
    if isinstance(value, str):
        return f"the string {shorten(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a structure"
    if isinstance(value, bytes):
        return "bytes (from fileb://)"
    if value is None:
        return "null"
    return f"the {type(value).__name__} {shorten(value)}"
