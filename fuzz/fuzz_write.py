"""Fuzz the writers: ``to_argv``/``to_command`` on requests, ``to_shorthand`` on members.

Run: ``python fuzz/fuzz_write.py [-atheris_runs=N] [libFuzzer flags]``.

The bytes choose an operation (EC2 a quarter of the time) and build a
JSON-like request by its schema: members picked or left out, strings from
fuzzed text or the schema's enum, integers, floats and booleans, lists of a
few items, now and then a value of the wrong type or an unknown key.

Checked for every input, beyond ``_harness.guarded``'s rules:
- ``to_argv`` gives a command line that ``parse_command`` (``files=None``, no
  validation) reads back to the same request, types included (True is not 1);
- no argv item holds a NUL (no shell can pass one);
- ``to_command`` is ``aws SERVICE OPERATION`` and that argv, shell-quoted;
- ``to_shorthand`` of a member that takes shorthand parses and coerces back to
  the member's value, and holds no NUL.
"""

from __future__ import annotations

import json
import math
import shlex
import sys
from collections.abc import Mapping
from typing import Any

from _harness import BadError, Choices, guarded, instrumented, run

with instrumented(__name__):
    import lark  # noqa: F401  (instrumented with the package)

    from ec2shorthand import (
        coerce,
        parse_command,
        parse_shorthand,
        to_argv,
        to_command,
        to_shorthand,
    )
    from ec2shorthand._model.catalog import operation_names, service_names
    from ec2shorthand._model.operation import get_operation
    from ec2shorthand._model.resolve import resolved

TARGET = "write"
_MAX_DEPTH = 8
_ODD_VALUES: tuple[Any, ...] = (None, True, False, 0, -1, 2**63, 1.5, "", "x", [], {}, ["a"])
_ODD_TEXTS = ("file://x", "fileb://x", "-1", "--x", "[1]", "{a=b}", "a,b", "'", '"', "\x00", " ")


def _operation(choices: Choices) -> tuple[str, str]:
    service = "ec2" if choices.byte() < 64 else choices.pick(service_names())
    return service, choices.pick(operation_names(service))


def _text(choices: Choices) -> str:
    if choices.number(4) == 0:
        return choices.pick(_ODD_TEXTS) + choices.text(8)
    return choices.text(24)


def _number(choices: Choices, integer: bool) -> Any:
    value = int.from_bytes(bytes(choices.byte() for _ in range(choices.number(5))), "big")
    value = -value if choices.flag() else value
    if integer:
        return value
    return choices.pick((value / 7, float(value), math.inf, 1e-300, 0.1))


def _value(choices: Choices, schema: Mapping[str, Any], root: Mapping[str, Any], depth: int) -> Any:
    """A value for ``schema``: mostly of its type, sometimes not."""
    schema = resolved(schema, root)
    if choices.number(16) == 0:
        return choices.pick(_ODD_VALUES)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = choices.pick(kind) if kind else None
    if kind == "object" and depth < _MAX_DEPTH:
        return _structure(choices, schema, root, depth)
    if kind == "array" and depth < _MAX_DEPTH:
        items = schema.get("items", {})
        return [_value(choices, items, root, depth + 1) for _ in range(choices.number(4))]
    if kind in ("integer", "number"):
        return _number(choices, kind == "integer")
    if kind == "boolean":
        return choices.flag()
    enum = schema.get("enum")
    if enum and choices.flag():
        return choices.pick(enum)
    return _text(choices)


def _structure(
    choices: Choices, schema: Mapping[str, Any], root: Mapping[str, Any], depth: int
) -> dict[str, Any]:
    value: dict[str, Any] = {}
    properties = schema.get("properties", {})
    if not properties:  # a map: keys of its own
        extra = schema.get("additionalProperties")
        sub = extra if isinstance(extra, Mapping) else {}
        for _ in range(choices.number(3)):
            value[_text(choices)] = _value(choices, sub, root, depth + 1)
        return value
    for name, sub in properties.items():
        if choices.number(4) == 0:
            value[name] = _value(choices, sub, root, depth + 1)
    if choices.number(32) == 0:
        value[_text(choices) or "Unknown"] = _text(choices)
    return value


def _same(left: Any, right: Any) -> bool:
    return json.dumps(left, sort_keys=True) == json.dumps(right, sort_keys=True)


def _holds_nul(value: Any) -> bool:
    return "\\u0000" in json.dumps(value)


def one_input(data: bytes) -> None:
    """Build a request from ``data`` and write it, as a command and as shorthand."""
    choices = Choices(data)
    service, operation = _operation(choices)
    model = get_operation(service, operation)
    request = _structure(choices, model.schema, model.schema, 0)
    argv, _ = guarded(lambda: to_argv(operation, request, service=service))
    if argv is not None:
        _check_argv(service, operation, request, argv)
    for member in model.members:
        if member.shorthand and member.name in request:
            _check_shorthand(request[member.name], member.type, member.schema, model.schema)


def _check_argv(service: str, operation: str, request: Any, argv: list[str]) -> None:
    if any("\x00" in item for item in argv):
        raise BadError(f"a NUL in the command line: {argv!r:.300}")
    back, error = guarded(
        lambda: parse_command(operation, argv, service=service, validate=False, files=None)
    )
    if error is not None:
        raise BadError(f"to_argv wrote {argv!r:.300}, which does not read: {error}")
    if not _same(back, request):
        raise BadError(f"to_argv wrote {argv!r:.300}, read back as {back!r:.300}")
    command, _ = guarded(lambda: to_command(operation, request, service=service))
    if command is None or shlex.split(command) != ["aws", service, operation, *argv]:
        raise BadError(f"to_command gave {command!r:.300} for {argv!r:.300}")


def _check_shorthand(
    value: Any, kind: str, schema: Mapping[str, Any], root: Mapping[str, Any]
) -> None:
    items = value if kind == "list" and isinstance(value, list) else [value]
    item_schema = resolved(schema, root).get("items", {}) if kind == "list" else schema
    for item in items:
        text, _ = guarded(lambda item=item: to_shorthand(item, item_schema, root))
        if text is None:
            continue
        if "\x00" in text:
            raise BadError(f"a NUL in shorthand: {text!r:.300}")
        back, error = guarded(lambda text=text: coerce(parse_shorthand(text), item_schema, root))
        if error is not None or not _same(back, item):
            raise BadError(
                f"to_shorthand wrote {text!r:.300} for {item!r:.300}: read {back!r:.300}"
            )


SEEDS = [bytes([0, 0, 3, 1, 2, 0, 0, 5, 1, 1]), bytes([9, 1, 0, 0, 7, 0, 0, 0])]

if __name__ == "__main__":
    run(TARGET, one_input, SEEDS)
    sys.exit(0)
