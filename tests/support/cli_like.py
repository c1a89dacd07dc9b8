"""ec2shorthand checked only as far as the AWS CLI checks, for differential tests.

The AWS CLI refuses a request for syntax and for what botocore's client-side
validation catches (types, unknown keys, required members): our ``model.*``
diagnostics. ec2shorthand's own rules go further on purpose, so differential
tests compare against this narrower check.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ec2shorthand import InvalidRequestError, validate
from ec2shorthand._awscli.command import check_command


def parse_as_the_aws_cli(operation: str, argv: Sequence[str]) -> dict[str, Any]:
    """The request, or a ShorthandError wherever the AWS CLI would refuse the command."""
    params = check_command(operation, argv, validate=False).params
    refused = [found for found in validate(operation, params) if found.rule.startswith("model.")]
    if refused:
        raise InvalidRequestError(refused)
    return params
