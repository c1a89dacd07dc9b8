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
