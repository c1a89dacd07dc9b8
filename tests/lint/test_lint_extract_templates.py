"""Commands in CodeBuild buildspecs and CloudFormation/SAM UserData scripts."""

from __future__ import annotations

import pytest
from lint_support import lint, position, rules, where

BAD = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port 70000 --cidr 10.0.0.0/8"
)
GOOD = BAD.replace("70000", "22")


def the_ports(text: str) -> list[tuple[int, int]]:
    found = lint(text, "yaml")
    assert [finding.rule for finding in found] == ["ports.bounds"] * len(found)
    return [where(finding)[:2] for finding in found]


def test_buildspec_phase_commands() -> None:
    text = (
        "version: 0.2\nphases:\n  install:\n    commands:\n      - echo hi\n"
        f"  build:\n    commands:\n      - {GOOD}\n      - |\n        {BAD}\n"
    )
    assert the_ports(text) == [position(text, "70000")]


@pytest.mark.parametrize(
    "user_data",
    [
        "!Base64 |\n          #!/bin/bash\n          {}\n",
        "\n          Fn::Base64: !Sub |\n            #!/bin/bash -xe\n            {}\n",
        "\n          Fn::Base64:\n            Fn::Sub: |\n              {}\n",
        "\n          Fn::Base64: !Sub\n            - |\n              {}\n            - {{X: 1}}\n",
    ],
)
def test_cloudformation_user_data(user_data: str) -> None:
    text = (
        "Resources:\n  Box:\n    Type: AWS::EC2::Instance\n    Properties:\n"
        f"      UserData: {user_data.format(BAD)}"
    )
    assert the_ports(text) == [position(text, "70000")]


def test_sub_references_are_unknown_values() -> None:
    command = GOOD.replace("sg-12345678", "${WebGroup}").replace("10.0.0.0/8", "${AWS::Region}")
    user_data = f"      UserData:\n        Fn::Base64: !Sub |\n          {command}\n"
    text = f"Resources:\n  Box:\n    Properties:\n{user_data}"
    assert rules(text, "yaml") == []
    text = text.replace("22", "70000")
    assert the_ports(text) == [position(text, "70000")]


def test_other_keys_and_joins_are_not_read() -> None:
    text = (
        f"Description: {BAD}\nResources:\n  Box:\n    Properties:\n      UserData:\n"
        f"        Fn::Base64: !Join ['', ['{BAD}', !Ref X]]\n"
    )
    assert rules(text, "yaml") == []
