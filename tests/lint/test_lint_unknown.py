"""Issue 18 item 1: a value the linter cannot know is never reported as wrong.

Only the part of a value an unknown covers is unknown: the rest is still checked.
"""

from __future__ import annotations

import pytest
from lint_support import lint, rules

NODEGROUP = "aws eks update-nodegroup-config --cluster-name c --nodegroup-name n"


def test_several_variables_in_one_shorthand_value_are_unknown() -> None:
    assert rules(f"{NODEGROUP} --scaling-config desiredSize=$D,minSize=$MIN,maxSize=3\n") == []


def test_the_known_rest_of_a_value_with_variables_is_still_checked() -> None:
    (finding,) = lint(f"{NODEGROUP} --scaling-config desiredSize=$D,minSize=$MIN,maxSize=x\n")
    assert finding.rule == "input.type"
    assert "maxSize" in finding.message and "'x'" in finding.message


PUT = "aws s3api put-object --bucket b --key k"


@pytest.mark.parametrize(
    "text",
    [
        f"{PUT} --body FILE\n",
        f"{PUT} --body ./local/file.txt\n",
        f'{PUT} --body "$F"\n',
        "aws s3api get-object --bucket b --key k out.txt\n",
        "aws lambda update-function-code --function-name f --zip-file fileb://$DIR/f.zip\n",
        "aws iam create-role --role-name r --assume-role-policy-document file://~/trust.json\n",
    ],
)
def test_a_local_file_is_never_missing(text: str) -> None:
    assert lint(text) == []


def test_no_message_names_a_library_parameter() -> None:
    findings = lint(f"{PUT} --body\n{PUT} --body ''\n")
    assert [finding.rule for finding in findings] == ["input.command-line", "input.syntax"]
    assert not any("files=" in f.message or "FileResolver" in f.message for f in findings)


def test_the_rest_of_a_command_with_a_file_is_still_checked() -> None:
    (finding,) = lint(f"{PUT} --body FILE --metadata a\n")
    assert finding.rule == "input.syntax" and "--metadata" in finding.message


# --- values xargs, find -exec and parallel supply ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cat names | xargs -I{} aws ec2 delete-launch-template --launch-template-name {}\n",
        "ls | xargs -I % aws s3api head-object --bucket % --key %/x\n",
        "ls | xargs --replace aws s3api head-object --bucket {} --key k\n",
        "aws guardduty list-detectors | xargs aws guardduty get-findings --detector-id\n",
        "echo d | xargs -n 1 -P 4 aws guardduty get-findings --finding-ids f --detector-id\n",
        "echo x | xargs aws ec2 describe-regions\n",
        "find . -name '*.json' -exec aws s3api put-object --bucket b --key {} --body {} \\;\n",
        "find . -type f -execdir aws s3api put-object --bucket b --key k --body {} ';'\n",
        "find . -name '*.zip' -exec aws s3 cp {} s3://b/ \\;\n",
        "parallel aws ec2 terminate-instances --instance-ids ::: i-1 i-2\n",
        "parallel -j4 aws ec2 terminate-instances --instance-ids {} ::: i-1 i-2\n",
        "parallel aws s3api head-object --bucket b --key {/.} ::: a/b.txt\n",
    ],
)
def test_values_a_runner_supplies_are_unknown(text: str) -> None:
    assert lint(text) == []


def test_an_option_xargs_may_append_is_not_missing_but_a_typo_is_still_found() -> None:
    text = "echo d | xargs aws guardduty get-findings --detector-id x --finding-idz\n"
    (finding,) = lint(text)
    assert (finding.rule, finding.message.split(":")[0]) == ("option.unknown", "--finding-idz")


def test_xargs_with_a_replacement_string_appends_nothing() -> None:
    # -I puts the line where {} stands, and nothing after: the required option is missing.
    text = "cat ids | xargs -I{} aws ec2 create-launch-template-version --launch-template-name {}\n"
    (finding,) = lint(text)
    assert "--launch-template-data" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "find . -name '*.json' -exec aws s3api put-object --bucket b --key {} --acl publik \\;\n",
        "parallel aws s3api put-object --bucket b --key {} --acl publik ::: a b\n",
    ],
)
def test_the_rest_of_a_command_a_runner_runs_is_still_checked(text: str) -> None:
    (finding,) = lint(text)
    assert finding.rule == "enum.unknown" and "publik" in finding.message


def test_words_after_the_command_a_runner_runs_are_not_its_arguments() -> None:
    assert lint("find . -exec aws s3api list-buckets \\; -print\n") == []
    assert lint("parallel aws s3api head-bucket --bucket {} ::: a b ::: c\n") == []


def test_find_names_aws_without_running_it() -> None:
    assert lint("find . -name aws -print\n") == []


# Shaped after real scripts and READMEs (cleanup steps, log archival, backups).
REAL_SHAPES = [
    "aws lambda list-versions-by-function \\\n  --function-name f \\\n  --output text | "
    "xargs -I {} aws lambda delete-function \\\n  --function-name f --qualifier {}\n",
    "jq -r '.Items[].k.S' x.json \\\n  | xargs -I {} aws dynamodb delete-item \\\n"
    '    --table-name t \\\n    --key \'{"k": {"S": "{}"}}\'\n',
    "aws ecs list-services --cluster c --output text | \\\n"
    "  xargs -n1 aws ecs delete-service --cluster c --force --service\n",
    'find "$d" -name \'*.json\' -exec aws s3 cp {} "s3://$B/" \\\n'
    '        --cache-control "no-cache,no-store" \\;\n',
    "find /logs/ \\\n    -mtime +30 \\\n    -exec aws s3 mv {} s3://archive \\; \\\n"
    "    -exec rm -f {} \\;\n",
    "find dist -name '*.map' -exec aws s3 rm \"s3://${BUCKET}/{}\" \\;\n",
]


@pytest.mark.parametrize("text", REAL_SHAPES)
def test_real_runner_shapes_are_clean(text: str) -> None:
    assert lint(text) == []


def test_a_message_quotes_a_variable_as_written() -> None:
    text = "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    text += "--ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=$CIDR}]\n"
    (finding,) = lint(text)
    assert finding.rule == "shell.glob" and "'[{CidrIp=$CIDR}]'" in finding.message


# --- values other tools fill in before bash runs ---------------------------------------------

NODEGROUP_SCALING = "--scaling-config desiredSize={d},minSize=1,maxSize=3"


def test_github_actions_expressions_are_unknown() -> None:
    step = (
        "aws eks update-nodegroup-config --cluster-name c --nodegroup-name n "
        + NODEGROUP_SCALING.format(d="${{ inputs.desired }}")
    )
    workflow = (
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        f"      - run: aws ec2 describe-instances --max-items ${{{{ inputs.n }}}}\n"
        f"      - run: |\n          {step}\n"
    )
    assert lint(workflow, "yaml") == []


def test_make_variables_are_unknown() -> None:
    makefile = (
        "deploy:\n\taws ec2 describe-instances --max-items $(N) --region ${REGION}\n"
        "\taws eks update-nodegroup-config --cluster-name c --nodegroup-name n "
        + NODEGROUP_SCALING.format(d="$(D)")
        + "\n"
    )
    assert lint(makefile, "makefile") == []


@pytest.mark.parametrize("value", ["${var.desired}", "${AWS::Region}", "{{ desired }}"])
def test_terraform_cloudformation_and_jinja_variables_are_unknown(value: str) -> None:
    command = "aws eks update-nodegroup-config --cluster-name c --nodegroup-name n "
    assert lint(command + NODEGROUP_SCALING.format(d=value) + "\n") == []
    # the rest of the value is still checked
    bad = command + NODEGROUP_SCALING.format(d=value).replace("maxSize=3", "maxSize=x")
    assert rules(bad + "\n") == ["input.type"]


def test_the_known_rest_of_a_json_value_with_variables_is_still_checked() -> None:
    put = "aws dynamodb put-item --table-name t --item "
    assert lint(put + """'{"id": {"S": "'$ID'"}, "n": {"N": "'"$N"'"}}'\n""") == []
    (finding,) = lint(put + """'{"id": {"S": "'$ID'"}, "n": {"NN": "1"}}'\n""")
    assert "NN" in finding.message


def test_a_hyphen_that_ends_a_variable_name_is_a_warning() -> None:
    text = (
        'export AVAILABILITY_ZONE="ap-northeast-1a"\n'
        "aws ec2 create-volume --size 8 --availability-zone ${AVAILABILITY-ZONE}\n"
    )
    (finding,) = lint(text)
    assert (finding.rule, finding.severity) == ("shell.hyphen-in-name", "warning")
    assert "$AVAILABILITY, or the text 'ZONE'" in finding.message
    # A default without the joined name used anywhere may be meant.
    assert lint("aws ec2 create-volume --size 8 --availability-zone ${ZONE-A}\n") == []
