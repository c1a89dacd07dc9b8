"""Issue 18 item 3: intent over letter, where the AWS CLI agrees.

Brace expansion into list items the AWS CLI accepts is a note (both the v1 and
the v2 AWS CLI send three targets for ``--targets Id=10.0.1.1{0,1,2}``:
``Targets.member.1.Id=10.0.1.10`` ... ``.3.Id=10.0.1.12``, read from their
``--debug`` output); ``--query`` is JMESPath however it is written.
"""

from __future__ import annotations

import pytest
from lint_support import lint, rules

TARGET_GROUP = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/x/abc"
REGISTER = f"aws elbv2 register-targets --target-group-arn {TARGET_GROUP}"


def test_brace_expansion_into_valid_list_items_is_a_note() -> None:
    (finding,) = lint(f"{REGISTER} --targets Id=10.0.1.1{{0,1,2}}\n")
    assert (finding.rule, finding.severity) == ("shell.brace-expansion", "note")
    assert "'Id=10.0.1.10', 'Id=10.0.1.11', 'Id=10.0.1.12'" in finding.message


@pytest.mark.parametrize(
    "value",
    [
        "Id=10.0.1.1{0,1,2},Port=x",  # each item has a bad port
        "Id=i-{1,2},Port=99999",  # a port out of range
        "Id={i-1,Port=80}",  # braces that hold structure: one item without an Id
    ],
)
def test_brace_expansion_into_items_the_aws_cli_refuses_stays_an_error(value: str) -> None:
    found = [
        f for f in lint(f"{REGISTER} --targets {value}\n") if f.rule == "shell.brace-expansion"
    ]
    assert [f.severity for f in found] == ["error"]


def test_brace_expansion_of_a_single_value_stays_an_error() -> None:
    text = "aws iam create-role --role-name r --description D={a,b} --assume-role-policy-document x"
    assert "shell.brace-expansion" in rules(text + "\n")


@pytest.mark.parametrize(
    "query",
    [
        '--query="Reservations[].Instances[].{Key: Key, Value: Value}"',
        '--query "Reservations[].Instances[].{Key: Key, Value: Value}"',
        "--query 'Reservations[].Instances[].{Key: Key, Value: Value}'",
        "--query='Reservations[].Instances[].{Key: Key, Value: Value}'",
        "--query=\"Tags[?Key=='Name'].Value | [0]\"",
    ],
)
def test_query_is_jmespath_in_every_spelling(query: str) -> None:
    assert lint(f"aws ec2 describe-instances {query}\n") == []


def test_a_comma_in_removed_quotes_after_a_shorthand_key_is_still_found() -> None:
    text = 'aws ec2 create-tags --resources r --tags Key=Name,Value="a,b"\n'
    assert rules(text) == ["shorthand.comma-list"]


def test_brace_expansion_that_splits_structure_stays_an_error() -> None:
    # Accepted by the AWS CLI, but as one tag with a Key and one with a Value: not what was meant.
    text = (
        "aws ec2 create-vpc --cidr-block 10.0.0.0/16 "
        "--tag-specifications ResourceType=vpc,Tags=[{Key=Name,Value=x}]\n"
    )
    found = [f for f in lint(text) if f.rule == "shell.brace-expansion"]
    assert [f.severity for f in found] == ["error"]


@pytest.mark.parametrize(
    "text",
    [
        "aws s3 cp /tmp/pkg/*.gem s3://bucket/\n",
        "aws s3 cp ./dist/app-*.zip s3://bucket/releases/\n",
    ],
)
def test_a_pattern_in_a_local_path_is_meant_to_match_files(text: str) -> None:
    assert lint(text) == []


def test_a_pattern_elsewhere_is_still_a_warning() -> None:
    assert rules("aws ec2 describe-instances --query Reservations[0]\n") == ["shell.glob"]


@pytest.mark.parametrize(
    "text",
    [
        "$(aws ecr get-login-password --region us-east-1) | docker login --password-stdin r\n",
        "if true; then $(aws ecr get-login-password); fi\n",
        "`aws ecr get-login-password`\n",
        # CodeBuild buildspecs copy this: bash then runs docker's "Login Succeeded" (exit 127)
        "$(aws ecr get-login-password | docker login --password-stdin r)\n",
    ],
)
def test_a_substitution_standing_as_a_command_runs_the_output(text: str) -> None:
    # bash: aws() { echo hunter2; }; $(aws ecr get-login-password) -> "hunter2: command not found"
    (finding,) = lint(text)
    assert finding.rule == "shell.output-run" and "get-login-password" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "ACCOUNT=$(aws sts get-caller-identity --query Account --output text)\n",
        "echo $(aws sts get-caller-identity)\n",
        "aws ecr get-login-password | docker login -u AWS --password-stdin r\n",
        "buckets=( $(aws s3 ls | awk '{print $3}') )\n",
        "creds=(`aws sts get-session-token --output text`)\n",
        "read -r A B C <<< \\\n$(aws sts get-session-token --output text)\n",
    ],
)
def test_a_substitution_used_as_a_value_is_fine(text: str) -> None:
    assert lint(text) == []


def test_a_huge_expansion_is_not_read_again_item_by_item() -> None:
    # Up to 1,000 words are checked as list items; past that the finding stays an error
    # (a million-word expansion cost a minute and a gigabyte when checked).
    found = lint(f"{REGISTER} --targets Id=i-{{1..1001}}\n")
    assert [f.severity for f in found if f.rule == "shell.brace-expansion"] == ["error"]
    found = lint(f"{REGISTER} --targets Id=i-{{1..1000}}\n")
    assert [f.severity for f in found if f.rule == "shell.brace-expansion"] == ["note"]
