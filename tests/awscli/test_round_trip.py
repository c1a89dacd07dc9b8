"""The writer is the inverse of the parser: proven over generated requests and the fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from operations import OPERATIONS, load_schema
from schema_strategies import typed_requests_for

from ec2shorthand import (
    ShorthandError,
    coerce,
    parse_command,
    parse_shorthand,
    to_argv,
    to_command,
    to_shorthand,
)

MANY = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REQUESTS = st.sampled_from(OPERATIONS).flatmap(
    lambda op: st.tuples(st.just(op), typed_requests_for(op))
)


def _same(left: Any, right: Any) -> bool:
    """Equal, and of equal types (True and 1 are not the same request)."""
    return json.dumps(left, sort_keys=True) == json.dumps(right, sort_keys=True)


@MANY
@given(REQUESTS)
def test_every_request_reads_back_from_its_command_line(case: tuple[str, dict[str, Any]]) -> None:
    operation, request = case
    argv = to_argv(operation, request)
    assert _same(parse_command(operation, argv, validate=False), request)


_PERMISSION = load_schema("revoke-security-group-ingress")
_ITEM = _PERMISSION["properties"]["IpPermissions"]["items"]


@MANY
@given(
    typed_requests_for("revoke-security-group-ingress").map(lambda r: r.get("IpPermissions", []))
)
def test_shorthand_is_exact_or_refused_and_formatting_is_idempotent(
    permissions: list[dict[str, Any]],
) -> None:
    for permission in permissions:
        try:
            text = to_shorthand(permission, _ITEM, _PERMISSION)
        except ShorthandError:
            continue  # said so, rather than written wrong; to_argv then writes JSON
        back = coerce(parse_shorthand(text), _ITEM, _PERMISSION)
        assert _same(back, permission)
        assert to_shorthand(back, _ITEM, _PERMISSION) == text


FIXTURES = sorted((Path(__file__).parents[1] / "data" / "commands").glob("*.json"))
ACCEPTED = [
    fixture
    for fixture in (json.loads(p.read_text("utf-8")) for p in FIXTURES)
    if fixture["accepted"]
]


@pytest.mark.parametrize("fixture", ACCEPTED, ids=[" ".join(f["argv"])[:50] for f in ACCEPTED])
def test_fixture_requests_read_back(fixture: dict[str, Any]) -> None:
    argv = to_argv(fixture["operation"], fixture["request"])
    assert _same(parse_command(fixture["operation"], argv, validate=False), fixture["request"])


def test_two_spellings_format_the_same() -> None:
    spelled = [
        [
            "--group-id=sg-1a2b3c4d",
            "--ip-permissions",
            "FromPort = 22,IpProtocol='tcp',ToPort=22,IpRanges={CidrIp=10.0.0.0/8}",
        ],
        [
            "--ip-permissions",
            json.dumps(
                [
                    {
                        "IpProtocol": "tcp",
                        "FromPort": 22,
                        "ToPort": 22,
                        "IpRanges": [{"CidrIp": "10.0.0.0/8"}],
                    }
                ]
            ),
            "--group-id",
            "sg-1a2b3c4d",
        ],
        ["--group-id", "sg-1a2b3c4d", "--protocol", "tcp", "--port", "22", "--cidr", "10.0.0.0/8"],
    ]
    commands = {
        to_command(
            "revoke-security-group-ingress", parse_command("revoke-security-group-ingress", argv)
        )
        for argv in spelled
    }
    assert commands == {
        "aws ec2 revoke-security-group-ingress --group-id sg-1a2b3c4d"
        " --protocol tcp --port 22 --cidr 10.0.0.0/8"
    }


def test_what_shorthand_cannot_carry_is_refused_not_mangled() -> None:
    for value in ({"Description": "ends with \\\\"}, {"bad key": "x"}, {}):
        with pytest.raises(ShorthandError):
            to_shorthand(value, {"type": "object"})
    request = {
        "GroupName": "web",
        "IpPermissions": [{"IpRanges": [{"Description": "trailing \\\\"}]}],
    }
    argv = to_argv("revoke-security-group-ingress", request)
    assert argv[2:4] == [
        "--ip-permissions",
        '[{"IpRanges": [{"Description": "trailing \\\\\\\\"}]}]',
    ]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(REQUESTS)
def test_the_aws_cli_reads_our_command_lines_as_the_same_request(
    case: tuple[str, dict[str, Any]],
) -> None:
    pytest.importorskip("awscli")
    import oracle

    operation, request = case
    theirs = oracle.aws_request(operation, to_argv(operation, request))
    # `built`: what the AWS CLI made of the command line, before botocore's own
    # validation (which a generated request may fail: a string too long, say).
    assert _same(theirs.built, request), theirs.error[-500:]


def test_a_streamed_body_is_written_as_the_path_it_was_read_from(tmp_path: Path) -> None:
    body = tmp_path / "report.csv"
    body.write_text("a,b\n")
    request = {"Bucket": "b", "Key": "k", "Body": body}
    argv = to_argv("put-object", request, service="s3api")
    assert argv == ["--body", str(body), "--bucket", "b", "--key", "k"]
    assert parse_command("put-object", argv, service="s3api") == request
    # A text is not a path: it goes in the request document, sent as it is.
    as_text = to_argv("put-object", {**request, "Body": str(body)}, service="s3api")
    assert as_text[-2:] == ["--cli-input-json", json.dumps({"Body": str(body)})]
    with pytest.raises(ShorthandError, match="no command line carries"):
        to_argv("put-object", {"Bucket": "b", "Key": "k", "Body": b"bytes"}, service="s3api")
