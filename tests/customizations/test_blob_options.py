"""Binary members as options of their own: rekognition/quicksight bytes, translate, lambda zips."""

from __future__ import annotations

import base64
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from stage_one import StageOne, assert_same_as_cli

from ec2shorthand import InvalidRequestError, ShorthandError, parse_command
from ec2shorthand._awscli.arguments import argument_table


@pytest.fixture(autouse=True, scope="module")
def _read_as_v1() -> Iterator[None]:
    """Every command here is compared with the AWS CLI v1: read as v1 (v2: test_versions.py)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EC2SHORTHAND_CLI_VERSION", "1")
        yield


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.py", "def handler(event, context):\n    return 1\n")
    return buffer.getvalue()


ZIP = _zip()
FILES = {"photo.png": b"\x89PNG\r\n\x1a\n\x00\xff", "f.zip": ZIP, "terms.csv": b"en,fr\na,b\n"}


def test_image_bytes_fill_the_image_structure() -> None:
    params = parse_command(
        "detect-labels",
        ["--image", "S3Object={Bucket=b,Name=n}", "--image-bytes", "hello"],
        service="rekognition",
        validate=False,
    )
    assert params == {"Image": {"S3Object": {"Bucket": "b", "Name": "n"}, "Bytes": "hello"}}


def test_the_structure_option_is_no_longer_required() -> None:
    assert not argument_table("rekognition", "detect-labels", 1)["image"].required
    assert parse_command("detect-labels", [], service="rekognition", validate=False) == {}
    table = argument_table("rekognition", "compare-faces", 1)
    assert "image-bytes" not in table
    assert {"source-image-bytes", "target-image-bytes"} <= {a.name for a in table}


def test_code_may_not_hold_what_zip_file_gives() -> None:
    with pytest.raises(ShorthandError, match="ZipFile cannot be given in --code"):
        parse_command(
            "create-function",
            ["--function-name", "f", "--role", "r", "--code", "ZipFile=abc"],
            service="lambda",
        )


def test_zip_file_must_be_a_zip_archive() -> None:
    with pytest.raises(ShorthandError, match="zip archive"):
        parse_command(
            "update-function-code",
            ["--function-name", "f", "--zip-file", "function.zip"],
            service="lambda",
        )


def test_a_missing_data_file_is_null_as_in_the_aws_cli() -> None:
    params = parse_command(
        "import-terminology",
        ["--cli-input-json", '{"Name": "n", "MergeStrategy": "OVERWRITE"}'],
        service="translate",
        validate=False,
    )
    assert params == {"Name": "n", "MergeStrategy": "OVERWRITE", "TerminologyData": {"File": None}}


@pytest.mark.parametrize(
    ("service", "operation", "argv"),
    [
        ("rekognition", "detect-labels", ["--image-bytes", "fileb://photo.png"]),
        ("rekognition", "detect-labels", ["--image-bytes", "hello"]),
        (
            "rekognition",
            "detect-labels",
            ["--image", "Bytes=abc", "--image-bytes", "fileb://photo.png"],
        ),
        (
            "rekognition",
            "detect-labels",
            ["--image", '{"S3Object":{"Bucket":"b"}}', "--image-bytes=x"],
        ),
        ("rekognition", "detect-labels", ["--image", "Bytes=abc"]),
        ("rekognition", "detect-labels", []),
        (
            "rekognition",
            "compare-faces",
            ["--source-image-bytes", "a", "--target-image-bytes", "b"],
        ),
        (
            "rekognition",
            "index-faces",
            ["--collection-id", "c", "--image-bytes", "fileb://photo.png"],
        ),
        (
            "quicksight",
            "start-asset-bundle-import-job",
            [
                "--aws-account-id",
                "1",
                "--asset-bundle-import-job-id",
                "j",
                "--asset-bundle-import-source-bytes",
                "fileb://f.zip",
            ],
        ),
        (
            "translate",
            "import-terminology",
            ["--name", "n", "--merge-strategy", "OVERWRITE", "--data-file", "fileb://terms.csv"],
        ),
        (
            "translate",
            "import-terminology",
            [
                "--name",
                "n",
                "--merge-strategy",
                "OVERWRITE",
                "--data-file",
                "fileb://terms.csv",
                "--terminology-data",
                "Format=CSV",
            ],
        ),
        (
            "translate",
            "import-terminology",
            [
                "--name",
                "n",
                "--merge-strategy",
                "OVERWRITE",
                "--data-file",
                "x",
                "--terminology-data",
                "File=y",
            ],
        ),
        ("translate", "import-terminology", ["--name", "n", "--merge-strategy", "OVERWRITE"]),
        ("translate", "import-terminology", ["--cli-input-json", '{"TerminologyData": {}}']),
        (
            "translate",
            "translate-document",
            [
                "--document",
                "ContentType=text/plain",
                "--document-content",
                "fileb://terms.csv",
                "--source-language-code",
                "en",
                "--target-language-code",
                "fr",
            ],
        ),
        (
            "translate",
            "translate-document",
            [
                "--document",
                "Content=x,ContentType=text/plain",
                "--document-content",
                "y",
                "--source-language-code",
                "en",
                "--target-language-code",
                "fr",
            ],
        ),
        ("lambda", "create-function", ["--function-name", "f", "--role", "r"]),
        (
            "lambda",
            "create-function",
            ["--function-name", "f", "--role", "r", "--zip-file", "fileb://f.zip"],
        ),
        (
            "lambda",
            "create-function",
            [
                "--function-name",
                "f",
                "--role",
                "r",
                "--code",
                "S3Bucket=b",
                "--zip-file",
                "fileb://f.zip",
            ],
        ),
        (
            "lambda",
            "create-function",
            ["--function-name", "f", "--role", "r", "--zip-file", "fileb://photo.png"],
        ),
        (
            "lambda",
            "create-function",
            ["--function-name", "f", "--role", "r", "--zip-file", "f.zip"],
        ),
        (
            "lambda",
            "create-function",
            ["--function-name", "f", "--role", "r", "--code", '{"ZipFile": "x"}'],
        ),
        ("lambda", "publish-layer-version", ["--layer-name", "l", "--zip-file", "fileb://f.zip"]),
        ("lambda", "update-function-code", ["--function-name", "f", "--zip-file", "fileb://f.zip"]),
        (
            "lambda",
            "update-function-code",
            ["--function-name", "f", "--zip-file", "fileb://photo.png"],
        ),
    ],
)
def test_as_the_aws_cli(cli: StageOne, service: str, operation: str, argv: list[str]) -> None:
    assert_same_as_cli(cli, service, operation, argv, files=FILES)


def test_bytes_and_streamed_files_are_valid_blobs(tmp_path: Path) -> None:
    archive = tmp_path / "f.zip"
    archive.write_bytes(ZIP)
    params = parse_command(
        "update-function-code",
        ["--function-name", "f", "--zip-file", f"fileb://{archive}"],
        service="lambda",
    )
    assert params["ZipFile"] == ZIP
    body = parse_command(
        "put-object", ["--bucket", "b", "--key", "k", "--body", str(archive)], service="s3api"
    )
    assert body["Body"] == archive
    # A string member is no blob: bytes there are still refused.
    with pytest.raises(InvalidRequestError, match="expected a string, got bytes"):
        parse_command("get-function", ["--function-name", f"fileb://{archive}"], service="lambda")


def test_v2_warns_when_a_text_decodes_only_by_dropping_characters() -> None:
    # '{ "key": "value" }' is no base64, but the AWS CLI v2 decodes what is left once it
    # drops the braces, quotes and spaces ("keyvalue"): it sends those bytes, silently.
    from ec2shorthand import validate  # noqa: F401  (the public API reads the same)
    from ec2shorthand._awscli.command import check_command

    argv = ["--function-name", "f", "--payload", '{ "key": "value" }', "out.json"]
    found = check_command("invoke", argv, service="lambda", cli_version=2).diagnostics
    assert [(d.rule, d.severity) for d in found] == [("blob.text-read-as-base64", "warning")]
    raw = check_command(
        "invoke",
        [*argv, "--cli-binary-format", "raw-in-base64-out"],
        service="lambda",
        cli_version=2,
    )
    assert raw.diagnostics == [] and raw.params["Payload"] == '{ "key": "value" }'
    assert check_command("invoke", argv, service="lambda", cli_version=1).diagnostics == []


def test_the_aws_cli_v2_sends_other_bytes_for_such_a_text(v2_oracle: Any) -> None:
    # What the warning says, measured: v2 hands over the text and sends what it decodes to.
    record = v2_oracle.run(
        ["lambda", "invoke", "--function-name", "f", "--payload", '{ "key": "value" }', "o.json"]
    )
    assert record["status"] == "sent"
    assert record["params"]["Payload"] == '{ "key": "value" }'
    sent = base64.b64decode(record["request"]["Payload"]["$bytes"])
    assert sent == base64.b64decode("keyvalue") != b'{ "key": "value" }'
