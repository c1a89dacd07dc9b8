"""Walks over request values (dicts, lists, scalars): one spelling of each, all iterative.

Iterative so that a value nested thousands deep (a hostile ``--cli-input-json``)
cannot exhaust the interpreter's stack in any of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .errors import ShorthandError
from .paths import Path, format_path

__all__ = [
    "MAX_NESTING",
    "MAX_VALUES",
    "check_shape",
    "children",
    "depth_exceeding",
    "holds_nul",
    "walk",
]

# Deeper values are refused: nothing real nests so deep, and deeper trees would
# push recursive consumers (JSON output, validation) to their limits.
MAX_NESTING = 100
# How many values a request handed to the library may hold, counting a value
# shared by several places once per place: far beyond any real request, far
# below what a value built of shared lists (``a = [a, a]`` 60 times) would make.
MAX_VALUES = 10_000_000


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


def holds_nul(value: Any) -> bool:
    """Whether a NUL character is anywhere in ``value`` (a string, or a key).

    No command-line argument can carry one (the shell cannot pass it); JSON escapes it.
    """
    for _, node in walk(value):
        if isinstance(node, str) and "\x00" in node:
            return True
        if isinstance(node, dict) and any("\x00" in str(key) for key in node):
            return True
    return False


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


class _Frame:
    """A container being walked by :func:`check_shape`, and what is known below it so far."""

    __slots__ = ("height", "items", "node", "size", "step")

    def __init__(self, node: Any, step: str | int | None) -> None:
        self.node, self.step = node, step
        self.items = iter(children(node))
        self.size, self.height = 1, 0


def check_shape(value: Any, *, max_depth: int = MAX_NESTING, max_values: int = MAX_VALUES) -> None:
    """Refuse a value a caller built that no command line could: a :class:`ShorthandError`
    if it holds itself, nests more than ``max_depth`` containers deep, or counts more
    than ``max_values`` values (a value shared by several places counted at each).

    Each container is visited once however often it is shared, so this ends
    quickly on any of these: validation and writing may then recurse safely.
    """
    if not isinstance(value, dict | list):
        return
    known: dict[int, tuple[int, int]] = {}  # id -> (values, height) of a container done
    frames = [_Frame(value, None)]
    open_ids = {id(value)}
    while frames:
        frame = frames[-1]
        for step, child in frame.items:
            if not isinstance(child, dict | list):
                frame.size += 1
                continue
            done = known.get(id(child))
            if done is None and id(child) in open_ids:
                raise _shape_error("the value holds itself", frames, step)
            depth = len(frames)  # of the child
            if depth + (done[1] if done else 0) > max_depth:
                problem = f"values are nested more than {max_depth} levels deep"
                raise _shape_error(problem, frames, step)
            if done is not None:
                frame.size += done[0]
                frame.height = max(frame.height, done[1] + 1)
                continue
            open_ids.add(id(child))
            frames.append(_Frame(child, step))
            break
        else:
            frames.pop()
            open_ids.discard(id(frame.node))
            known[id(frame.node)] = (frame.size, frame.height)
            if frame.size > max_values:
                problem = f"the value holds more than {max_values} values"
                raise _shape_error(problem, frames, frame.step)
            if frames:
                frames[-1].size += frame.size
                frames[-1].height = max(frames[-1].height, frame.height + 1)


def _shape_error(problem: str, frames: list[_Frame], step: str | int | None) -> ShorthandError:
    steps = [frame.step for frame in frames[1:]] + [step]
    path: Path = tuple(s for s in steps if s is not None)
    return ShorthandError(f"{problem} (at {format_path(path)})")
