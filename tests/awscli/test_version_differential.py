"""Commands chosen to differ between the AWS CLI v1 and v2: each version reads them as its CLI.

Every case runs through both real CLIs (v1 in this process's fork oracle, v2
in its own venv's) and through ``parse_command`` with ``cli_version`` 1 and 2;
each version's verdict must agree with its own CLI's (the same parameters, or
both refuse), and the cases are chosen so that the two CLIs disagree on most.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from differential import AGREEMENT, classify, ours

pytest.importorskip("awscli")

from fork_oracle import ForkOracle  # after the skip: it drives the AWS CLI v1

INVOKE = ["--function-name", "f", "out.json"]
DDB = ["--table-name", "t", "--item"]
SQS = ["--queue-url", "q", "--message-body", "m", "--message-attributes"]
TAPES = ["--gateway-arn", "arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-1"]
GROUP = ["--replication-group-id", "r", "--replication-group-description", "d"]
TEXT = b"plain text, not base64!"

# (id, service, operation, argv, files): what each version does is the CLIs' to say.
CASES: list[tuple[str, str, str, list[str], dict[str, bytes]]] = [
    ("blob-json-text", "lambda", "invoke", [*INVOKE, "--payload", '{"a": 1}'], {}),
    ("blob-base64", "lambda", "invoke", [*INVOKE, "--payload", "eyJhIjogMX0="], {}),
    ("blob-unpadded", "lambda", "invoke", [*INVOKE, "--payload", "eyJhIjogMX0"], {}),
    ("blob-non-ascii", "lambda", "invoke", [*INVOKE, "--payload", "é=="], {}),
    (
        "blob-raw-format",
        "lambda",
        "invoke",
        [*INVOKE, "--payload", '{"a": 1}', "--cli-binary-format", "raw-in-base64-out"],
        {},
    ),
    (
        "blob-base64-format",
        "lambda",
        "invoke",
        [*INVOKE, "--payload", "eyJhIjogMX0=", "--cli-binary-format", "base64"],
        {},
    ),
    (
        "blob-fileb",
        "kms",
        "encrypt",
        ["--key-id", "k", "--plaintext", "fileb://d.bin"],
        {"d.bin": b"\x00\xffbytes"},
    ),
    (
        "blob-file-text",
        "kms",
        "encrypt",
        ["--key-id", "k", "--plaintext", "file://t.txt"],
        {"t.txt": TEXT},
    ),
    (
        "blob-file-base64",
        "kms",
        "encrypt",
        ["--key-id", "k", "--plaintext", "file://t.txt"],
        {"t.txt": b"aGVsbG8="},
    ),
    ("ddb-b-text", "dynamodb", "put-item", [*DDB, '{"k": {"B": "not base64!"}}'], {}),
    ("ddb-b-base64", "dynamodb", "put-item", [*DDB, '{"k": {"B": "aGk="}}'], {}),
    ("ddb-bs", "dynamodb", "put-item", [*DDB, '{"k": {"BS": ["aGk=", "x!"]}}'], {}),
    ("sqs-binary-text", "sqs", "send-message", [*SQS, "k={DataType=Binary,BinaryValue=a$}"], {}),
    ("sqs-binary-ok", "sqs", "send-message", [*SQS, "k={DataType=Binary,BinaryValue=aGk=}"], {}),
    (
        "queue-url-file",
        "sqs",
        "get-queue-attributes",
        ["--queue-url", "file://url.txt"],
        {"url.txt": b"https://sqs.us-east-1.amazonaws.com/1/q"},
    ),
    (
        "alias-code-sha",
        "lambda",
        "publish-version",
        ["--function-name", "f", "--code-sha-256", "x"],
        {},
    ),
    ("alias-tape-arns", "storagegateway", "describe-tapes", [*TAPES, "--tape-ar-ns", "a", "b"], {}),
    (
        "alias-kept-in-v2",
        "elasticache",
        "create-replication-group",
        [*GROUP, "--preferred-cache-cluster-a-zs", "us-east-1a"],
        {},
    ),
    ("no-cli-pager", "ec2", "describe-vpcs", ["--no-cli-pager"], {}),
    ("no-cli-auto-prompt", "ec2", "describe-vpcs", ["--no-cli-auto-prompt"], {}),
    ("cli-error-format", "ec2", "describe-vpcs", ["--cli-error-format", "json"], {}),
    ("output-yaml", "ec2", "describe-vpcs", ["--output", "yaml"], {}),
    ("output-off", "ec2", "describe-vpcs", ["--output", "off"], {}),
    ("v2-debug", "ec2", "describe-vpcs", ["--v2-debug"], {}),
    ("cli-input-yaml", "ec2", "describe-vpcs", ["--cli-input-yaml", "VpcIds: [vpc-1]"], {}),
    ("yaml-skeleton", "ec2", "describe-vpcs", ["--generate-cli-skeleton", "yaml-input"], {}),
    ("region-placeholder", "ec2", "describe-vpcs", ["--region", "{your-region}"], {}),
    ("region-name", "ec2", "describe-vpcs", ["--region", "eu-west-3"], {}),
    ("paging-in-document", "iam", "list-users", ["--cli-input-json", '{"MaxItems": 5}'], {}),
    ("paging-option", "iam", "list-users", ["--max-items", "5"], {}),
    ("ecr-get-login", "ecr", "get-login", [], {}),
    ("url-exempt", "sqs", "get-queue-attributes", ["--queue-url", "https://sqs.example/1/q"], {}),
]


@pytest.fixture(scope="module")
def v1_oracle() -> Iterator[ForkOracle]:
    with ForkOracle() as oracle:
        yield oracle


@pytest.mark.parametrize(
    ("service", "operation", "argv", "files"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
@pytest.mark.parametrize("version", [1, 2], ids=["v1", "v2"])
def test_each_version_reads_the_command_as_its_aws_cli(
    request: pytest.FixtureRequest,
    v1_oracle: ForkOracle,
    version: int,
    service: str,
    operation: str,
    argv: list[str],
    files: dict[str, bytes],
) -> None:
    oracle: Any = v1_oracle if version == 1 else request.getfixturevalue("v2_oracle")
    record = oracle.run([service, operation, *argv], files=files)
    outcome = ours(service, operation, argv, cli_version=version, files=files)
    verdict = classify(record, outcome)
    assert verdict in AGREEMENT, (verdict, record["stderr"][-300:], outcome)


def test_the_cases_tell_the_versions_apart(v1_oracle: ForkOracle, v2_oracle: Any) -> None:
    """Most cases get a different answer from each CLI: they test what differs."""
    differing = [
        case[0]
        for case in CASES
        if _answer(v1_oracle.run([*case[1:3], *case[3]], files=case[4]))
        != _answer(v2_oracle.run([*case[1:3], *case[3]], files=case[4]))
    ]
    assert len(differing) >= 20, differing


def _answer(record: dict[str, Any]) -> Any:
    return record["params"] if record.get("reached_parameter_build") else record["status"]
