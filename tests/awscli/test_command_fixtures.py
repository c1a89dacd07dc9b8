"""Hand-written command lines (tests/data/commands/*.json) with what the AWS CLI sent.

Each fixture holds an operation, an argv, and the request the installed AWS
CLI built for it when the fixture was recorded (``accepted: false`` where it
refused the command).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_like import parse_as_the_aws_cli

from ec2shorthand import ShorthandError

FIXTURES = sorted((Path(__file__).parents[1] / "data" / "commands").glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    fixture: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return fixture


@pytest.mark.parametrize("path", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_command_gives_the_recorded_request(path: Path) -> None:
    fixture = _load(path)
    if fixture["accepted"]:
        assert parse_as_the_aws_cli(fixture["operation"], fixture["argv"]) == fixture["request"]
    else:
        with pytest.raises(ShorthandError):
            parse_as_the_aws_cli(fixture["operation"], fixture["argv"])


@pytest.mark.parametrize("path", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_recorded_request_is_still_what_the_aws_cli_sends(path: Path) -> None:
    pytest.importorskip("awscli")
    import oracle

    fixture = _load(path)
    theirs = oracle.aws_request(fixture["operation"], fixture["argv"])
    assert (theirs.accepted, theirs.value if theirs.accepted else None) == (
        fixture["accepted"],
        fixture["request"],
    )
