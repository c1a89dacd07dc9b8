"""run-instances: --count, and the options that fill the first network interface."""

from __future__ import annotations

import pytest
from stage_one import StageOne, assert_same_as_cli

from ec2shorthand import CommandLineError, ShorthandError, parse_command, to_argv, validate

IMAGE = ["--image-id", "ami-1"]


def _run(*argv: str, check: bool = False) -> dict[str, object]:
    return parse_command("run-instances", [*IMAGE, *argv], validate=check)


def test_count_sends_both_bounds() -> None:
    assert _run("--count", "3") == {"ImageId": "ami-1", "MinCount": 3, "MaxCount": 3}
    assert _run("--count", "1:5") == {"ImageId": "ami-1", "MinCount": 1, "MaxCount": 5}
    for bad in ("x", "1:2:3", ":", "2:"):
        with pytest.raises(ShorthandError, match="not a count"):
            _run("--count", bad)


def test_the_model_counts_are_no_options_any_more() -> None:
    with pytest.raises(CommandLineError, match="--min-count: unknown option"):
        _run("--min-count", "1")


def test_the_request_has_no_counts_yet_but_validates_with_the_default_ones() -> None:
    # Both counts are required by the API; the AWS CLI sets them to 1 just before sending.
    assert _run(check=True) == {"ImageId": "ami-1"}
    assert validate("run-instances", {"ImageId": "ami-1"}) == []
    assert [d.rule for d in validate("run-instances", {"ImageId": "ami-1", "MinCount": "x"})] == [
        "model.type"
    ]


def test_simple_options_fill_the_first_interface() -> None:
    params = _run(
        "--secondary-private-ip-addresses",
        "10.0.0.1",
        "10.0.0.2",
        "--secondary-private-ip-address-count",
        "2",
        "--associate-public-ip-address",
    )
    assert params["NetworkInterfaces"] == [
        {
            "DeviceIndex": 0,
            "PrivateIpAddresses": [
                {"PrivateIpAddress": "10.0.0.1", "Primary": False},
                {"PrivateIpAddress": "10.0.0.2", "Primary": False},
            ],
            "SecondaryPrivateIpAddressCount": 2,
            "AssociatePublicIpAddress": True,
        }
    ]


def test_no_public_address_wins_whatever_the_order() -> None:
    for argv in (
        ["--associate-public-ip-address", "--no-associate-public-ip-address"],
        ["--no-associate-public-ip-address", "--associate-public-ip-address"],
    ):
        interface = _run(*argv)["NetworkInterfaces"]
        assert interface == [{"DeviceIndex": 0, "AssociatePublicIpAddress": False}]


def test_simple_options_do_not_mix_with_network_interfaces() -> None:
    with pytest.raises(CommandLineError, match="cannot be given with --network-interfaces"):
        _run("--network-interfaces", "DeviceIndex=0", "--secondary-private-ip-address-count", "1")
    # As in the AWS CLI, the "no" flag is not checked: it goes into the user's interface.
    params = _run("--network-interfaces", "DeviceIndex=0", "--no-associate-public-ip-address")
    assert params["NetworkInterfaces"] == [{"DeviceIndex": 0, "AssociatePublicIpAddress": False}]
    with pytest.raises(ShorthandError, match="no first interface"):
        _run("--network-interfaces", "[]", "--no-associate-public-ip-address")


def test_count_is_written_back() -> None:
    for request in (
        {"ImageId": "ami-1", "MinCount": 2, "MaxCount": 2},
        {"ImageId": "ami-1", "MinCount": 1, "MaxCount": 4},
        {"ImageId": "ami-1", "MinCount": 1},
    ):
        argv = to_argv("run-instances", request)
        assert parse_command("run-instances", argv, validate=False) == request
    assert "--count=1:4" in to_argv("run-instances", {"MinCount": 1, "MaxCount": 4})


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--count", "2"],
        ["--count", "0"],
        ["--count", " 2 "],
        ["--count", "1_0:20"],
        ["--count", "1:2:3"],
        ["--count", "-1"],
        ["--count", "file://three.txt"],
        ["--count", "fileb://three.txt"],
        ["--max-count", "2"],
        ["--secondary-private-ip-addresses", "10.0.0.1", "--private-ip-address", "10.0.0.5"],
        ["--secondary-private-ip-addresses"],
        ["--secondary-private-ip-addresses", "file://ip.txt"],
        ["--secondary-private-ip-address-count", "0"],
        ["--secondary-private-ip-address-count", "x"],
        ["--secondary-private-ip-address-count", "file://three.txt"],
        ["--network-interfaces", "DeviceIndex=0", "--secondary-private-ip-addresses", "10.0.0.1"],
        ["--network-interfaces", "DeviceIndex=0", "--secondary-private-ip-addresses"],
        ["--network-interfaces", "DeviceIndex=0", "--secondary-private-ip-address-count", "0"],
        ["--network-interfaces", "DeviceIndex=0", "--associate-public-ip-address"],
        ["--network-interfaces", "[]", "--no-associate-public-ip-address"],
        [
            "--network-interfaces",
            "DeviceIndex=1",
            "--no-associate-public-ip-address",
            "--subnet-id",
            "s",
        ],
        ["--associate-public-ip-address", "--security-group-ids", "sg-1", "--subnet-id", "s"],
        ["--associate-public-ip", "--enable-api-termination"],
    ],
)
def test_as_the_aws_cli(cli: StageOne, argv: list[str]) -> None:
    files = {"three.txt": b"3", "ip.txt": b"10.1"}
    assert_same_as_cli(cli, "ec2", "run-instances", [*IMAGE, *argv], files=files)
