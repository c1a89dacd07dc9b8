"""Walks over request values (dicts, lists, scalars): one spelling of each, all iterative.

Iterative so that a value nested thousands deep (a hostile ``--cli-input-json``)
cannot exhaust the interpreter's stack in any of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .paths import Path

__all__ = ["children", "depth_exceeding", "walk"]


def children(node: Any) -> Iterable[tuple[str | int, Any]]:
    """A container's members as (key or index, value); nothing for a scalar."""
    if isinstance(node, dict):
        return node.items()
    if isinstance(node, list):
        return enumerate(node)
    return ()


def walk(node: Any) -> Iterator[tuple[Path, Any]]:
    """Every value with its path, the root first, in document order (depth first)."""
    pending: list[tuple[Path, Any]] = [((), node)]
    while pending:
        path, value = pending.pop()
        yield path, value
        if isinstance(value, dict | list):
            members = list(children(value))
            pending.extend(((*path, step), child) for step, child in reversed(members))


def depth_exceeding(node: Any, limit: int) -> Path | None:
    """The path of the first container nested deeper than ``limit``, or None.

    Only containers are visited and only depths are kept (a 40,000-item list
    costs one step per item); the path is worked out once one is found.
    """
    pending: list[tuple[Any, int]] = [(node, 0)]
    while pending:
        value, depth = pending.pop()
        if depth > limit:
            return next(
                path
                for path, found in walk(node)
                if len(path) > limit and isinstance(found, dict | list)
            )
        pending.extend(
            (child, depth + 1) for _, child in children(value) if isinstance(child, dict | list)
        )
    return None
