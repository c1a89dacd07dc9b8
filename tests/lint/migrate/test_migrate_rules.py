"""The migrate rules: each fires on the commands v2 reads otherwise, and on no other."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ec2shorthand._report import Finding
from ec2shorthand.lint import lint_text
from ec2shorthand.lint.migrate.check import MIGRATE_CHECKS
from ec2shorthand.lint.migrate.rules import MIGRATE_RULES

DATA = Path(__file__).parents[1] / "data" / "migrate"
_EXPECT = re.compile(r"# expect: ([\w.,-]+)")


def migrate(text: str, kind: str = "shell") -> list[Finding]:
    return lint_text("t.sh", text, kind, None, MIGRATE_CHECKS)


def rules(text: str, kind: str = "shell") -> list[str]:
    return [finding.rule for finding in migrate(text, kind)]


def test_the_release_script_gets_exactly_the_findings_its_comments_expect() -> None:
    text = (DATA / "release-v1.sh").read_text()
    expected = {
        number: sorted(match.group(1).split(","))
        for number, line in enumerate(text.splitlines(), 1)
        if (match := _EXPECT.search(line))
    }
    found: dict[int, list[str]] = {}
    for finding in migrate(text):
        found.setdefault(finding.line, []).append(finding.rule)
    assert {line: sorted(rules) for line, rules in found.items()} == expected
    assert {rule for rules in expected.values() for rule in rules} >= set(MIGRATE_RULES) - {
        "migrate.api-versions",
        "migrate.v2-refuses",
        "migrate.request-differs",
    }


@pytest.mark.parametrize(
    "command",
    [
        "aws sts get-caller-identity",
        "aws ec2 describe-instances --output text",
        "aws s3api put-object --bucket b --key k --body ./file.txt",
        "aws lambda invoke --function-name f --payload fileb://event.json out.json",
        "aws lambda update-function-code --function-name f --zip-file fileb://f.zip",
        "aws lambda invoke --cli-binary-format raw-in-base64-out --function-name f "
        "--payload '{}' out.json",
        "aws kinesis put-record --stream-name s --partition-key k --data fileb://d.bin",
        "aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/1/q --message-body x",
        "aws s3 cp a.txt s3://bucket/a.txt",
        "aws ec2 describe-images --query 'Images[].CreationDate'",
        "aws iam list-users --max-items 10",
    ],
)
def test_commands_that_mean_the_same_to_both_versions_are_not_reported(command: str) -> None:
    assert rules(command + "\n") == []


@pytest.mark.parametrize(
    ("value", "v2_reads"),
    [
        ("'hello world'", "v1 sends the text's bytes; v2 reads it as base64 and refuses it"),
        ("abcd", "v1 sends the text's bytes; v2 reads it as base64 and sends the 3 byte(s)"),
        ('"$PAYLOAD"', "known when the script runs: v1 sends its text's bytes; v2 reads"),
    ],
)
def test_blob_text_says_what_each_version_sends(value: str, v2_reads: str) -> None:
    (finding,) = migrate(f"aws lambda invoke --function-name f --payload {value} out.json\n")
    assert finding.rule == "migrate.blob-text"
    assert v2_reads in finding.message
    assert finding.fix is not None and finding.fix.safe
    (edit,) = finding.fix.edits
    assert (edit.line, edit.column, edit.text) == (
        1,
        len("aws lambda invoke") + 1,
        " --cli-binary-format raw-in-base64-out",
    )


def test_blob_text_inside_shorthand_and_json_is_found_where_it_is_written() -> None:
    text = (
        "aws sqs send-message --queue-url q --message-body b "
        "--message-attributes 'a={DataType=Binary,BinaryValue=raw}'\n"
    )
    (finding,) = migrate(text)
    assert finding.rule == "migrate.blob-text"
    assert text[finding.column - 1 : finding.end_column - 1] == "raw"


def test_a_blob_fix_goes_after_the_operation_even_after_global_options() -> None:
    text = "aws --region us-east-1 kinesis put-record --stream-name s --partition-key k --data x\n"
    (finding,) = migrate(text)
    assert finding.fix is not None
    (edit,) = finding.fix.edits
    assert edit.column == text.index(" --stream-name") + 1


def test_the_url_fix_is_unsafe_and_quotes_the_url() -> None:
    text = "aws cloudformation validate-template --template-body 'https://e.com/a?b=1&c=2'\n"
    (finding,) = migrate(text)
    assert finding.rule == "migrate.url-downloaded"
    assert finding.fix is not None and not finding.fix.safe
    assert finding.fix.edits[0].text == "\"$(curl -fsSL 'https://e.com/a?b=1&c=2')\""


@pytest.mark.parametrize(
    "statement",
    [
        "$(aws ecr get-login --region us-east-1)",  # whose registry? the caller's account
        "$(aws ecr get-login --region us-east-1 --registry-ids 123456789012 210987654321)",
        "aws ecr get-login --region us-east-1 --registry-ids 123456789012 > login.sh",
        "$(aws ecr get-login --region $R --registry-ids 123456789012)",
    ],
)
def test_ecr_get_login_is_rewritten_only_when_the_login_is_the_same(statement: str) -> None:
    (finding,) = migrate(statement + "\n")
    assert (finding.rule, finding.fix) == ("migrate.ecr-get-login", None)


def test_ecr_get_login_keeps_the_profile() -> None:
    text = (
        "eval $(aws ecr get-login --no-include-email --region eu-west-1 --profile ci "
        "--registry-ids 123456789012)\n"
    )
    (finding,) = migrate(text)
    assert finding.fix is not None
    (edit,) = finding.fix.edits
    assert (edit.column, edit.end_column) == (1, len(text))
    assert edit.text == (
        "aws ecr get-login-password --region eu-west-1 --profile ci | docker login "
        "--username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com"
    )


def test_commands_in_markdown_and_ci_files_are_read_too() -> None:
    markdown = "# Deploy\n\n```bash\naws lambda invoke --function-name f --payload '{}' o\n```\n"
    assert rules(markdown, "markdown") == ["migrate.blob-text"]
    workflow = (
        "jobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: aws iam enable-mfa-device --user-name u --serial-number s "
        "--authentication-code-1 1 --authentication-code-2 2\n"
    )
    assert rules(workflow, "yaml") == ["migrate.hidden-alias", "migrate.hidden-alias"]


def test_a_suppression_comment_silences_a_migrate_rule() -> None:
    text = (
        "# ec2shorthand: ignore[migrate.blob-text]\n"
        "aws lambda invoke --function-name f --payload '{}' o\n"
    )
    assert rules(text) == []


def test_what_both_versions_refuse_is_lint_s_business_not_migrate_s() -> None:
    assert rules("aws ec2 describe-instances --region '{your-region}'\n") == []


def test_every_rule_says_what_v1_does_and_what_v2_does() -> None:
    for rule in MIGRATE_RULES.values():
        assert rule.id.startswith("migrate.") and rule.summary and rule.help


def test_text_rules_read_shell_code_not_prose() -> None:
    markdown = (
        "Test `$? -eq 255` and `api_versions` no more.\n\n"
        "```bash\naws ec2 describe-vpcs\nif [ $? -eq 255 ]; then exit 1; fi\n```\n"
    )
    (finding,) = migrate(markdown, "markdown")
    assert (finding.rule, finding.line, finding.column) == ("migrate.return-code", 5, 6)


def test_what_v2_alone_refuses_or_reads_otherwise_is_reported_with_its_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The general rules, for differences no special rule names (a member one model lacks):
    v2's refusal is shown where v2 places it; a different request names its members."""
    import dataclasses

    from ec2shorthand._core.errors import CommandLineError
    from ec2shorthand._core.location import Location
    from ec2shorthand.lint.migrate import check

    real = check.read_both
    text = "aws ec2 describe-vpcs --vpc-ids vpc-1\n"

    def refused(*args: object) -> object:
        error = CommandLineError("--vpc-ids: no such option", location=Location(0, 0, 9))
        return dataclasses.replace(real(*args), v2=None, v2_error=error)  # type: ignore[arg-type]

    monkeypatch.setattr(check, "read_both", refused)
    (finding,) = migrate(text)
    assert finding.rule == "migrate.v2-refuses"
    assert finding.message == "v1 reads this command, v2 refuses it: --vpc-ids: no such option"
    assert text[finding.column - 1 : finding.end_column - 1] == "--vpc-ids"

    def other(*args: object) -> object:
        readings = real(*args)  # type: ignore[arg-type]
        v2 = dataclasses.replace(readings.v2, params={"VpcIds": ["vpc-2"]})
        return dataclasses.replace(readings, v2=v2)

    monkeypatch.setattr(check, "read_both", other)
    (finding,) = migrate(text)
    assert finding.rule == "migrate.request-differs"
    assert "(members VpcIds)" in finding.message
