"""What the public functions check of their own arguments: a wrong type is a ShorthandError.

The policy, for every name in ``ec2shorthand.__all__``: an argument of the
wrong type is bad input like any other, a :class:`ShorthandError` (a
``ValueError``) whose message names the parameter, what it takes and what it
was given (``service: expected an AWS CLI service name (str), got NoneType``);
never Python's ``TypeError`` or ``AttributeError`` from deep inside. A CLI
built on the library reports it as it reports any other bad value.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .errors import ShorthandError

__all__ = [
    "expect_files",
    "expect_flag",
    "expect_mapping",
    "expect_optional_mapping",
    "expect_path",
    "expect_size",
    "expect_text",
]


def _wrong(name: str, expected: str, value: object) -> ShorthandError:
    return ShorthandError(f"{name}: expected {expected}, got {type(value).__name__}")


def expect_text(value: object, name: str, what: str = "text") -> str:
    """``value`` if it is a ``str``."""
    if not isinstance(value, str):
        raise _wrong(name, f"{what} (str)", value)
    return value


def expect_flag(value: object, name: str) -> bool:
    """``value`` if it is ``True`` or ``False`` (not merely truthy: ``"no"`` is a mistake)."""
    if not isinstance(value, bool):
        raise _wrong(name, "True or False", value)
    return value


def expect_mapping(value: object, name: str, what: str = "a mapping") -> Mapping[str, Any]:
    """``value`` if it is a mapping (a dict, say)."""
    if not isinstance(value, Mapping):
        raise _wrong(name, what, value)
    return value


def expect_optional_mapping(value: object, name: str) -> Mapping[str, Any] | None:
    """``value`` if it is ``None`` or a mapping."""
    return None if value is None else expect_mapping(value, name, "None or a mapping")


def expect_files(value: object, name: str = "files") -> None:
    """Check a ``files=`` argument: None, True, False or a FileResolver."""
    from .files import FileResolver  # files.py checks its own arguments with this module

    if not (value is None or isinstance(value, bool | FileResolver)):
        raise _wrong(name, "None, True, False or a FileResolver", value)


def expect_path(value: object, name: str) -> str | os.PathLike[str] | None:
    """``value`` if it is ``None``, a ``str`` or a path (``pathlib.Path``) of text."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, os.PathLike) and isinstance(os.fspath(value), str):
        return value
    raise _wrong(name, "None or a folder's path (str or pathlib.Path)", value)


def expect_size(value: object, name: str) -> int:
    """``value`` if it is an ``int`` of at least 0."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise _wrong(name, "a number of bytes (int)", value)
    if value < 0:
        raise ShorthandError(f"{name}: expected a number of bytes, at least 0, got int {value}")
    return value
