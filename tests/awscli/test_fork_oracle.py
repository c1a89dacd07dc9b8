"""Self-checks of the fork oracle (tests/support/fork_oracle.py).

They prove that every command meets a fresh driver (a command that registers
event handlers changes nothing for the next one, while on a used driver it
does), that each status is what the AWS CLI did, that the child sees none of
this machine (files, folders, configuration), and that a stuck child is killed.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("awscli")

import oracle  # after the skip: both oracles drive the AWS CLI
from fork_oracle import ForkOracle, jsonable

# Builds modify-instance-attribute's argument table, which registers handlers
# on events every later command emits.
REGISTERS_HANDLERS = ["ec2", "modify-instance-attribute", "--instance-id", "i-1", "--ebs-optimized"]
SKELETON = ["ec2", "describe-vpcs", "--generate-cli-skeleton"]
INGRESS = [
    "ec2", "authorize-security-group-ingress", "--group-id", "sg-1",
    "--protocol", "tcp", "--port", "22", "--cidr", "203.0.113.0/24",
]  # fmt: skip


@pytest.fixture(scope="module")
def fork_oracle() -> Iterator[ForkOracle]:
    with ForkOracle() as made:
        yield made


def without_timing(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key != "seconds"}


# --- freshness ----------------------------------------------------------------


@pytest.mark.parametrize("command", [SKELETON, INGRESS], ids=["skeleton", "ingress"])
@pytest.mark.parametrize(
    "earlier",
    [REGISTERS_HANDLERS, SKELETON, [*INGRESS[:2], "--cli-input-json", '{"GroupId": "sg-2"}']],
    ids=["modify-instance-attribute", "skeleton", "cli-input-json"],
)
def test_a_command_gives_the_same_after_another_as_alone(
    fork_oracle: ForkOracle, command: list[str], earlier: list[str]
) -> None:
    alone = without_timing(fork_oracle.run(command))
    fork_oracle.run(earlier)
    assert without_timing(fork_oracle.run(command)) == alone


def test_on_a_used_driver_the_earlier_command_does_interfere(fork_oracle: ForkOracle) -> None:
    """The control: what the test above would see without a fork per command."""
    alone = fork_oracle.run(SKELETON)
    used = fork_oracle.run(SKELETON, after=[REGISTERS_HANDLERS])
    assert alone["status"] == "no-request"
    assert '"VpcIds"' in alone["stdout"]
    assert used["status"] == "cli-error"
    assert "source_dest_check" in used["stderr"]


# --- statuses -------------------------------------------------------------------


def test_a_valid_request_is_sent_with_the_parameters_the_cli_built(fork_oracle: ForkOracle) -> None:
    record = fork_oracle.run(INGRESS)
    assert record["status"] == "sent"
    assert record["reached_before_call"] is True
    permission = {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22}
    ranges = [{"CidrIp": "203.0.113.0/24"}]
    assert record["params"] == {
        "GroupId": "sg-1",
        "IpPermissions": [{**permission, "IpRanges": ranges}],
    }


def test_it_agrees_with_the_in_process_oracle(fork_oracle: ForkOracle) -> None:
    argv = ["--group-id", "sg-1", "--ip-permissions", "IpProtocol=icmp,FromPort=-1,ToPort=-1"]
    record = fork_oracle.run(["ec2", "revoke-security-group-egress", *argv])
    assert record["params"] == oracle.aws_request("revoke-security-group-egress", argv).value


def test_cli_input_json_is_merged_before_the_parameters_are_recorded(
    fork_oracle: ForkOracle,
) -> None:
    record = fork_oracle.run(["ec2", "describe-vpcs", "--cli-input-json", '{"VpcIds": ["vpc-1"]}'])
    assert record["status"] == "sent"
    assert record["params"] == {"VpcIds": ["vpc-1"]}


def test_botocore_refusing_built_parameters_is_a_validation_error(fork_oracle: ForkOracle) -> None:
    record = fork_oracle.run(["ec2", "create-tags", "--resources", "r", "--tags", '[{"Key": 1}]'])
    assert record["status"] == "validation-error"
    assert record["error_type"] == "ParamValidationError"
    assert record["params"] == {"Resources": ["r"], "Tags": [{"Key": 1}]}


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        (["ec2", "describe-vpcs", "--no-such-option"], 255),
        (["ec2", "create-tags", "--resources"], 2),
        (["ec2", "no-such-operation"], 2),
    ],
)
def test_the_cli_refusing_before_building_parameters_is_a_cli_error(
    fork_oracle: ForkOracle, args: list[str], exit_code: int
) -> None:
    record = fork_oracle.run(args)
    assert (record["status"], record["exit_code"], record["params"]) == (
        "cli-error",
        exit_code,
        None,
    )


@pytest.mark.parametrize(
    ("args", "command_class"),
    [
        (["s3", "ls"], "S3"),
        (["ec2", "wait", "instance-running", "--instance-ids", "i-1"], "WaitCommand"),
        (["configure", "get", "region"], "ConfigureCommand"),
    ],
)
def test_a_command_that_is_no_model_operation_is_custom(
    fork_oracle: ForkOracle, args: list[str], command_class: str
) -> None:
    record = fork_oracle.run(args)
    assert (record["status"], record["command_class"]) == ("custom-command", command_class)


def test_argparse_names_the_program_aws_as_the_real_cli_does(fork_oracle: ForkOracle) -> None:
    record = fork_oracle.run(["ec2", "create-tags", "--resources", "r"])
    assert "aws: error: the following arguments are required: --tags" in record["stderr"]


def test_a_skeleton_is_no_request(fork_oracle: ForkOracle) -> None:
    record = fork_oracle.run(SKELETON)
    assert (record["status"], record["exit_code"], record["params"]) == ("no-request", 0, {})


# --- isolation ----------------------------------------------------------------


def test_relative_files_resolve_in_an_empty_folder_not_ours(
    fork_oracle: ForkOracle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "script.sh").write_text("echo hi\n")
    monkeypatch.chdir(tmp_path)
    record = fork_oracle.run(
        ["ec2", "run-instances", "--image-id", "ami-1", "--user-data", "file://script.sh"]
    )
    assert record["status"] == "cli-error"
    assert "No such file or directory" in record["stderr"]


def test_blobs_read_from_absolute_paths_are_tagged_bytes(
    fork_oracle: ForkOracle, tmp_path: Path
) -> None:
    (tmp_path / "plain").write_bytes(b"\x00secret")
    record = fork_oracle.run(
        ["kms", "encrypt", "--key-id", "k", "--plaintext", f"fileb://{tmp_path}/plain"]
    )
    assert record["status"] == "sent"
    assert record["params"]["Plaintext"] == {"$bytes": "AHNlY3JldA=="}


def test_the_child_reads_only_its_own_config_and_environment(
    fork_oracle: ForkOracle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-3")
    monkeypatch.setenv("AWS_PROFILE", "no-such-profile")
    assert fork_oracle.run(["configure", "get", "cli_follow_urlparam"])["stdout"] == "false"
    listed = fork_oracle.run(["configure", "list"])["stdout"]
    assert "us-east-1" in listed
    assert "eu-west-3" not in listed
    assert "no-such-profile" not in listed


def test_what_a_command_writes_to_its_config_dies_with_it(fork_oracle: ForkOracle) -> None:
    config = Path(fork_oracle.config_file)
    before = config.read_text()
    assert fork_oracle.run(["configure", "set", "region", "ap-south-1"])["exit_code"] == 0
    assert config.read_text() == before
    assert fork_oracle.run(["configure", "get", "region"])["stdout"] == ""


def test_a_url_value_is_taken_literally(fork_oracle: ForkOracle) -> None:
    record = fork_oracle.run(
        ["sns", "publish", "--topic-arn", "t", "--message", "https://example.com/x"]
    )
    assert record["params"] == {"TopicArn": "t", "Message": "https://example.com/x"}


def test_a_stuck_child_and_what_it_started_are_killed_and_reaped(tmp_path: Path) -> None:
    pid_file = tmp_path / "grandchild"

    def hang(args: list[str]) -> None:  # the child's copy of the driver runs this
        started = subprocess.Popen(["sleep", "60"])
        pid_file.write_text(str(started.pid))
        time.sleep(60)

    with ForkOracle(prewarm=False, timeout=1.0) as impatient:
        impatient.driver.main = hang
        record = impatient.run(INGRESS)
    assert record["status"] == "timeout"
    # No child left behind, not even a zombie (the session's AWS CLI v2 server, a child
    # that is meant to live, may be there: it runs).
    assert all(running(pid) for pid in children())
    assert not running(int(pid_file.read_text()))


def children() -> list[int]:
    """This process's children, from every thread's list in /proc."""
    lists = Path("/proc/self/task").glob("*/children")
    return [int(pid) for listed in lists for pid in listed.read_text().split()]


def running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie waiting for init to reap it is not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] not in ("Z", "X")


# --- JSON ---------------------------------------------------------------------


def test_jsonable_tags_what_json_cannot_say() -> None:
    value = {"b": b"\xff", "n": float("nan"), "t": (1, True), "o": object, "k": None}
    assert jsonable(value) == {
        "b": {"$bytes": "/w=="},
        "n": {"$float": "nan"},
        "t": [1, True],
        "o": {"$type": "type", "repr": "<class 'object'>"},
        "k": None,
    }
