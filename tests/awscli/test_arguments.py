"""The security-group arguments beyond --ip-permissions: our own behaviour and messages."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from ec2shorthand import (
    CommandLineError,
    ParamFileError,
    ShorthandError,
    ShorthandSyntaxError,
    parse_command,
)
from ec2shorthand._awscli.command import check_command
from ec2shorthand.customizations.ec2_port import parse_port

INGRESS = "authorize-security-group-ingress"
# These tests are about reading arguments; validation has its own tests.
_parse = functools.partial(parse_command, validate=False)
PORT_CASES = json.loads(
    (Path(__file__).parents[1] / "data" / "port" / "cases.json").read_text("utf-8")
)


@pytest.mark.parametrize("case", PORT_CASES, ids=[repr(case["port"]) for case in PORT_CASES])
def test_port_grammar_reads_each_recorded_value(case: dict[str, object]) -> None:
    """tests/data/port/cases.json: each --port value with the range the AWS CLI made of it."""
    if case["range"] is None:
        with pytest.raises(ShorthandSyntaxError) as caught:
            parse_port(str(case["port"]))
        assert 0 <= (caught.value.pos or 0) <= len(str(case["port"]))
    else:
        assert list(parse_port(str(case["port"]))) == case["range"]


def test_simplified_options_build_one_permission() -> None:
    request = _parse(
        INGRESS,
        [
            "--group-id",
            "sg-0123456789abcdef0",
            "--protocol",
            "icmp",
            "--port",
            "3--1",
            "--cidr",
            "10.0.0.0/8",
        ],
    )
    assert request["IpPermissions"] == [
        {"IpProtocol": "icmp", "FromPort": 3, "ToPort": -1, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}
    ]


def test_source_group_is_an_id_or_a_name_and_owner_is_its_user() -> None:
    by_id = _parse(INGRESS, ["--source-group", "sg-1a2b3c4d", "--group-owner", "123456789012"])
    by_name = _parse(INGRESS, ["--source-group", "web", "--protocol", "all"])
    assert by_id["IpPermissions"] == [
        {"UserIdGroupPairs": [{"GroupId": "sg-1a2b3c4d", "UserId": "123456789012"}]}
    ]
    assert by_name["IpPermissions"] == [
        {"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupName": "web"}]}
    ]


def test_bad_protocol_and_port_say_what_is_expected() -> None:
    with pytest.raises(ShorthandError) as caught:
        _parse(INGRESS, ["--protocol", "icmpv6"])
    assert caught.value.option == "--protocol"
    assert "tcp, udp, icmp, all, or a number 0-255" in caught.value.msg
    with pytest.raises(ShorthandSyntaxError) as caught_port:
        _parse(INGRESS, ["--protocol", "tcp", "--port", "22-"])
    assert (caught_port.value.option, caught_port.value.pos) == ("--port", 3)
    assert str(caught_port.value).endswith("  22-\n     ^")


def test_simplified_options_and_ip_permissions_do_not_mix() -> None:
    with pytest.raises(CommandLineError) as caught:
        _parse(INGRESS, ["--ip-permissions", "IpProtocol=tcp", "--port", "22"])
    error = caught.value
    assert error.msg.startswith("--port: cannot be combined with --ip-permissions")
    # Located at the argv item that holds the option: --port is argv[2].
    assert error.location is not None and (error.location.item, error.doc) == (2, "--port")


def test_update_operations_have_no_simplified_options() -> None:
    with pytest.raises(CommandLineError, match="unknown option"):
        _parse("update-security-group-rule-descriptions-ingress", ["--port", "22"])


def test_an_option_given_twice_keeps_the_last_value_and_warns_of_the_loss() -> None:
    argv = ["--group-id", "sg-1", "--protocol", "tcp", "--port", "22", "--protocol", "udp"]
    assert _parse(INGRESS, argv)["IpPermissions"] == [
        {"IpProtocol": "udp", "FromPort": 22, "ToPort": 22}
    ]
    found = check_command(INGRESS, argv, validate=False).diagnostics
    assert [(d.rule, d.severity) for d in found] == [("option.repeated", "warning")]
    location = found[0].location
    assert location is not None and location.item == 2  # the first --protocol: its value is lost


def test_global_options_are_accepted_and_send_nothing() -> None:
    argv = [
        "--region",
        "eu-west-1",
        "--group-id",
        "sg-0123456789abcdef0",
        "--output",
        "json",
        "--debug",
    ]
    assert _parse(INGRESS, argv) == {"GroupId": "sg-0123456789abcdef0"}
    with pytest.raises(CommandLineError, match="sends no request"):
        _parse(INGRESS, ["--version"])
    with pytest.raises(CommandLineError, match="invalid choice"):
        _parse(INGRESS, ["--output", "xml"])


def test_required_options_unless_a_whole_request_is_given() -> None:
    with pytest.raises(CommandLineError, match="required: --group-id"):
        _parse("revoke-security-group-egress", ["--dry-run"])
    document = json.dumps({"GroupId": "sg-0123456789abcdef0"})
    assert _parse("revoke-security-group-egress", ["--cli-input-json", document]) == {
        "GroupId": "sg-0123456789abcdef0"
    }


def test_parameter_files_are_read_and_a_missing_one_is_named(tmp_path: Path) -> None:
    (tmp_path / "rules.json").write_text('[{"IpProtocol": "tcp"}]', encoding="utf-8")
    (tmp_path / "ids.txt").write_text("sgr-1", encoding="utf-8")
    assert _parse(INGRESS, ["--ip-permissions", f"file://{tmp_path}/rules.json"]) == {
        "IpPermissions": [{"IpProtocol": "tcp"}]
    }
    with pytest.raises(ParamFileError) as caught:
        _parse(INGRESS, ["--group-id", f"file://{tmp_path}/missing.txt"])
    assert caught.value.option == "--group-id"
    assert f"{tmp_path}/missing.txt" in caught.value.msg
    # The AWS CLI would send ['s', 'g', 'r', '-', '1']: refused here.
    with pytest.raises(ShorthandSyntaxError, match="must hold a JSON list"):
        _parse(
            "revoke-security-group-ingress",
            ["--security-group-rule-ids", f"file://{tmp_path}/ids.txt"],
        )


@pytest.mark.usefixtures("as_v2")  # --cli-input-yaml is the AWS CLI v2's
def test_cli_input_yaml_takes_a_whole_request_and_the_command_line_wins(tmp_path: Path) -> None:
    document = (
        "GroupId: sg-1\nDryRun: true\nIpPermissions:\n  - IpProtocol: tcp\n    FromPort: 22\n"
    )
    (tmp_path / "request.yaml").write_text(document, encoding="utf-8")
    for value in (document, f"file://{tmp_path}/request.yaml"):
        request = _parse(INGRESS, ["--cli-input-yaml", value, "--group-id", "sg-0fedcba9876543210"])
        assert request == {
            "GroupId": "sg-0fedcba9876543210",
            "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22}],
            "DryRun": True,
        }


def test_an_unknown_key_in_a_whole_request_names_the_closest() -> None:
    with pytest.raises(ShorthandError) as caught:
        _parse(INGRESS, ["--cli-input-json", '{"GroupIds": "sg-0123456789abcdef0"}'])
    assert caught.value.option == "--cli-input-json"
    assert "'GroupIds' is not a member of this request (did you mean GroupId" in caught.value.msg


@pytest.mark.usefixtures("as_v2")  # --cli-input-yaml is the AWS CLI v2's
def test_invalid_yaml_points_at_the_problem() -> None:
    with pytest.raises(ShorthandSyntaxError) as caught:
        _parse(INGRESS, ["--cli-input-yaml", "GroupId: [sg-1\nDryRun: true\n"])
    assert caught.value.option == "--cli-input-yaml"
    assert caught.value.lineno == 2


@pytest.mark.usefixtures("as_v2")  # --cli-input-yaml is the AWS CLI v2's
def test_json_and_yaml_documents_together_are_an_error() -> None:
    with pytest.raises(CommandLineError, match="not both"):
        _parse(INGRESS, ["--cli-input-json", "{}", "--cli-input-yaml", "{}"])
