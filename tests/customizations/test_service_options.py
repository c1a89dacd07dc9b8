"""cloudfront, deploy, configservice, datapipeline, emr, kinesis, cloudsearchdomain, sessions."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from stage_one import StageOne, assert_same_as_cli, comparable

from ec2shorthand import (
    CommandLineError,
    InvalidRequestError,
    OutOfScopeError,
    ShorthandError,
    parse_command,
)


def _parse(service: str, operation: str, *argv: str, check: bool = False) -> dict[str, Any]:
    return parse_command(operation, list(argv), service=service, validate=check)


# --- cloudfront -------------------------------------------------------------------


# What the AWS CLI (and ec2shorthand) make unique: PREFIX-<unix seconds>-<1..1000000>.
_UNIQUE = re.compile(r'"([^"]+)-(\d{9,})-(\d+)"')


def _stand_ins(value: Any) -> Any:
    """The time-and-chance values, once their shape is checked, as PREFIX-TIME-RANDOM."""

    def stand_in(match: re.Match[str]) -> str:
        seconds, chance = int(match.group(2)), int(match.group(3))
        assert abs(seconds - time.time()) < 24 * 3600 and 1 <= chance <= 1_000_000, match
        return json.dumps(f"{match.group(1)}-TIME-RANDOM")

    return json.loads(_UNIQUE.sub(stand_in, json.dumps(value)))


@pytest.mark.parametrize(
    ("operation", "argv"),
    [
        ("create-invalidation", ["--distribution-id", "E", "--paths", "/a", "/b*"]),
        ("create-distribution", ["--origin-domain-name", "b.s3.amazonaws.com"]),
        (
            "create-distribution",
            ["--origin-domain-name", "example.com", "--default-root-object", "index.html"],
        ),
        ("create-distribution", ["--default-root-object", "index.html"]),
    ],
)
def test_cloudfront_as_the_aws_cli_but_for_stand_ins(
    cli: StageOne, operation: str, argv: list[str]
) -> None:
    theirs = cli.run(["cloudfront", operation, *argv], send=True)
    ours = _parse("cloudfront", operation, *argv)
    assert _stand_ins(comparable(ours)) == _stand_ins(theirs.params)
    # And validation agrees with botocore's (a root object alone makes no origin).
    try:
        _parse("cloudfront", operation, *argv, check=True)
    except InvalidRequestError:
        assert not theirs.sent
    else:
        assert theirs.sent


@pytest.mark.parametrize(
    ("operation", "argv"),
    [
        ("create-invalidation", ["--distribution-id", "E", "--paths"]),
        ("create-invalidation", ["--distribution-id", "E"]),
        (
            "create-invalidation",
            [
                "--distribution-id",
                "E",
                "--paths",
                "/a",
                "--invalidation-batch",
                "CallerReference=x",
            ],
        ),
        ("create-distribution", ["--origin-domain-name", "x", "--distribution-config", "{}"]),
        (
            "update-distribution",
            ["--id", "E", "--default-root-object", "i", "--distribution-config", "{}"],
        ),
    ],
)
def test_cloudfront_refusals_as_the_aws_cli(cli: StageOne, operation: str, argv: list[str]) -> None:
    assert_same_as_cli(cli, "cloudfront", operation, argv)


def test_updating_the_root_object_needs_the_network() -> None:
    with pytest.raises(OutOfScopeError, match="needs the network"):
        _parse("cloudfront", "update-distribution", "--id", "E", "--default-root-object", "i")


# --- deploy, configservice ------------------------------------------------------------


def test_s3_location_makes_the_revision() -> None:
    params = _parse(
        "deploy",
        "create-deployment",
        "--application-name",
        "a",
        "--s3-location",
        "bucket=b,key=k,bundleType=zip,bogus=1",
    )
    assert params["revision"] == {
        "revisionType": "S3",
        "s3Location": {"bucket": "b", "key": "k", "bundleType": "zip"},
    }
    with pytest.raises(ShorthandError, match="must give bucket, key and bundleType"):
        _parse(
            "deploy",
            "create-deployment",
            "--application-name",
            "a",
            "--s3-location",
            "bucket=b,key=k,bundleType=",
        )


def test_recording_group_goes_into_the_recorder() -> None:
    params = _parse(
        "configservice",
        "put-configuration-recorder",
        "--configuration-recorder",
        "name=default,roleARN=r",
        "--recording-group",
        "allSupported=true,resourceTypes=AWS::EC2::Instance",
    )
    assert params["ConfigurationRecorder"] == {
        "name": "default",
        "roleARN": "r",
        "recordingGroup": {"allSupported": True, "resourceTypes": ["AWS::EC2::Instance"]},
    }


# --- datapipeline -------------------------------------------------------------------

DEFINITION = {
    "objects": [
        {
            "id": "Default",
            "name": "Default",
            "scheduleType": "ondemand",
            "role": {"ref": "R"},
            "b": ["x", "y"],
        },
        {"id": "Other"},
    ],
    "parameters": [{"id": "myP", "type": "String", "watermark": ["a", "b"]}],
    "values": {"myP": "v", "arr": ["1", "2"]},
}
FILES = {
    "definition.json": json.dumps(DEFINITION).encode(),
    "bare.json": json.dumps({"objects": []}).encode(),
    "values.json": json.dumps({"values": {"k": "v"}}).encode(),
    "parameters.json": json.dumps({"parameters": [{"id": "p", "type": "String"}]}).encode(),
    "no-objects.json": b"{}",
    "no-id.json": json.dumps({"objects": [{"name": "x"}]}).encode(),
}


def test_a_definition_becomes_the_api_objects(tmp_path: Path) -> None:
    (tmp_path / "d.json").write_text(json.dumps(DEFINITION))
    params = _parse(
        "datapipeline",
        "put-pipeline-definition",
        "--pipeline-id",
        "df-1",
        "--pipeline-definition",
        f"file://{tmp_path / 'd.json'}",
    )
    assert params["pipelineObjects"][0] == {
        "id": "Default",
        "name": "Default",
        "fields": [
            {"key": "b", "stringValue": "x"},
            {"key": "b", "stringValue": "y"},
            {"key": "role", "refValue": "R"},
            {"key": "scheduleType", "stringValue": "ondemand"},
        ],
    }
    assert params["pipelineObjects"][1] == {"id": "Other", "name": "Other", "fields": []}
    assert params["parameterValues"] == [
        {"id": "myP", "stringValue": "v"},
        {"id": "arr", "stringValue": "1"},
        {"id": "arr", "stringValue": "2"},
    ]


def test_inline_parameter_values_collect_repeated_keys() -> None:
    params = _parse(
        "datapipeline",
        "activate-pipeline",
        "--pipeline-id",
        "df-1",
        "--parameter-values",
        "a=1",
        "a=2",
        "b=x=y",
    )
    assert params["parameterValues"] == [
        {"id": "a", "stringValue": "1"},
        {"id": "a", "stringValue": "2"},
        {"id": "b", "stringValue": "x=y"},
    ]


PUT = ["datapipeline", "put-pipeline-definition", "--pipeline-id", "df-1"]


@pytest.mark.parametrize(
    "argv",
    [
        [*PUT, "--pipeline-definition", "file://definition.json"],
        [*PUT, "--pipeline-definition", "file://bare.json", "--parameter-values", "a=1", "a=2"],
        [*PUT, "--pipeline-definition", "file://definition.json", "--parameter-values", "a=1"],
        [
            *PUT,
            "--pipeline-definition",
            "file://definition.json",
            "--parameter-values-uri",
            "file://values.json",
        ],
        [
            *PUT,
            "--pipeline-definition",
            "file://bare.json",
            "--parameter-values-uri",
            "file://values.json",
        ],
        [
            *PUT,
            "--pipeline-definition",
            "file://bare.json",
            "--parameter-values",
            "a=1",
            "--parameter-values-uri",
            "file://values.json",
        ],
        [
            *PUT,
            "--pipeline-definition",
            "file://definition.json",
            "--parameter-objects",
            "file://parameters.json",
        ],
        [*PUT, "--pipeline-definition", "file://bare.json", "--parameter-objects", "{}"],
        [*PUT, "--pipeline-definition", "file://no-objects.json"],
        [*PUT, "--pipeline-definition", "file://no-id.json"],
        [*PUT, "--pipeline-definition", "not json"],
        [*PUT, "--pipeline-definition", "file://bare.json", "--parameter-values", "novalue"],
        [*PUT, "--pipeline-definition", "file://bare.json", "--parameter-values"],
        [*PUT, "--pipeline-definition", "file://bare.json", "--pipeline-objects", "x"],
        [
            "datapipeline",
            "activate-pipeline",
            "--pipeline-id",
            "df-1",
            "--parameter-values",
            "a=1",
            "b=",
        ],
        [
            "datapipeline",
            "activate-pipeline",
            "--pipeline-id",
            "df-1",
            "--parameter-values-uri",
            "file://values.json",
        ],
        [
            "datapipeline",
            "query-objects",
            "--pipeline-id",
            "df-1",
            "--sphere",
            "INSTANCE",
            "--objects-query",
            "{}",
        ],
    ],
)
def test_datapipeline_as_the_aws_cli(cli: StageOne, argv: list[str]) -> None:
    assert_same_as_cli(cli, argv[0], argv[1], argv[2:], files=FILES)


# --- emr, kinesis, cloudsearchdomain, sessions -------------------------------------


@pytest.mark.parametrize(
    ("service", "operation", "argv"),
    [
        ("emr", "list-clusters", ["--active"]),
        ("emr", "list-clusters", ["--terminated"]),
        ("emr", "list-clusters", ["--failed", "--created-after", "2020-01-01T00:00:00"]),
        ("emr", "list-clusters", ["--cluster-states", "RUNNING", "WAITING"]),
        ("emr", "list-clusters", ["--active", "--failed"]),
        ("emr", "list-clusters", ["--cluster-states", "RUNNING", "--active"]),
        ("emr", "list-clusters", ["--cluster-states"]),
        ("emr", "list-clusters", ["--created-before", "yesterday", "--max-items", "3"]),
        ("emr", "add-tags", ["--resource-id", "j-1", "--tags", "a=b", "c", "d=e=f", "x=1 2"]),
        ("emr", "add-tags", ["--resource-id", "j-1", "--tags"]),
        ("emr", "add-tags", ["--resource-id", "j-1"]),
        ("emr", "add-tags", ["--resource-id", "j-1", "--tags", '[{"Key":"a"}]']),
        ("kinesis", "list-streams", ["--exclusive-start-stream-name", "s"]),
        ("kinesis", "list-streams", ["--exclusive-start-stream-name", "s", "--max-items", "3"]),
        ("kinesis", "list-streams", ["--max-items", "3"]),
        (
            "deploy",
            "create-deployment",
            [
                "--application-name",
                "a",
                "--s3-location",
                "bucket=b,key=k,bundleType=zip,eTag=e,version=v",
            ],
        ),
        (
            "deploy",
            "create-deployment",
            [
                "--application-name",
                "a",
                "--github-location",
                "repository=r,commitId=c",
                "--s3-location",
                "bucket=b,key=k,bundleType=zip",
            ],
        ),
        (
            "deploy",
            "get-application-revision",
            [
                "--application-name",
                "a",
                "--s3-location",
                '{"bucket":"b","key":"k","bundleType":"tar"}',
            ],
        ),
        (
            "deploy",
            "register-application-revision",
            ["--application-name", "a", "--github-location", "repository=r"],
        ),
        (
            "deploy",
            "register-application-revision",
            ["--application-name", "a", "--s3-location", ""],
        ),
        (
            "deploy",
            "register-application-revision",
            ["--application-name", "a", "--s3-location", "[1]"],
        ),
        (
            "deploy",
            "register-application-revision",
            [
                "--application-name",
                "a",
                "--revision",
                "revisionType=S3",
                "--github-location",
                "repository=r,commitId=c",
            ],
        ),
        ("deploy", "get-application-revision", ["--application-name", "a"]),
        (
            "configservice",
            "put-configuration-recorder",
            [
                "--configuration-recorder",
                "name=d,recordingGroup={allSupported=true,resourceTypes=a}",
            ],
        ),
        (
            "configservice",
            "put-configuration-recorder",
            [
                "--configuration-recorder",
                '{"name":"d","recordingGroup":{"allSupported":true}}',
                "--recording-group",
                "allSupported=false",
            ],
        ),
        (
            "configservice",
            "put-configuration-recorder",
            ["--recording-group", "allSupported=false", "--cli-input-json", "{}"],
        ),
        (
            "configservice",
            "put-configuration-recorder",
            [
                "--configuration-recorder",
                "name=d",
                "--recording-group",
                "recordingStrategy={useOnly=ALL_SUPPORTED_RESOURCE_TYPES}",
            ],
        ),
        ("configservice", "put-configuration-recorder", ["--recording-group", "x=1"]),
        ("cloudsearchdomain", "search", ["--search-query", "q", "--endpoint-url", "http://e"]),
        ("ssm", "start-session", ["--target", "i-1", "--document-name", "AWS-StartSSHSession"]),
        (
            "ecs",
            "execute-command",
            ["--cluster", "c", "--task", "t", "--command", "ls", "--non-interactive"],
        ),
    ],
)
def test_as_the_aws_cli(cli: StageOne, service: str, operation: str, argv: list[str]) -> None:
    assert_same_as_cli(cli, service, operation, argv)


def test_cloudsearchdomain_needs_an_endpoint_as_in_the_aws_cli(cli: StageOne) -> None:
    argv = ["--search-query", "q"]
    theirs = cli.run(["cloudsearchdomain", "search", *argv])
    assert theirs.params == {"query": "q"} and theirs.rc == 255  # built, then refused
    assert _parse("cloudsearchdomain", "search", *argv) == theirs.params
    with pytest.raises(InvalidRequestError, match=r"endpoint\.required"):
        _parse("cloudsearchdomain", "search", *argv, check=True)


def test_execute_command_is_sent_where_the_plugin_is_installed(
    cli: StageOne, tmp_path: Path
) -> None:
    # Without the Session Manager plugin, the AWS CLI refuses before sending; with one on
    # PATH (a stand-in that only answers), it sends exactly the request read here.
    argv = [
        "ecs",
        "execute-command",
        "--cluster",
        "c",
        "--task",
        "t",
        "--interactive",
        "--command",
        "/bin/sh",
    ]
    plugin = tmp_path / "session-manager-plugin"
    plugin.write_text("#!/bin/sh\nexit 0\n")
    plugin.chmod(0o755)
    assert not cli.run(argv, send=True).sent
    theirs = cli.run(argv, path=[str(tmp_path)], send=True)
    assert theirs.sent, theirs.stderr
    assert _parse("ecs", "execute-command", *argv[2:], check=True) == theirs.params


def test_kinesis_exclusive_start_turns_pagination_off() -> None:
    with pytest.raises(CommandLineError, match="pagination is off"):
        _parse("kinesis", "list-streams", "--exclusive-start-stream-name", "s", "--max-items", "3")
