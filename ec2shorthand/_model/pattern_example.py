"""A short string that a regular expression matches, for example values.

The pattern is read by Python's own regex parser and walked, taking the
first alternative of each choice, the lowest character of each set and the
fewest repeats; the result is kept only if the pattern really matches it
(lookarounds and back references are not modelled, so the check decides).
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

from .._core.caches import PATTERNS


def _regex_parser() -> Any:
    """Python's own regex parser (``sre_parse`` before 3.11, private since): None if absent."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - another Python: no example from patterns
        return None


_sre = _regex_parser()
# Its opcodes (the parser module carries them); unused names if the parser is absent.
_OP = {name: getattr(_sre, name, object()) for name in (
    "ANY", "AT", "BRANCH", "CATEGORY", "CATEGORY_DIGIT", "CATEGORY_SPACE", "IN", "LITERAL",
    "MAX_REPEAT", "MIN_REPEAT", "NEGATE", "NOT_LITERAL", "RANGE", "SUBPATTERN",
)}  # fmt: skip

__all__ = ["pattern_example"]

_MAX_LENGTH = 200


@functools.lru_cache(maxsize=PATTERNS)
def pattern_example(pattern: str) -> str | None:
    """A string ``re.search(pattern, ...)`` matches, or None if none is found."""
    if _sre is None:  # pragma: no cover
        return None
    try:
        text = "".join(_walk(_sre.parse(pattern)))
        compiled = re.compile(pattern)
    except (re.error, RecursionError, ValueError, TypeError, OverflowError):
        return None
    if len(text) > _MAX_LENGTH or compiled.search(text) is None:
        return None
    return text


def _walk(parsed: Any) -> list[str]:
    out: list[str] = []
    for op, argument in parsed:
        out.extend(_one(op, argument))
    return out


def _one(op: Any, argument: Any) -> list[str]:
    if op is _OP["LITERAL"]:
        return [chr(argument)]
    if op is _OP["NOT_LITERAL"]:
        return ["a" if argument != ord("a") else "b"]
    if op is _OP["ANY"]:
        return ["a"]
    if op is _OP["IN"]:
        return [_from_set(argument)]
    if op is _OP["BRANCH"]:
        return _walk(argument[1][0])
    if op is _OP["SUBPATTERN"]:
        return _walk(argument[-1])
    if op in (_OP["MAX_REPEAT"], _OP["MIN_REPEAT"]):
        low, _high, item = argument
        return _walk(item) * min(int(low), _MAX_LENGTH + 1)
    if op is _OP["CATEGORY"]:
        return [_from_category(argument)]
    if op is _OP["AT"]:
        return []
    return []  # lookarounds, back references: the final check decides


def _from_set(items: Any) -> str:
    if items and items[0][0] is _OP["NEGATE"]:
        excluded = {value for op, value in items[1:] if op is _OP["LITERAL"]}
        candidates = "abcdefghijklmnopqrstuvwxyz0123456789"
        return next((char for char in candidates if ord(char) not in excluded), "a")
    op, value = items[0]
    if op is _OP["LITERAL"]:
        return chr(value)
    if op is _OP["RANGE"]:
        return chr(value[0])
    if op is _OP["CATEGORY"]:
        return _from_category(value)
    return "a"


def _from_category(category: Any) -> str:
    if category is _OP["CATEGORY_DIGIT"]:
        return "0"
    if category is _OP["CATEGORY_SPACE"]:
        return " "
    return "a"
