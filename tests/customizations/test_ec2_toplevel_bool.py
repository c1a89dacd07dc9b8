"""toplevelbool: EC2's ``{"Value": boolean}`` structures as ``--x`` / ``--x VALUE`` / ``--no-x``."""

from __future__ import annotations

import pytest
from stage_one import StageOne, assert_same_as_cli

from ec2shorthand import CommandLineError, parse_command, to_argv
from ec2shorthand._awscli.arguments import Reads, argument_table

SUBNET = ["--subnet-id", "subnet-1"]


def _subnet(*argv: str) -> dict[str, object]:
    return parse_command("modify-subnet-attribute", [*SUBNET, *argv], validate=False)


def test_a_bare_option_is_true_and_its_twin_false() -> None:
    assert _subnet("--map-public-ip-on-launch")["MapPublicIpOnLaunch"] == {"Value": True}
    assert _subnet("--no-map-public-ip-on-launch")["MapPublicIpOnLaunch"] == {"Value": False}


def test_a_value_is_read_as_the_structure() -> None:
    assert _subnet("--enable-dns64", "Value=false")["EnableDns64"] == {"Value": False}
    assert _subnet('--enable-dns64={"Value": true}')["EnableDns64"] == {"Value": True}
    # Not true or false: left as written, for validation to refuse (as botocore does).
    assert _subnet("--enable-dns64", "Value=maybe")["EnableDns64"] == {"Value": "maybe"}


def test_the_option_and_its_twin_together_are_refused_in_either_order() -> None:
    for argv in (
        ["--map-public-ip-on-launch", "--no-map-public-ip-on-launch"],
        ["--no-map-public-ip-on-launch", "--map-public-ip-on-launch", "Value=true"],
    ):
        with pytest.raises(CommandLineError, match="cannot be given with"):
            _subnet(*argv)


def test_the_last_of_the_option_given_twice_wins() -> None:
    params = _subnet("--map-public-ip-on-launch", "--map-public-ip-on-launch", "Value=false")
    assert params["MapPublicIpOnLaunch"] == {"Value": False}


def test_only_structures_of_one_boolean_value_are_pulled_up() -> None:
    table = argument_table("ec2", "modify-instance-attribute", 1)
    pulled = {a.name for a in table if a.reads is Reads.OPTIONAL and a.member}
    assert pulled == {
        "source-dest-check",
        "disable-api-stop",
        "disable-api-termination",
        "ebs-optimized",
        "ena-support",
    }
    # {Value: string} and {Value: blob} structures stay as they are.
    assert table["instance-type"].reads is Reads.VALUE
    assert table["user-data"].reads is Reads.VALUE
    names = [a.name for a in table]
    assert names.index("no-ena-support") < names.index("cli-input-json")


def test_flags_are_written_back() -> None:
    request = {"SubnetId": "subnet-1", "MapPublicIpOnLaunch": {"Value": False}}
    argv = to_argv("modify-subnet-attribute", request)
    assert "--no-map-public-ip-on-launch" in argv
    assert parse_command("modify-subnet-attribute", argv) == request


@pytest.mark.parametrize(
    ("operation", "argv"),
    [
        ("modify-subnet-attribute", [*SUBNET, "--map-public-ip-on-launch"]),
        ("modify-subnet-attribute", [*SUBNET, "--no-assign-ipv6-address-on-creation"]),
        ("modify-subnet-attribute", [*SUBNET, "--enable-dns64", "Value=FALSE"]),
        ("modify-subnet-attribute", [*SUBNET, "--enable-dns64", "false"]),
        ("modify-subnet-attribute", [*SUBNET, "--enable-dns64="]),
        ("modify-subnet-attribute", [*SUBNET, "--enable-dns64", "--no-enable-dns64"]),
        ("modify-subnet-attribute", [*SUBNET, "--no-enable-dns64=x"]),
        ("modify-vpc-attribute", ["--vpc-id", "v", "--enable-dns-support", '{"Value":false}']),
        ("modify-volume-attribute", ["--volume-id", "vol-1", "--auto-enable-io"]),
        ("modify-instance-attribute", ["--instance-id", "i-1", "--no-disable-api-termination"]),
        ("modify-instance-attribute", ["--instance-id", "i-1", "--ebs-optimized", "Value=maybe"]),
        ("modify-network-interface-attribute", ["--network-interface-id", "e", "--no-source-d"]),
    ],
)
def test_as_the_aws_cli(cli: StageOne, operation: str, argv: list[str]) -> None:
    assert_same_as_cli(cli, "ec2", operation, argv)
