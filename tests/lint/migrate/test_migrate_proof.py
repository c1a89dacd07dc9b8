"""Proof of migrate's fixes with both real CLIs: the AWS CLI v2 2.36.7 sends, for each fixed
command, what the AWS CLI v1 1.46.2 sent for the original.

The request is compared where each CLI hands it to its client after reading it
(``before-parameter-build``: after v2 has decoded its blobs), blob text as
bytes. Every fixed script must pass ``bash -n``, and fixing it again changes
nothing. The commands: the AWS CLI's example pages that migrate fixes (a fixed
list here, every page with ``-m sweep``), our own, and hypothesis-drawn blob
values.
"""

from __future__ import annotations

import base64
import re
import shlex
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("awscli")

from example_pages import Example, extract
from fork_oracle import ForkOracle

from ec2shorthand.lint import lint_text
from ec2shorthand.lint.fixing import fix_text
from ec2shorthand.lint.migrate.check import MIGRATE_CHECKS

# Example pages whose commands migrate fixes (found by the sweep below).
PAGES = (
    "acm-pca/issue-certificate.rst",
    "apigatewaymanagementapi/post-to-connection.rst",
    "appconfig/create-hosted-configuration-version.rst",
    "codecommit/create-commit.rst",
    "codecommit/put-file.rst",
    "cognito-idp/set-ui-customization.rst",
    "deploy/list-application-revisions.rst",
    "ecr/upload-layer-part.rst",
    "firehose/put-record.rst",
    "importexport/get-shipping-label.rst",
    "iot-data/update-thing-shadow.rst",
    "kafka/create-configuration.rst",
    "kinesis/put-record.rst",
    "kinesis/put-records.rst",
    "kms/derive-shared-secret.rst",
    "waf/update-byte-match-set.rst",
)
OWN = [
    "aws lambda invoke --function-name f --payload '{\"warmup\": true}' out.json",
    "aws lambda invoke --function-name f --payload abcd out.json",
    "aws kinesis put-record --stream-name s --partition-key k --data released",
    "aws --region us-east-1 kinesis put-record --stream-name s --partition-key k --data 'é ü'",
    "aws kms encrypt --key-id k --plaintext file://secret.txt",
    'aws dynamodb put-item --table-name t --item \'{"k": {"B": "c2lnbmVk"}, "n": {"S": "x"}}\'',
    'aws dynamodb put-item --table-name t --item \'{"k": {"BS": ["a", "b!"]}}\'',
    "aws sqs send-message --queue-url q --message-body b "
    "--message-attributes 'a={DataType=Binary,BinaryValue=raw text}'",
    "aws iam enable-mfa-device --user-name u --serial-number s "
    "--authentication-code-1 123456 --authentication-code-2 654321",
    "aws lambda publish-version --function-name f --code-sha-256 abc",
    "aws storagegateway describe-tapes --gateway-arn "
    "arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-1 --tape-ar-ns a b",
    "aws --v2-debug ec2 describe-vpcs --vpc-ids vpc-1",
    "aws deploy create-deployment-group --application-name a --deployment-group-name g "
    "--service-role-arn arn:aws:iam::123456789012:role/r --ec-2-tag-set "
    "'ec2TagSetList=[[{Key=Role,Value=web,Type=KEY_AND_VALUE}]]'",
]
FILES = {"secret.txt": b"a secret, not base64!\n"}
_FILE_WORD = re.compile(r"fileb?://([^\s'\"]+)")


@pytest.fixture(scope="module")
def v1_oracle() -> Iterator[ForkOracle]:
    with ForkOracle() as oracle:
        yield oracle


def migrate_fix(script: str) -> str:
    def lint(text: str) -> list[Any]:
        return lint_text("proof.sh", text, "shell", None, MIGRATE_CHECKS)

    return fix_text(script, lint).text


def as_bytes(value: Any) -> Any:
    """The request with every text and every blob as bytes: text v1 sends is its UTF-8."""
    if isinstance(value, dict):
        if set(value) == {"$bytes"}:
            return base64.b64decode(value["$bytes"])
        return {key: as_bytes(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_bytes(item) for item in value]
    return value.encode("utf-8") if isinstance(value, str) else value


def prove(v1_oracle: ForkOracle, v2_oracle: Any, line: str) -> bool:
    """Whether the fix of ``line`` is proven; False when v1 itself cannot send it here."""
    files = {
        name: FILES.get(name, b"some file text\n")
        for name in _FILE_WORD.findall(line)
        if "/" not in name  # the oracles make files in their working folder only
    }
    before = v1_oracle.run(shlex.split(line)[1:], files=files)
    if before.get("request") is None:
        return False
    fixed = migrate_fix(line + "\n").rstrip("\n")
    assert fixed != line, f"nothing fixed: {line}"
    assert migrate_fix(fixed + "\n") == fixed + "\n", "fixing twice changes more"
    after = v2_oracle.run(shlex.split(fixed)[1:], files=files)
    assert after.get("request") is not None, (fixed, after["status"], after["stderr"][-300:])
    assert sent(after) == sent(before), fixed
    return True


def sent(record: dict[str, Any]) -> Any:
    """The request as bytes, without what the client adds itself (an idempotency token is
    new on every call): the members the CLI did not hand it."""
    request, given = record["request"], record.get("params") or {}
    return as_bytes({key: value for key, value in request.items() if key in given})


def example_lines(pages: tuple[str, ...] | None) -> list[str]:
    lines = []
    for example in extract().examples:
        if example.operation and (pages is None or example.page in pages):
            line = shlex.join(["aws", *example.cli_args])
            if _fixed_by_migrate(line, example):
                lines.append(line)
    return lines


def _fixed_by_migrate(line: str, example: Example) -> bool:
    found = lint_text("x.sh", line + "\n", "shell", None, MIGRATE_CHECKS)
    return example.operation != "get-login" and any(f.fix is not None and f.fix.safe for f in found)


def test_own_commands_fixed_send_what_v1_sent(v1_oracle: ForkOracle, v2_oracle: Any) -> None:
    proven = [line for line in OWN if prove(v1_oracle, v2_oracle, line)]
    assert proven == OWN
    script = "\n".join(migrate_fix(line + "\n") for line in OWN)
    subprocess.run(["bash", "-n"], input=script, text=True, check=True, timeout=60)


def test_example_page_commands_fixed_send_what_v1_sent(
    v1_oracle: ForkOracle, v2_oracle: Any
) -> None:
    lines = example_lines(PAGES)
    assert len(lines) >= len(PAGES)
    proven = [line for line in lines if prove(v1_oracle, v2_oracle, line)]
    assert len(proven) >= len(lines) - 3, set(lines) - set(proven)  # v1 cannot read some files
    script = "\n".join(migrate_fix(line + "\n") for line in lines)
    subprocess.run(["bash", "-n"], input=script, text=True, check=True, timeout=60)


@pytest.mark.sweep
def test_every_example_page_command_fixed_sends_what_v1_sent(
    v1_oracle: ForkOracle, v2_oracle: Any, request: pytest.FixtureRequest
) -> None:
    if "sweep" not in (request.config.option.markexpr or ""):
        pytest.skip("the whole sweep runs with -m sweep")
    lines = example_lines(None)
    proven = [line for line in lines if prove(v1_oracle, v2_oracle, line)]
    assert len(proven) >= len(lines) * 0.8


# Text a shell word can carry (no NUL), biased to what base64 and JSON look like.
_BLOB_TEXT = st.text(
    alphabet=st.sampled_from('abcdXYZ0189+/=_- {}":,é\u00fc\u4e2d'), min_size=1, max_size=24
) | st.text(min_size=1, max_size=12).filter(lambda text: "\x00" not in text)
_BLOB_TEXT = _BLOB_TEXT.filter(lambda text: not text.startswith("-"))  # an option to argparse


def _plain(value: str) -> str:
    """``value`` as a shorthand value needs no quoting for: base64 letters only."""
    return re.sub(r"[^A-Za-z0-9+/]", "", value) or "a"  # "==" would be no shorthand


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=_BLOB_TEXT, where=st.sampled_from(["kinesis", "lambda", "sqs"]))
def test_drawn_blob_values_fixed_send_what_v1_sent(
    v1_oracle: ForkOracle, v2_oracle: Any, value: str, where: str
) -> None:
    quoted = shlex.quote(value)
    line = {
        "kinesis": f"aws kinesis put-record --stream-name s --partition-key k --data {quoted}",
        "lambda": f"aws lambda invoke --function-name f --payload {quoted} out.json",
        "sqs": "aws sqs send-message --queue-url q --message-body b --message-attributes "
        + shlex.quote(f"a={{DataType=Binary,BinaryValue={_plain(value)}}}"),
    }[where]
    assert prove(v1_oracle, v2_oracle, line)
