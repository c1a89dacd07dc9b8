"""The version setting: what reads differently in v1 and v2, and how each refusal is said.

The verdicts themselves are checked against both real CLIs in
test_version_differential.py; here: the messages, their places, the default,
and the ways of choosing a version.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from ec2shorthand import (
    OutOfScopeError,
    ShorthandError,
    ShorthandType,
    member_schema,
    parse_command,
    syntax_docs,
    to_argv,
    validate,
)
from ec2shorthand._awscli.command import check_command
from ec2shorthand._awscli.customize import customizations_for
from ec2shorthand._cli import run

INVOKE = ["--function-name", "f", "out.json", "--payload"]
# Not base64: the AWS CLI v2 drops what is not of its alphabet, and 'a1' is not whole.
# ('{}' is: nothing is left of it, and nothing is valid base64.)
JSON = '{"a": 1}'


def test_the_default_is_v2_and_the_environment_chooses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EC2SHORTHAND_CLI_VERSION", raising=False)
    with pytest.raises(ShorthandError, match="Invalid base64"):
        parse_command("invoke", [*INVOKE, JSON], service="lambda")
    monkeypatch.setenv("EC2SHORTHAND_CLI_VERSION", "1")
    assert parse_command("invoke", [*INVOKE, JSON], service="lambda")["Payload"] == JSON
    # the caller's word wins over the environment
    with pytest.raises(ShorthandError, match="Invalid base64"):
        parse_command("invoke", [*INVOKE, JSON], service="lambda", cli_version=2)


def test_invalid_base64_is_shown_under_the_value_with_the_ways_out() -> None:
    with pytest.raises(ShorthandError) as caught:
        parse_command("invoke", [*INVOKE, '{"a": 1}'], service="lambda", cli_version=2)
    error = caught.value
    assert error.rule == "blob.base64" and error.option == "--payload"
    assert error.location is not None and (error.location.item, error.location.start) == (4, 0)
    assert "Invalid base64: '{\"a\": 1}'" in error.msg
    assert "--cli-binary-format raw-in-base64-out" in error.msg
    assert "eyJhIjogMX0=" in error.msg  # the text's own base64, ready to paste
    raw = ["--cli-binary-format", "raw-in-base64-out"]
    params = parse_command("invoke", [*INVOKE, '{"a": 1}', *raw], service="lambda", cli_version=2)
    assert params["Payload"] == '{"a": 1}'


def test_a_nested_blob_is_pointed_at_inside_the_shorthand() -> None:
    attributes = "k={DataType=Binary,BinaryValue=a$}"
    argv = ["--queue-url", "q", "--message-body", "m", "--message-attributes", attributes]
    with pytest.raises(ShorthandError) as caught:
        parse_command("send-message", argv, service="sqs", cli_version=2)
    location = caught.value.location
    assert location is not None
    assert attributes[location.start : location.end] == "a$"


def test_a_file_s_text_must_be_base64_and_a_file_s_bytes_are_bytes(tmp_path: Path) -> None:
    (tmp_path / "text.txt").write_text("plain text!")
    (tmp_path / "data.bin").write_bytes(b"\xff\x00")
    argv = ["--key-id", "k", "--plaintext"]
    with pytest.raises(ShorthandError) as caught:
        parse_command("encrypt", [*argv, f"file://{tmp_path}/text.txt"], service="kms")
    assert caught.value.location is not None and caught.value.location.file is not None
    binary = parse_command("encrypt", [*argv, f"fileb://{tmp_path}/data.bin"], service="kms")
    assert binary["Plaintext"] == b"\xff\x00"


def test_v1_refuses_a_url_it_would_download_and_validation_warns() -> None:
    argv = ["--bucket", "b", "--policy", "https://example.com/p.json"]
    with pytest.raises(ShorthandError) as caught:
        parse_command("put-bucket-policy", argv, service="s3api", cli_version=1)
    assert caught.value.rule == "value.downloaded"
    assert "downloads" in caught.value.msg and '{"Policy": "https://example.com/p.json"}' in str(
        caught.value
    )
    found = check_command("put-bucket-policy", argv, service="s3api", cli_version=1).diagnostics
    assert [(d.rule, d.severity) for d in found] == [("value.downloaded", "warning")]
    # v2 never downloads: the URL is the value
    v2 = parse_command("put-bucket-policy", argv, service="s3api", cli_version=2)
    assert v2["Policy"] == "https://example.com/p.json"


def test_v1_keeps_a_url_where_it_reads_no_files() -> None:
    url = "https://sqs.us-east-1.amazonaws.com/1/q"
    for version in (1, 2):
        params = parse_command(
            "get-queue-attributes", ["--queue-url", url], service="sqs", cli_version=version
        )
        assert params == {"QueueUrl": url}


@pytest.mark.parametrize(
    ("argv", "version", "said"),
    [
        (["--no-cli-pager"], 1, "an option of the AWS CLI v2"),
        (["--cli-binary-format", "base64"], 1, "an option of the AWS CLI v2"),
        (["--v2-debug"], 2, "an option of the AWS CLI v1"),
        (["--output", "yaml"], 1, "invalid choice: 'yaml'"),
        (["--cli-input-yaml", "VpcIds: []"], 1, "unknown option"),
        (["--generate-cli-skeleton", "yaml-input"], 1, "invalid choice: 'yaml-input'"),
    ],
)
def test_what_the_other_version_has_is_refused(argv: list[str], version: int, said: str) -> None:
    with pytest.raises(ShorthandError, match=re.escape(said)):
        parse_command("describe-vpcs", argv, cli_version=version)  # type: ignore[arg-type]


def test_v2_s_hidden_aliases_are_gone_with_the_real_name_offered() -> None:
    argv = ["--function-name", "f", "--code-sha-256", "x"]
    with pytest.raises(ShorthandError, match="did you mean --code-sha256"):
        parse_command("publish-version", argv, service="lambda", cli_version=2)
    assert parse_command("publish-version", argv, service="lambda", cli_version=1) == {
        "FunctionName": "f",
        "CodeSha256": "x",
    }


def test_ecr_get_login_is_gone_in_v2() -> None:
    with pytest.raises(ShorthandError, match="gone in the AWS CLI v2: use `aws ecr get-login-"):
        parse_command("get-login", [], service="ecr", cli_version=2)


@pytest.mark.parametrize(("service", "operation"), [("ddb", "put"), ("logs", "tail")])
def test_v2_s_own_commands_are_out_of_scope_in_v2(service: str, operation: str) -> None:
    with pytest.raises(OutOfScopeError, match="the AWS CLI v2's own commands"):
        parse_command(operation, [], service=service, cli_version=2)


def test_customizations_register_per_version() -> None:
    def names(version: int) -> set[str]:
        found = customizations_for("sqs", "get-queue-attributes", version)  # type: ignore[arg-type]
        return {customization.name for customization in found}

    assert "paramfile exemptions" in names(1) - names(2)
    assert "binaryformat" in names(2) - names(1)


@pytest.mark.parametrize("version", [1, 2])
def test_cloudfront_makes_its_reference_as_the_aws_cli_does(version: int) -> None:
    argv = ["--distribution-id", "E1", "--paths", "/a"]
    references = {
        parse_command("create-invalidation", argv, service="cloudfront", cli_version=version)[  # type: ignore[arg-type]
            "InvalidationBatch"
        ]["CallerReference"]
        for _ in range(3)
    }
    assert all(re.fullmatch(r"cli-\d{10}-\d{1,7}", reference) for reference in references)


def test_to_argv_writes_for_the_version_asked() -> None:
    request = {"KeyId": "k", "Plaintext": "aGVsbG8="}
    for version in (1, 2):
        argv = to_argv("encrypt", request, service="kms", cli_version=version)  # type: ignore[arg-type]
        assert parse_command("encrypt", argv, service="kms", cli_version=version) == request  # type: ignore[arg-type]


def test_validate_takes_the_version() -> None:
    assert validate("describe-vpcs", {"VpcIds": ["vpc-1"]}, cli_version=1) == []


def test_blob_help_says_how_each_version_reads_the_text() -> None:
    schema = member_schema("detect-labels", "Image", service="rekognition")
    v1, v2 = (syntax_docs(schema, cli_version=version).members[0] for version in (1, 2))
    assert v1.name == v2.name == "Bytes"
    assert "base64" in ", ".join(v2.constraints) and "base64" not in ", ".join(v1.constraints)
    typed = ShorthandType(schema, cli_version=1)
    assert "its text is sent as it is" in str(typed.docs)


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return run(list(argv), out, err), out.getvalue(), err.getvalue()


def test_the_cli_version_option_of_the_subcommands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EC2SHORTHAND_CLI_VERSION", raising=False)
    command = ["lambda", "invoke", "--function-name", "f", "--payload", JSON, "out.json"]
    code, _, err = _cli("parse", *command)
    assert code == 1 and "Invalid base64" in err
    assert _cli("parse", "--cli-version", "1", *command)[0] == 0
    assert _cli("parse", *command, "--cli-version=1")[0] == 0  # among the AWS CLI's words too
    assert _cli("validate", "--cli-version", "1", *command)[0] == 0
    assert _cli("skeleton", "--cli-version", "1", "describe-vpcs", "yaml-input")[0] == 2
    assert _cli("skeleton", "--cli-version", "2", "describe-vpcs", "yaml-input")[0] == 0
    assert _cli("parse", "--cli-version", "3", *command)[0] == 2
    monkeypatch.setenv("EC2SHORTHAND_CLI_VERSION", "1")
    assert _cli("parse", *command)[0] == 0
