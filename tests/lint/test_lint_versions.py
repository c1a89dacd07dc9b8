"""Version-specific findings follow the AWS CLI version commands are read as (default 2).

Each v2 option below was given to the AWS CLI v2 2.36.7 (``--generate-cli-skeleton``)
and accepted; v1 1.46.2 has none of them, nor the v2 commands (its
``customizations/`` has no logs tail, ec2instanceconnect, ddb, sso or
configure export-credentials/sso/list-profiles).
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from lint_support import lint, rules

from ec2shorthand._cli import run
from ec2shorthand._core.errors import ShorthandError
from ec2shorthand.lint.version import target_version

V2_COMMANDS = [
    "aws logs tail /aws/lambda/f --follow",
    "aws ec2-instance-connect ssh --instance-id i-1234567890abcdef0",
    "aws ddb select my-table",
    "aws ddb put my-table '{id: 1}'",
    "aws sso login --profile dev",
    "aws configure export-credentials --profile dev --format env",
]
V2_OPTIONS = [
    "aws ec2 describe-instances --no-cli-pager",
    "aws --no-cli-pager ec2 describe-instances",
    "aws ec2 describe-instances --cli-auto-prompt",
    "aws ec2 describe-instances --cli-error-format json",
    "aws lambda invoke --function-name f --cli-binary-format raw-in-base64-out out.json",
    "aws --cli-binary-format=raw-in-base64-out lambda invoke --function-name f out.json",
]


@pytest.mark.parametrize("command", V2_COMMANDS + V2_OPTIONS)
def test_read_as_v2_they_are_no_findings(command: str) -> None:
    assert lint(command + "\n") == []


@pytest.mark.parametrize("command", V2_COMMANDS + V2_OPTIONS)
def test_read_as_v1_each_is_a_finding_that_names_the_version(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EC2SHORTHAND_CLI_VERSION", "1")
    (finding,) = lint(command + "\n")
    assert finding.rule == "version.v2-only"
    assert "unknown to the AWS CLI v1" in finding.message


def test_the_rest_of_a_command_with_a_v2_option_is_still_checked() -> None:
    assert rules("aws ec2 describe-instances --no-cli-pager --regoin x\n") == ["option.unknown"]
    assert rules(
        "aws --cli-binary-format raw-in-base64-out ec2 describe-instances --max-items x\n"
    ) == ["input.type"]


def test_target_version_takes_the_option_then_the_configuration_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EC2SHORTHAND_CLI_VERSION", "1")
    assert target_version() == 1
    config = argparse.Namespace(cli_version="2")
    assert target_version(config) == 2
    assert target_version(config, argparse.Namespace(cli_version=1)) == 1
    with pytest.raises(ShorthandError, match="--cli-version"):
        target_version(None, argparse.Namespace(cli_version=3))


def test_a_bad_version_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EC2SHORTHAND_CLI_VERSION", "3")
    script = tmp_path / "deploy.sh"
    script.write_text("aws ec2 describe-instances\n")
    stderr = io.StringIO()
    assert run(["lint", str(script)], io.StringIO(), stderr) == 2
    assert "the AWS CLI version is 1 or 2" in stderr.getvalue()


def test_a_command_v2_removed_is_a_finding_read_as_v2(monkeypatch: pytest.MonkeyPatch) -> None:
    # The AWS CLI v2 2.36.7 refuses it: "Found invalid choice 'get-login'".
    text = "$(aws ecr get-login --no-include-email --region us-east-1)\n"
    (finding,) = lint(text)
    assert finding.rule == "version.v1-only" and "unknown to the AWS CLI v2" in finding.message
    assert "get-login-password" in finding.hint
    monkeypatch.setenv("EC2SHORTHAND_CLI_VERSION", "1")
    assert lint(text) == []


def test_lint_reads_every_check_as_the_version_asked_for(tmp_path: Path) -> None:
    # The engine too: a blob's text is base64 only in v2, and v2's own option that says
    # otherwise on the same command is read as v2 reads it.
    script = tmp_path / "invoke.sh"
    script.write_text(
        "aws lambda invoke --function-name f --cli-binary-format raw-in-base64-out "
        "--payload '{\"a\": 1}' out.json\n"
        "aws lambda invoke --function-name f --payload '{\"a\": 1}' out.json\n"
    )
    found = {}
    for version in ("1", "2"):
        out, err = io.StringIO(), io.StringIO()
        run(["lint", "--format", "json", "--cli-version", version, str(script)], out, err)
        found[version] = [(f["line"], f["rule"]) for f in json.loads(out.getvalue())]
    assert found == {"1": [(1, "version.v2-only")], "2": [(2, "blob.base64")]}


def test_a_skeleton_asked_for_is_no_request(tmp_path: Path) -> None:
    # The AWS CLI prints the skeleton and sends nothing: no member is missing.
    script = tmp_path / "skeleton.sh"
    script.write_text(
        "aws ecs register-task-definition --generate-cli-skeleton\n"
        "aws ecs register-task-definition --cli-input-json '{}'\n"
    )
    out, err = io.StringIO(), io.StringIO()
    run(["lint", "--format", "json", str(script)], out, err)
    assert [(f["line"], f["rule"]) for f in json.loads(out.getvalue())] == [(2, "model.required")]
