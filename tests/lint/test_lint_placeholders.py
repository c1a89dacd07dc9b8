"""Issue 18 item 2: placeholders in documentation are unknown values, noted under one rule.

In a script, ``<region>`` is a redirection bash performs: an error that says so.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lint_support import lint, rules

from ec2shorthand._cli import run
from ec2shorthand.lint.placeholders import mask
from ec2shorthand.lint.snippet import Snippet


def markdown(*commands: str) -> str:
    return "# Setup\n\n```bash\n" + "\n".join(commands) + "\n```\n"


@pytest.mark.parametrize(
    ("command", "named"),
    [
        ("aws iam get-role --role-name <role-name>", "<role-name>"),
        ("aws iam attach-role-policy --role-name r --policy-arn [Policy ARN]", "[Policy ARN]"),
        ("aws iam create-user --user-name {IAM User}", "{IAM User}"),
        ("aws iam get-policy --policy-arn [policy-arn]", "[policy-arn]"),
        ("aws iam attach-user-policy --user-name [your user name] --policy-arn [ARN]", "[ARN]"),
        ("aws s3api get-bucket-acl --bucket YOUR_BUCKET", "YOUR_BUCKET"),
        ("aws s3api get-bucket-acl --bucket MY_BUCKET", "MY_BUCKET"),
        ("aws s3api get-bucket-acl --bucket REPLACE_WITH_BUCKET", "REPLACE_WITH_BUCKET"),
        ("aws s3api get-bucket-acl --bucket <your-bucket>", "<your-bucket>"),
        ("aws ec2 describe-instances --instance-ids i-xxxxxxxx", "xxxxxxxx"),
        ("aws ec2 run-instances ... --count 2", "..."),
        ("aws sqs delete-message --queue-url q --receipt-handle AQEB6nR4...HzlvZQ==", "..."),
        ("aws <service> <operation> help", "<service>"),
        ("aws healthlake delete-fhir-datastore --datastore-id (Data store ID)", "(Data store ID)"),
        (
            "aws healthlake start-fhir-import-job --input-data-config S3Uri=s3://(Bucket Name)/ "
            "--job-output-data-config 'S3Configuration={S3Uri=s3://bucket/,KmsKeyId=k}' "
            "--datastore-id d "
            '--data-access-role-arn "arn:aws:iam::(AWS Account ID):role/(Role Name)"',
            "(Bucket Name)",
        ),
        ("aws rds describe-db-snapshots --snapshot-type public [--region us-west-2]", "[--region"),
        ("aws ec2 create-tags --resources r --tags 'Key=Name,Value=<name>'", "<name>"),
    ],
)
def test_a_placeholder_in_documentation_is_one_note(command: str, named: str) -> None:
    (finding,) = lint(markdown(command), "markdown")
    assert (finding.rule, finding.severity) == ("lint.placeholder", "note")
    assert named in finding.message


@pytest.mark.parametrize("kind", ["markdown", "rst"])
def test_a_typo_next_to_a_placeholder_is_still_an_error(kind: str) -> None:
    text = markdown("aws ec2 describe-instances --regoin <region>")
    if kind == "rst":
        text = "Run::\n\n    aws ec2 describe-instances --regoin <region>\n"
    assert rules(text, kind) == ["option.unknown", "lint.placeholder"]


def test_the_known_rest_of_a_value_with_a_placeholder_is_checked() -> None:
    text = markdown('aws ec2 describe-instances --filters "Name=tag:Name,Values=<n>" --max-items x')
    assert rules(text, "markdown") == ["lint.placeholder", "input.type"]


@pytest.mark.parametrize(
    "command",
    [
        # enum values, a message template and an X-Ray filter look like placeholders but are not
        "aws route53resolver import-firewall-domains --firewall-domain-list-id d "
        "--operation REPLACE --domain-file-url s3://b/k",
        'aws xray create-group --group-name g --filter-expression "{fault OR error}"',
        "aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId]'",
        "aws ec2 describe-images --query 'sort_by(Images, &CreationDate)[-1].ImageId'",
        'aws ec2 describe-instances --instance-ids "$(Get Id)"',
        "aws ec2 describe-spot-price-history --product-descriptions 'Linux/UNIX (Amazon VPC)'",
        # 123456789012 is AWS's example account id, and a valid one: not a placeholder
        "aws sts assume-role --role-arn arn:aws:iam::123456789012:role/r --role-session-name s1",
    ],
)
def test_values_that_only_look_like_placeholders(command: str) -> None:
    assert lint(markdown(command), "markdown") == []


def test_fail_on_note_requires_filled_in_documentation(tmp_path: Path) -> None:
    page = tmp_path / "setup.md"
    page.write_text(markdown("aws iam get-role --role-name <role-name>"))
    for fail_on, code in (("error", 0), ("note", 1)):
        assert run(["lint", "--fail-on", fail_on, str(page)], io.StringIO(), io.StringIO()) == code


# --- in a script: a redirection --------------------------------------------------------------


def test_a_placeholder_in_a_script_is_an_error_that_says_so() -> None:
    (finding,) = lint("aws iam get-role --role-name <role-name> --output json\n")
    assert (finding.rule, finding.severity) == ("shell.placeholder", "error")
    assert "placeholder" in finding.message and "redirection" in finding.message


def test_a_typo_beside_a_script_placeholder_is_still_reported() -> None:
    assert rules("aws ec2 describe-instances --regoin <region>\n") == [
        "option.unknown",
        "shell.placeholder",
    ]


def test_a_template_expression_is_unknown_and_never_noted() -> None:
    # {{RESOURCE_ID}} is SSM's own pseudo parameter, sent as written: no placeholder note.
    text = markdown(
        "aws ssm send-command --document-name AWS-RunShellScript --targets "
        "Key=InstanceIds,Values={{RESOURCE_ID}} --parameters commands=uptime"
    )
    assert lint(text, "markdown") == []


def test_a_template_expression_is_unknown_in_any_file() -> None:
    text = (
        "aws ec2 describe-instances --max-items {{ max_items }} --region {{region}}\n"
        "aws eks update-nodegroup-config --cluster-name c --nodegroup-name n "
        "--scaling-config desiredSize={{ d }},minSize=1,maxSize=3\n"
        'aws ec2 describe-instances --max-items "{{ .Values.items | quote }}"\n'
    )
    assert lint(text) == []
    assert rules("aws ec2 describe-instances --max-items {{ n }} --regoin x\n") == [
        "option.unknown"
    ]


def test_a_windows_command_in_documentation_is_not_read_as_bash() -> None:
    # The AWS CLI's example pages show cmd.exe's version, continued with ^, after Linux's.
    text = (
        "(Windows)::\n\n    aws ec2 create-ipam ^\n        --description Example ^\n"
        "        --operating-regions RegionName=us-east-2\n"
    )
    assert lint(text, "rst") == []
    assert rules(text.replace("(Windows)::", "::"), "shell") != []  # a script is bash's


def test_an_aws_sample_value_in_documentation_is_unknown_without_a_note() -> None:
    # 'mw-03eb9db428EXAMPLE' does not match ^mw-[0-9a-f]{17}$: a warning on every such page.
    text = markdown("aws ssm get-maintenance-window --window-id mw-03eb9db428EXAMPLE")
    assert lint(text, "markdown") == []
    assert rules(text.replace("EXAMPLE", "example"), "markdown") == ["model.pattern"]


def test_an_aws_sample_value_keeps_its_shape() -> None:
    # --targets takes id=...: a bare sample id is wrong whatever its characters.
    text = markdown(
        "aws vpc-lattice deregister-targets --target-group-identifier tg-0eaa4b9ab4EXAMPLE "
        "--targets i-07dd579bc5EXAMPLE"
    )
    assert rules(text, "markdown") == ["input.syntax"]


@pytest.mark.parametrize(
    "hostile",
    ["{{" * 100_000, "a" * 200_000, "<a" * 100_000, "(Name " * 50_000, "[a " * 100_000],
)
def test_masking_a_long_line_reads_it_a_bounded_number_of_times(hostile: str) -> None:
    # A quadratic pattern would not finish here (10^10 steps); these are linear.
    masked = mask(Snippet.whole(f"aws s3 ls {hostile}\n"), "markdown")
    assert len(masked.snippet.text) == len(hostile) + len("aws s3 ls \n")


def test_many_placeholders_in_one_value_are_found_by_bisection() -> None:
    # 5,000 placeholders in one JSON value: each found once, not once per character.
    value = ",".join(f'{{"Name": "tag:k{i}", "Values": ["<v{i}>"]}}' for i in range(5_000))
    text = markdown(f"aws ec2 describe-instances --filters '[{value}]'")
    (finding,) = lint(text, "markdown")
    assert finding.rule == "lint.placeholder" and "5000 placeholders" in finding.message
