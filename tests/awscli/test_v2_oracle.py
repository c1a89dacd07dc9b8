"""Self-checks of the AWS CLI v2 oracle (tests/support/v2_oracle.py): it is the real v2.

Each test shows a fact of the oracle's README measured through the harness:
the record is the fork oracle's, and v2 behaves as v2 (not as the v1 in this
process would).
"""

from __future__ import annotations

from typing import Any

import pytest


def _invoke(payload: str) -> list[str]:
    return ["lambda", "invoke", "--function-name", "f", "--payload", payload, "out.json"]


def test_it_is_the_aws_cli_v2(v2_oracle: Any) -> None:
    assert v2_oracle.version == "2.36.7"


def test_a_valid_base64_blob_is_handed_over_as_text_and_decoded_after(v2_oracle: Any) -> None:
    record = v2_oracle.run(_invoke("eyJhIjoxfQ=="))
    assert record["status"] == "sent", record["stderr"]
    assert record["params"] == {"FunctionName": "f", "Payload": "eyJhIjoxfQ=="}
    # before-parameter-build sees the bytes the value stands for
    assert record["request"]["Payload"] == {"$bytes": "eyJhIjoxfQ=="}


def test_text_that_is_not_base64_is_refused_after_calling_command(v2_oracle: Any) -> None:
    record = v2_oracle.run(_invoke('{"a": 1}'))
    assert record["params"] == {"FunctionName": "f", "Payload": '{"a": 1}'}
    assert not record["reached_parameter_build"]
    assert record["error_type"] == "InvalidBase64Error"
    assert 'Invalid base64: "{"a": 1}"' in record["stderr"]


def test_files_are_put_in_the_working_folder(v2_oracle: Any) -> None:
    # v2 has no list of options exempt from file://: the queue URL is read from the file
    args = ["sqs", "get-queue-attributes", "--queue-url", "file://url.txt"]
    record = v2_oracle.run(args, files={"url.txt": b"https://sqs.example/q"})
    assert record["params"] == {"QueueUrl": "https://sqs.example/q"}


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["ecr", "get-login"], "invalid choice"),
        (["ec2", "describe-vpcs", "--v2-debug"], "Unknown options: --v2-debug"),
        (["ec2", "describe-vpcs", "--region", "{your-region}"], "region_name"),
    ],
    ids=["ecr-get-login", "v2-debug", "region-name"],
)
def test_what_only_v2_refuses(v2_oracle: Any, args: list[str], error: str) -> None:
    record = v2_oracle.run(args)
    assert record["status"] in ("cli-error", "validation-error")
    assert not record["reached_parameter_build"]
    assert error in record["stderr"]


def test_its_yaml_skeleton_is_printed(v2_oracle: Any) -> None:
    record = v2_oracle.run(["ec2", "describe-vpcs", "--generate-cli-skeleton", "yaml-input"])
    assert record["status"] == "no-request"
    assert record["stdout"].startswith("Filters:  # The filters.")
