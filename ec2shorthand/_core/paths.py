"""Paths into a request: ``("IpPermissions", 0, "FromPort")`` and how to write them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["Path", "describe_value", "format_path"]

# Keys and list indexes from the request's root to one value.
Path = tuple[str | int, ...]


def format_path(steps: Iterable[str | int], *, empty: str = "(the request)") -> str:
    """``("IpPermissions", 0, "FromPort")`` -> ``IpPermissions[0].FromPort``."""
    text = ""
    for step in steps:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else str(step)
    return text or empty


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
