"""parse_command: the request an `aws ec2 OPERATION ...` command line would send."""

from __future__ import annotations

import functools
import json
from typing import Any

import pytest

from ec2shorthand import (
    CommandLineError,
    InvalidRequestError,
    ShorthandSyntaxError,
    TypeCoercionError,
    UnknownOperationError,
    parse_command,
)

OP = "revoke-security-group-ingress"
# These tests are about reading command lines; validation has its own tests.
_parse = functools.partial(parse_command, validate=False)
EXAMPLE_2 = "IpProtocol=icmp,FromPort=3,ToPort=4,IpRanges=[{CidrIp=0.0.0.0/0}]"


def test_seed_example_2() -> None:
    assert parse_command(
        OP, ["--group-id", "sg-026c12253ce15eff7", "--ip-permissions", EXAMPLE_2]
    ) == {
        "GroupId": "sg-026c12253ce15eff7",
        "IpPermissions": [
            {
                "IpProtocol": "icmp",
                "FromPort": 3,
                "ToPort": 4,
                "IpRanges": [{"CidrIp": "0.0.0.0/0"}],
            }
        ],
    }


def test_keys_follow_the_api_model_order() -> None:
    request = _parse(
        OP,
        [
            "--ip-permissions",
            "IpRanges=[{CidrIp=c,Description=d}],ToPort=1,FromPort=1",
            "--dry-run",
            "--group-name",
            "g",
        ],
    )
    assert list(request) == ["GroupName", "IpPermissions", "DryRun"]
    assert list(request["IpPermissions"][0]) == ["FromPort", "ToPort", "IpRanges"]
    # The model lists IpRange members as Description, CidrIp.
    assert list(request["IpPermissions"][0]["IpRanges"][0]) == ["Description", "CidrIp"]


def test_several_shorthand_values_are_several_permissions() -> None:
    request = _parse(OP, ["--ip-permissions", "IpProtocol=tcp", "IpProtocol=udp"])
    assert request["IpPermissions"] == [{"IpProtocol": "tcp"}, {"IpProtocol": "udp"}]


def test_json_values_are_json() -> None:
    permissions = [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22}]
    assert _parse(OP, ["--ip-permissions", "  " + json.dumps(permissions)]) == {
        "IpPermissions": permissions
    }
    assert _parse(OP, ["--ip-permissions", '{"IpProtocol": "tcp"}', '{"IpProtocol": "udp"}']) == {
        "IpPermissions": [{"IpProtocol": "tcp"}, {"IpProtocol": "udp"}]
    }


def test_json_then_shorthand_is_an_error() -> None:
    with pytest.raises(ShorthandSyntaxError, match="expected a JSON object"):
        _parse(OP, ["--ip-permissions", '{"IpProtocol": "tcp"}', "IpProtocol=udp"])


def test_invalid_json_points_at_the_character() -> None:
    with pytest.raises(ShorthandSyntaxError) as caught:
        _parse(OP, ["--ip-permissions", '[{"IpProtocol": tcp}]'])
    assert caught.value.option == "--ip-permissions"
    assert caught.value.pos == 16


def test_dry_run_flags() -> None:
    assert _parse(OP, ["--dry-run"]) == {"DryRun": True}
    assert _parse(OP, ["--no-dry-run"]) == {"DryRun": False}
    assert _parse(OP, ["--dry-run", "--no-dry-run"]) == {"DryRun": False}  # the last wins


def test_argparse_rules_as_in_the_aws_cli() -> None:
    assert _parse(OP, ["--group-id=sg-1"]) == {"GroupId": "sg-1"}
    assert _parse(OP, ["--group-i", "sg-1"]) == {"GroupId": "sg-1"}  # unique prefix
    assert _parse(OP, ["--ip-permissions"]) == {"IpPermissions": []}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ("--filters Name=a,Values=b", "argv is one str: give a list of words"),
        (b"--dry-run", "argv is one bytes"),
        (["--dry-run", None], "argv item 1 is NoneType, not str"),
    ],
)
def test_argv_must_be_words(argv: Any, message: str) -> None:
    with pytest.raises(CommandLineError, match=message):
        parse_command("describe-instances", argv)


def test_a_misspelt_global_option_is_suggested_too() -> None:
    with pytest.raises(
        CommandLineError, match=r"--regoin: unknown option \(did you mean --region\?\)"
    ):
        _parse(OP, ["--group-id", "sg-1", "--regoin", "us-east-1"])


def test_unknown_option_suggests_close_names_with_a_caret() -> None:
    with pytest.raises(CommandLineError) as caught:
        _parse(OP, ["--group-id", "sg-1", "--grop-name", "x"])
    error = caught.value
    assert (
        error.msg
        == "--grop-name: unknown option (did you mean --group-name or --group-owner or --group-id?)"
    )
    assert error.location is not None
    assert (error.location.item, error.location.start, error.location.end) == (2, 0, 11)
    assert error.doc == "--grop-name" and error.pos == 0


def test_missing_value_and_stray_value() -> None:
    with pytest.raises(CommandLineError, match="expected a value"):
        _parse(OP, ["--group-id"])
    with pytest.raises(CommandLineError, match="unexpected value 'extra'"):
        _parse(OP, ["--group-id", "sg-1", "extra"])


def test_a_flag_given_a_value_is_an_error() -> None:
    with pytest.raises(CommandLineError, match="is a flag and takes no value"):
        _parse(OP, ["--dry-run=yes"])


def test_type_errors_point_into_the_shorthand_value() -> None:
    with pytest.raises(TypeCoercionError) as caught:
        _parse(OP, ["--ip-permissions", "IpProtocol=tcp", "IpProtocol=tcp,FromPort=x22"])
    error = caught.value
    assert (error.option, error.doc, error.pos) == (
        "--ip-permissions",
        "IpProtocol=tcp,FromPort=x22",
        24,
    )
    assert error.path == ("IpPermissions", 1, "FromPort")


def test_validation_reports_every_problem_and_can_be_skipped() -> None:
    argv = ["--group-name", "web", "--ip-permissions", "Bogus=1,IpRanges=[{CidrIp=[a,b]}]"]
    with pytest.raises(InvalidRequestError) as caught:
        parse_command(OP, argv)
    assert [found.rule for found in caught.value.diagnostics] == [
        "ip-protocol.required",
        "model.type",
        "model.unknown-key",
    ]
    assert parse_command(OP, argv, validate=False) == {
        "GroupName": "web",
        "IpPermissions": [{"IpRanges": [{"CidrIp": ["a", "b"]}], "Bogus": "1"}],
    }


def test_unknown_operation() -> None:
    with pytest.raises(UnknownOperationError, match="did you mean"):
        parse_command("revoke-security-group-ingres", [])
