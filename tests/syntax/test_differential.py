"""Differential tests: ec2shorthand against the installed AWS CLI v1.

Where the AWS CLI accepts an input, ec2shorthand must give exactly the same
value; where it rejects one, ec2shorthand must raise a ShorthandError. The
only inputs allowed to differ are the deliberate ones (README, "Differences"):
a repeated key inside {...} and a list item the AWS CLI reads lossily.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("awscli")

import oracle
from cli_like import parse_as_the_aws_cli
from operations import load_schema
from strategies import (
    any_shorthandish_text,
    ip_permission_shorthand,
    ip_permissions_argv,
)

from ec2shorthand import DuplicateKeyError, ShorthandError, parse_shorthand
from ec2shorthand._model.coerce import compile_coercer

OPERATION = "revoke-security-group-ingress"
# Enough examples to be a real differential run on every CI build.
MANY = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _ours(call: Any) -> tuple[bool, Any, BaseException | None]:
    try:
        return True, call(), None
    except ShorthandError as error:
        return False, None, error


def _repeats_a_key(error: BaseException | None) -> bool:
    """Whether we refused a key written twice: it must stand in the text before its repeat."""
    if not isinstance(error, DuplicateKeyError) or error.doc is None or error.pos is None:
        return False
    return error.doc.startswith(error.key, error.pos) and error.key in error.doc[: error.pos]


def _assert_same(
    theirs: oracle.Outcome, accepted: bool, ours: Any, error: BaseException | None
) -> None:
    if theirs.accepted and not theirs.lossy:
        if not accepted and _repeats_a_key(error):
            return  # deliberate: the AWS CLI silently keeps the last of two values
        assert accepted, f"the AWS CLI accepts this, we raised: {error}"
        assert ours == theirs.value
    elif theirs.accepted:  # lossy: the AWS CLI dropped part of the input
        assert not accepted, f"the AWS CLI read this lossily as {theirs.value!r}; we must refuse it"
    else:
        assert not accepted, f"the AWS CLI rejects this ({theirs.error}); we gave {ours!r}"


@MANY
@given(ip_permission_shorthand())
def test_generated_ip_permissions_parse_as_the_aws_cli_parses_them(text: str) -> None:
    accepted, ours, error = _ours(lambda: parse_shorthand(text))
    _assert_same(oracle.aws_shorthand(text), accepted, ours, error)


@MANY
@given(st.one_of(any_shorthandish_text(), st.text(max_size=30)))
def test_any_text_parses_as_the_aws_cli_parses_it(text: str) -> None:
    accepted, ours, error = _ours(lambda: parse_shorthand(text))
    _assert_same(oracle.aws_shorthand(text), accepted, ours, error)


_ROOT = load_schema(OPERATION)
_COERCE = compile_coercer(_ROOT["properties"]["IpPermissions"], _ROOT)


@MANY
@given(st.lists(ip_permission_shorthand(), min_size=1, max_size=3))
def test_generated_ip_permissions_are_typed_as_the_aws_cli_types_them(texts: list[str]) -> None:
    accepted, ours, error = _ours(lambda: _COERCE([parse_shorthand(text) for text in texts]))
    theirs = oracle.aws_coerced(texts, OPERATION, "IpPermissions")
    _assert_same(theirs, accepted, ours, error)


@MANY
@given(ip_permissions_argv())
def test_generated_commands_give_the_request_the_aws_cli_sends(texts: list[str]) -> None:
    argv = ["--group-id", "sg-0123456789abcdef0", "--ip-permissions", *texts]
    accepted, ours, error = _ours(lambda: parse_as_the_aws_cli(OPERATION, argv))
    _assert_same(oracle.aws_request(OPERATION, argv), accepted, ours, error)
