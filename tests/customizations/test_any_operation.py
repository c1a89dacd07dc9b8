"""Any operation of the whole model: the AWS CLI reads our command lines as we do.

Hypothesis draws a service and an operation from the bundled model, a request
shaped by that operation's schema (maps, unions, timestamps, documents, enums,
text with quotes, commas, brackets and escapes), writes it with ``to_argv``,
and runs the command line through the AWS CLI (a forked pristine driver, up
to ``calling-command``) and through ``parse_command``: the two give the same
parameters, or both refuse. The hypothesis profile says how many commands
(100 here, 300 in CI); ``--hypothesis-profile=many`` draws 3,000.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from stage_one import StageOne, assert_same_as_cli

from ec2shorthand import ShorthandError, to_argv
from ec2shorthand._model.catalog import operation_names, service_names
from ec2shorthand._model.operation import get_operation

_DEEPEST = 4  # below this, structures hold only their required members
_TEXT = st.text(alphabet="abcXYZ019-_ .,=[]{}'\"\\@/:*é", max_size=10)
_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5), _TEXT.filter(lambda text: "\\" not in text)
)
_DOCUMENTS = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(_TEXT, inner, max_size=2),
    max_leaves=4,
)


@functools.cache
def _operations() -> list[tuple[str, str]]:
    """Every CLI operation of every service but the preview ones (the CLI needs a config)."""
    return [
        (service, name)
        for service in service_names()
        for name in operation_names(service)
        if not getattr(get_operation(service, name).model, "preview", False)
    ]


def _value(schema: Mapping[str, Any], root: Mapping[str, Any], depth: int) -> Any:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        schema = root["$defs"][ref.removeprefix("#/$defs/")]
    if schema.get("x-aws-document"):
        return _DOCUMENTS
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if schema.get("x-aws-type") == "timestamp":
        return st.sampled_from(["2024-01-31T12:00:00Z", "2024-01-31", "1706702400"])
    if kind == "object":
        values = schema.get("additionalProperties")
        if isinstance(values, Mapping):
            keys = _TEXT.filter(bool)
            return st.dictionaries(keys, _value(values, root, depth + 1), max_size=2)
        return _structure(schema, root, depth)
    if kind == "array":
        return st.lists(_value(schema.get("items", {}), root, depth + 1), max_size=2)
    if kind == "integer":
        return st.integers(-3, 2**40)
    if kind == "number":
        return st.sampled_from([0.5, 2.0, 1e-3, 12345.25])
    if kind == "boolean":
        return st.booleans()
    return _TEXT


def _structure(schema: Mapping[str, Any], root: Mapping[str, Any], depth: int) -> Any:
    members = schema.get("properties", {})
    if schema.get("x-aws-union") and members:  # exactly one member is set
        return st.sampled_from(sorted(members)).flatmap(
            lambda name: st.fixed_dictionaries({name: _value(members[name], root, depth + 1)})
        )
    required = [name for name in schema.get("required", ()) if name in members]
    optional = [] if depth >= _DEEPEST else [name for name in members if name not in required]
    return st.fixed_dictionaries(
        {name: _value(members[name], root, depth + 1) for name in required},
        optional={name: _value(members[name], root, depth + 1) for name in optional},
    )


@st.composite
def _commands(draw: st.DrawFn) -> tuple[str, str, dict[str, Any]]:
    service, operation = draw(st.sampled_from(_operations()))
    schema = get_operation(service, operation).schema
    return service, operation, draw(_structure(schema, schema, 0))


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(_commands())
def test_the_aws_cli_reads_our_command_line_for_any_operation_as_we_do(
    cli: StageOne, command: tuple[str, str, dict[str, Any]]
) -> None:
    service, operation, request = command
    try:
        argv = to_argv(operation, request, service=service)
    except ShorthandError:  # values no command line carries (bytes, a streamed body)
        assume(False)
    event("through --cli-input-json" if "--cli-input-json" in argv else "options only")
    ours = assert_same_as_cli(cli, service, operation, argv)
    event("both refuse" if ours is None else "same parameters")
