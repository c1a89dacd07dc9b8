"""Any operation of the whole model: the AWS CLI reads our command lines as we do.

Hypothesis draws a service and an operation from the bundled model, a request
shaped by that operation's schema (maps, unions, timestamps, documents, enums,
text with quotes, commas, brackets and escapes), writes it with ``to_argv``,
and runs the command line through the AWS CLI (a forked pristine driver, up
to ``calling-command``) and through ``parse_command``: the two give the same
parameters, or both refuse. The hypothesis profile says how many commands
(100 here, 300 in CI); ``--hypothesis-profile=many`` draws 3,000.

The same in v2 mode, against the real AWS CLI v2 (its own venv, one JSON line
per command): written by ``to_argv(cli_version=2)``, read by
``parse_command(cli_version=2)``. Each command there costs a round trip to
another process, so a normal run draws 40; ``pytest -m sweep`` draws 1,000.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from stage_one import StageOne, assert_same_as_cli
from stage_one_v2 import UnknownToV2, V2StageOne

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
    _same_as_the_cli(cli, command, 1)


_V2_SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}


@settings(max_examples=40, **_V2_SETTINGS)  # type: ignore[arg-type]
@given(_commands())
def test_the_aws_cli_v2_reads_our_command_line_for_any_operation_as_we_do(
    v2_cli: V2StageOne, command: tuple[str, str, dict[str, Any]]
) -> None:
    _same_as_the_cli(v2_cli, command, 2)


@pytest.fixture
def long_run(request: pytest.FixtureRequest) -> None:
    """Skips the test unless the long runs are asked for (``-m sweep``)."""
    if "sweep" not in (request.config.option.markexpr or ""):
        pytest.skip("a long run: select it with -m sweep")


@pytest.mark.sweep
@settings(max_examples=1000, **_V2_SETTINGS)  # type: ignore[arg-type]
@given(_commands())
def test_the_aws_cli_v2_reads_a_thousand_of_our_command_lines_as_we_do(
    long_run: None, v2_cli: V2StageOne, command: tuple[str, str, dict[str, Any]]
) -> None:
    _same_as_the_cli(v2_cli, command, 2)


def _same_as_the_cli(cli: Any, command: tuple[str, str, dict[str, Any]], version: int) -> None:
    service, operation, request = command
    try:
        argv = to_argv(operation, request, service=service, cli_version=version)  # type: ignore[arg-type]
    except ShorthandError:  # values no command line carries (bytes, a streamed body)
        assume(False)
    event("through --cli-input-json" if "--cli-input-json" in argv else "options only")
    try:
        ours = assert_same_as_cli(cli, service, operation, argv, cli_version=version)
    except UnknownToV2:  # a v1 operation v2's model lacks (the v2 models are still to ship)
        event("not an operation of the AWS CLI v2")
        assume(False)
    event("both refuse" if ours is None else "same parameters")
