"""The AWS CLI's own example pages for the six operations, run through both parsers.

The commands come from the installed AWS CLI's ``awscli/examples/ec2/*.rst``
(read at test time, not copied here) and must give the request the AWS CLI
itself builds for them.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from cli_like import parse_as_the_aws_cli
from operations import OPERATIONS

from ec2shorthand import ShorthandError

awscli = pytest.importorskip("awscli")
import oracle  # noqa: E402  (after the skip: it drives the AWS CLI)


def _commands(operation: str) -> list[list[str]]:
    """The ``aws ec2 OPERATION ...`` commands of the operation's example page, as argv lists."""
    page = Path(awscli.__file__).parent / "examples" / "ec2" / f"{operation}.rst"
    commands, current = [], ""
    for line in page.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if current:
            current += " " + text
        elif text.startswith(f"aws ec2 {operation}"):
            current = text
        if current and not current.endswith("\\"):
            commands.append(shlex.split(current.replace("\\ ", " ").rstrip("\\"))[3:])
            current = ""
    return commands


EXAMPLES = [(operation, argv) for operation in OPERATIONS for argv in _commands(operation)]


def test_every_operation_has_examples() -> None:
    assert {operation for operation, _ in EXAMPLES} == set(OPERATIONS)
    assert len(EXAMPLES) >= 15


@pytest.mark.parametrize(
    ("operation", "argv"), EXAMPLES, ids=[" ".join(a)[:60] for _, a in EXAMPLES]
)
def test_example_gives_the_request_the_aws_cli_builds(operation: str, argv: list[str]) -> None:
    theirs = oracle.aws_request(operation, argv)
    if theirs.accepted:
        assert parse_as_the_aws_cli(operation, argv) == theirs.value
    else:
        with pytest.raises(ShorthandError):
            parse_as_the_aws_cli(operation, argv)
