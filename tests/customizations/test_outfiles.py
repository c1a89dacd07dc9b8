"""Options naming files the AWS CLI writes the response to: iot, iam, select-object-content."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from stage_one import StageOne, assert_same_as_cli

from ec2shorthand import CommandLineError, ShorthandError, parse_command
from ec2shorthand._awscli.arguments import argument_table
from ec2shorthand._core.errors import ParamFileError
from ec2shorthand._core.files import FileResolver, resolver_for

KEYS = "create-keys-and-certificate"
# s3api select-object-content's required options (its positional outfile not included).
_SELECT = [
    *("--bucket", "b", "--key", "k", "--expression", "e", "--expression-type", "SQL"),
    *("--input-serialization", "{}", "--output-serialization", "{}"),
]


def test_outfiles_add_nothing_to_the_request(tmp_path: Path) -> None:
    argv = ["--set-as-active", "--private-key-outfile", str(tmp_path / "key.pem")]
    assert parse_command(KEYS, argv, service="iot") == {"setAsActive": True}


def test_an_outfile_in_a_folder_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    missing = str(tmp_path / "no-such-folder" / "key.pem")
    with pytest.raises(ShorthandError, match="cannot write to") as caught:
        parse_command(KEYS, ["--public-key-outfile", missing], service="iot")
    assert caught.value.location is not None and caught.value.location.item == 1
    # Files not looked at: nothing to check.
    assert parse_command(KEYS, ["--public-key-outfile", missing], service="iot", files=None) == {}


def test_writable_paths_follow_the_file_policy(tmp_path: Path) -> None:
    inside = FileResolver(tmp_path)
    assert inside.writable_path("out.pem") == str(tmp_path / "out.pem")
    assert inside.writable_path("missing/out.pem") is None
    with pytest.raises(ParamFileError, match="outside"):
        inside.writable_path("../out.pem")
    with pytest.raises(ParamFileError, match="file loading is off"):
        resolver_for(None).writable_path("out.pem")
    os.chmod(tmp_path, 0o500)
    try:
        if not os.access(tmp_path, os.W_OK):  # not when tests run as root
            assert inside.writable_path("out.pem") is None
    finally:
        os.chmod(tmp_path, 0o700)


def test_virtual_mfa_device_needs_both_options_and_has_no_input_document() -> None:
    names = [argument.name for argument in argument_table("iam", "create-virtual-mfa-device", 1)]
    assert "cli-input-json" not in names and "generate-cli-skeleton" not in names
    with pytest.raises(CommandLineError, match="required: --outfile, --bootstrap-method"):
        parse_command(
            "create-virtual-mfa-device", ["--virtual-mfa-device-name", "d"], service="iam"
        )
    with pytest.raises(CommandLineError, match="invalid choice"):
        parse_command(
            "create-virtual-mfa-device",
            [
                "--virtual-mfa-device-name",
                "d",
                "--outfile",
                "qr.png",
                "--bootstrap-method",
                "qrcodepng",
            ],
            service="iam",
        )


@pytest.mark.parametrize(
    ("service", "operation", "argv"),
    [
        (
            "iot",
            KEYS,
            [
                "--set-as-active",
                "--certificate-pem-outfile",
                "c.pem",
                "--public-key-outfile",
                "p.key",
                "--private-key-outfile",
                "k.key",
            ],
        ),
        ("iot", KEYS, ["--public-key-outfile", "missing/p.key"]),
        ("iot", KEYS, ["--public-key-outfile", ""]),
        ("iot", KEYS, ["--public-key-outfile", "$HOME/p.key"]),
        (
            "iot",
            "create-certificate-from-csr",
            ["--certificate-signing-request", "csr", "--certificate-pem-outfile", "c.pem"],
        ),
        (
            "iot",
            "create-certificate-from-csr",
            ["--certificate-signing-request", "csr", "--public-key-outfile", "c.pem"],
        ),
        (
            "iam",
            "create-virtual-mfa-device",
            [
                "--virtual-mfa-device-name",
                "d",
                "--outfile",
                "qr.png",
                "--bootstrap-method",
                "QRCodePNG",
            ],
        ),
        (
            "iam",
            "create-virtual-mfa-device",
            [
                "--virtual-mfa-device-name",
                "d",
                "--outfile",
                "C:/qr.png",
                "--bootstrap-method",
                "QRCodePNG",
            ],
        ),
        (
            "iam",
            "create-virtual-mfa-device",
            ["--virtual-mfa-device-name", "d", "--outfile", "qr.png", "--bootstrap-method", "x"],
        ),
        ("iam", "create-virtual-mfa-device", ["--virtual-mfa-device-name", "d"]),
        (
            "iam",
            "create-virtual-mfa-device",
            ["--virtual-mfa-device-name", "d", "--cli-input-json", "{}"],
        ),
        (
            "s3api",
            "select-object-content",
            [
                *_SELECT,
                "out.csv",
            ],
        ),
        (
            "s3api",
            "select-object-content",
            _SELECT,
        ),
        (
            "s3api",
            "select-object-content",
            [
                *_SELECT,
                "out.csv",
                "--cli-input-json",
                "{}",
            ],
        ),
    ],
)
def test_as_the_aws_cli(cli: StageOne, service: str, operation: str, argv: list[str]) -> None:
    assert_same_as_cli(cli, service, operation, argv)
