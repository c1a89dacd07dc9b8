"""bundle-instance's storage options, get-password-data's --priv-launch-key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from stage_one import StageOne, assert_same_as_cli

from ec2shorthand import CommandLineError, ShorthandError, parse_command, validate
from ec2shorthand._core.files import FileResolver

INSTANCE = ["--instance-id", "i-1"]


@pytest.fixture(autouse=True, scope="module")
def _read_as_v1() -> Iterator[None]:
    """Every command here is compared with the AWS CLI v1: read as v1 (v2: test_versions.py)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EC2SHORTHAND_CLI_VERSION", "1")
        yield


def _bundle(*argv: str, check: bool = False) -> dict[str, object]:
    return parse_command("bundle-instance", [*INSTANCE, *argv], validate=check)


def test_simple_options_build_the_storage_keeping_the_secret_key_as_the_aws_cli_does() -> None:
    params = _bundle("--bucket", "b", "--prefix", "p", "--owner-akid", "AK", "--owner-sak", "SK")
    assert params["Storage"] == {
        "S3": {"Bucket": "b", "Prefix": "p", "AWSAccessKeyId": "AK", "_SAK": "SK"}
    }


def test_empty_values_are_ignored_and_storage_does_not_mix() -> None:
    assert _bundle("--bucket", "") == {"InstanceId": "i-1"}
    with pytest.raises(CommandLineError, match="cannot be given with --storage"):
        _bundle("--storage", "S3={Bucket=b}", "--prefix", "p")


def test_validation_judges_the_storage_as_the_aws_cli_completes_it() -> None:
    # The secret key is no API member, but the AWS CLI turns it into a signature.
    assert _bundle("--bucket", "b", "--prefix", "p", "--owner-sak", "SK", check=True)
    found = validate("bundle-instance", {"InstanceId": "i", "Storage": {"S3": {"Bucket": "b"}}})
    assert [(d.rule, d.path) for d in found] == [("bundle.storage", "Storage.S3.Prefix")]
    given_policy = {"S3": {"UploadPolicy": "{}", "_SAK": "SK"}}
    assert validate("bundle-instance", {"InstanceId": "i", "Storage": given_policy}) == []
    found = validate("bundle-instance", {"InstanceId": "i", "Storage": {}})
    assert [d.rule for d in found] == ["bundle.storage"]


def test_the_launch_key_must_be_a_file(tmp_path: Path) -> None:
    key = tmp_path / "key.pem"
    key.write_text("-----BEGIN RSA PRIVATE KEY-----\n")
    argv = [*INSTANCE, "--priv-launch-key"]
    assert parse_command("get-password-data", [*argv, str(key)]) == {"InstanceId": "i-1"}
    with pytest.raises(ShorthandError, match="private key file"):
        parse_command("get-password-data", [*argv, str(tmp_path / "none.pem")])
    # Files not looked at: nothing to check.
    missing = [*argv, str(tmp_path / "none.pem")]
    assert parse_command("get-password-data", missing, files=None) == {"InstanceId": "i-1"}
    with pytest.raises(ShorthandError, match="private key file"):
        parse_command("get-password-data", [*argv, "key.pem"], files=FileResolver(tmp_path / "x"))


@pytest.mark.parametrize(
    ("operation", "argv"),
    [
        (
            "bundle-instance",
            ["--bucket", "b", "--prefix", "p", "--owner-akid", "a", "--owner-sak", "s"],
        ),
        ("bundle-instance", ["--bucket", "b", "--policy", "file://policy.json"]),
        ("bundle-instance", ["--bucket", "", "--storage", "S3={Bucket=x}"]),
        ("bundle-instance", ["--bucket", "b", "--storage", "{}"]),
        ("bundle-instance", ["--storage", "S3={Bucket=x,Prefix=y}"]),
        ("bundle-instance", []),
        ("get-password-data", ["--priv-launch-key", "key.pem"]),
        ("get-password-data", ["--priv-launch-key", "missing.pem"]),
        ("get-password-data", ["--priv-launch-key", ""]),
        ("get-password-data", ["--priv-launch-key", "file://name.txt"]),
    ],
)
def test_as_the_aws_cli(cli: StageOne, operation: str, argv: list[str]) -> None:
    files = {"key.pem": b"KEY", "policy.json": b'{"expiration": "x"}', "name.txt": b"key.pem"}
    assert_same_as_cli(cli, "ec2", operation, [*INSTANCE, *argv], files=files)
