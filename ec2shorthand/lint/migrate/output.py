"""What a script reads back, and how it pages: timestamps in ``--query``, paging keys in
``--cli-input-json``."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

from ..._core.caches import OPERATIONS
from ..._model.operation import Operation, get_operation
from ..._model.resolve import resolved
from ..hits import Hit
from .command_words import CommandWords

__all__ = ["paging_hits", "timestamp_hits"]

# JMESPath nodes whose fields only filter or order what is printed: a timestamp
# compared in [?...] or sorted by in sort_by(..., &Time) is not printed.
_NOT_PRINTED = frozenset({"comparator", "expref"})


def timestamp_hits(words: CommandWords, service: str, operation: str) -> list[Hit]:
    """``--query`` naming a timestamp member of the response: v2 prints it otherwise."""
    given = words.option("--query")
    query = None if given is None else given.value_text(words.args)
    if given is None or query is None:
        return []
    named = sorted(_printed_fields(query) & _timestamp_members(service, operation))
    if not named:
        return []
    message = (
        f"--query selects the timestamp {', '.join(named)}: v1 prints it as the service sends "
        "it (2024-01-02T03:04:05.000Z, or epoch seconds), v2 as ISO 8601 "
        "(2024-01-02T03:04:05+00:00); set cli_timestamp_format = wire in the profile to keep "
        "v1's form"
    )
    index = given.index if given.value is None else given.value
    return [words.hit("migrate.timestamp-output", message, words.span_of(index), item=index)]


def _printed_fields(query: str) -> set[str]:
    """The member names ``query`` may print (those it only filters or sorts by left out)."""
    import jmespath
    from jmespath.exceptions import JMESPathError

    try:
        pending = [jmespath.compile(query).parsed]
    except JMESPathError:
        return set()  # the engine reports a broken --query
    names = set()
    while pending:
        node = pending.pop()
        if not isinstance(node, dict) or node.get("type") in _NOT_PRINTED:  # None: a[::2]
            continue
        if node.get("type") == "field":
            names.add(str(node.get("value")))
        pending.extend(node.get("children", []))
    return names


@functools.lru_cache(maxsize=OPERATIONS)
def _timestamp_members(service: str, operation: str) -> frozenset[str]:
    root = get_operation(service, operation).output_schema
    names: set[str] = set()
    seen: set[int] = set()
    pending: list[Mapping[str, Any]] = [root]
    while pending:
        shape = resolved(pending.pop(), root)
        if id(shape) in seen:
            continue
        seen.add(id(shape))
        for name, member in shape.get("properties", {}).items():
            if resolved(member, root).get("x-aws-type") == "timestamp":
                names.add(name)
            pending.append(member)
        for key in ("items", "additionalProperties"):
            if isinstance(shape.get(key), Mapping):
                pending.append(shape[key])
    return frozenset(names)


def paging_hits(words: CommandWords, model: Operation) -> list[Hit]:
    """Paging keys inside ``--cli-input-json``: v2 then makes one call, v1 pages on."""
    paginator = model.paginator
    given = words.option("--cli-input-json")
    text = None if given is None else given.value_text(words.args)
    if paginator is None or given is None or text is None:
        return []
    try:
        document = json.loads(text)
    except ValueError:
        return []
    limit = paginator.get("limit_key")
    keys = {*_as_list(paginator.get("input_token")), *([limit] if limit else [])}
    found = sorted(keys & set(document)) if isinstance(document, dict) else []
    if not found:
        return []
    message = (
        f"--cli-input-json holds {', '.join(found)}: v1 pages through every result from there; "
        "v2 turns its automatic pagination off and prints the one page: give them as "
        "--starting-token, --page-size or --max-items"
    )
    index = given.index if given.value is None else given.value
    return [words.hit("migrate.paging-keys", message, words.span_of(index), item=index)]


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return list(value) if isinstance(value, list) else []
