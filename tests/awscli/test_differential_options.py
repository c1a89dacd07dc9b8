"""Differential tests for every argument of the security-group commands.

Generated command lines (simplified rule options, the older scalar options,
rule ids, tag specifications, flags, global options) must give the request
the installed AWS CLI builds, or a ShorthandError where it refuses them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("awscli")

import oracle
from cli_like import parse_as_the_aws_cli
from command_strategies import SIMPLIFIED_OPERATIONS, security_group_commands

from ec2shorthand import ShorthandError

MANY = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True, scope="module")
def _read_as_v1() -> Iterator[None]:
    """Every command here is compared with the AWS CLI v1: read as v1 (v2: test_versions.py)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EC2SHORTHAND_CLI_VERSION", "1")
        yield


def _compare(operation: str, argv: list[str]) -> None:
    theirs = oracle.aws_request(operation, argv)
    try:
        ours = parse_as_the_aws_cli(operation, argv)
    except ShorthandError as error:
        assert not theirs.accepted, f"the AWS CLI accepts this; we raised: {error}"
    else:
        assert theirs.accepted, f"the AWS CLI refuses this ({theirs.error[-300:]}); we gave {ours}"
        assert ours == theirs.value


@MANY
@given(security_group_commands())
def test_generated_commands_match_the_aws_cli(command: tuple[str, list[str]]) -> None:
    operation, argv = command
    _compare(operation, argv)


_PORTS = st.text(alphabet=list("0123456789-+_ al٣x"), min_size=1, max_size=7)


@MANY
@given(st.sampled_from(SIMPLIFIED_OPERATIONS), _PORTS, st.sampled_from(["tcp", "icmp", "all"]))
def test_any_port_text_reads_as_the_aws_cli_reads_it(
    operation: str, port: str, protocol: str
) -> None:
    _compare(operation, ["--group-id", "sg-1", "--protocol", protocol, f"--port={port}"])


@pytest.mark.parametrize(
    "document",
    [
        {"GroupId": "sg-1", "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22}]},
        {"GroupName": "web", "DryRun": True},
        {"GroupId": "sg-1", "Bogus": 1},
        {"GroupId": "sg-1", "IpPermissions": [{"FromPort": "22"}]},
        ["not", "an", "object"],
    ],
)
@pytest.mark.parametrize(
    "extra", [[], ["--group-id", "sg-2"], ["--protocol", "udp", "--port", "53"]]
)
def test_cli_input_json_merges_as_the_aws_cli_does(document: object, extra: list[str]) -> None:
    _compare("revoke-security-group-ingress", ["--cli-input-json", json.dumps(document), *extra])


def test_parameter_files_are_read_as_the_aws_cli_reads_them(tmp_path: Path) -> None:
    files = {
        "rules.json": json.dumps([{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22}]),
        "rule.json": json.dumps({"IpProtocol": "tcp"}),
        "rule.txt": "IpProtocol=tcp,FromPort=22,ToPort=22",
        "group.txt": "sg-0123456789abcdef0\n",
        "port.txt": "22-25\n",
        "request.json": json.dumps({"GroupId": "sg-1", "DryRun": False}),
    }
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    operation = "revoke-security-group-ingress"
    for argv in (
        ["--ip-permissions", f"file://{tmp_path}/rules.json"],
        ["--ip-permissions", f"file://{tmp_path}/rule.json"],
        ["--ip-permissions", f"file://{tmp_path}/rule.txt"],
        ["--group-id", f"file://{tmp_path}/group.txt"],
        ["--protocol", "tcp", "--port", f"file://{tmp_path}/port.txt"],
        ["--cli-input-json", f"file://{tmp_path}/request.json"],
        ["--group-id", f"fileb://{tmp_path}/group.txt"],
        ["--group-id", f"file://{tmp_path}/missing.txt"],
        ["--ip-permissions", f"IpProtocol@=file://{tmp_path}/group.txt"],
    ):
        _compare(operation, argv)
