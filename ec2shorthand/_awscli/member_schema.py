"""``member_schema``: one request member's schema, of the model the chosen AWS CLI version has."""

from __future__ import annotations

from typing import Any

from .._core.arguments import expect_text
from .._core.version import CliVersion
from .._core.version import cli_version as resolve_version
from .models import operation_model

__all__ = ["member_schema"]


def member_schema(
    operation: str,
    member: str,
    *,
    service: str = "ec2",
    cli_version: CliVersion | None = None,
) -> dict[str, Any]:
    """The JSON Schema of one request member, complete in itself (for ``ShorthandType`` & co.).

    ``member`` is the API's name (``IpPermissions``); the schema carries the
    ``$defs`` it needs, so it can be used as any schema of your own.
    ``cli_version`` (1 or 2; by default ``EC2SHORTHAND_CLI_VERSION``, else 2)
    picks the AWS CLI whose model it comes from.

    Raises:
        UnknownOperationError: no such service or operation.
        ShorthandError: the operation has no such member, or an argument is of the wrong
            type (``member_schema(None, ...)``).
    """
    expect_text(operation, "operation", "an AWS CLI operation name")
    expect_text(member, "member", "a member's API name")
    expect_text(service, "service", "an AWS CLI service name")
    model = operation_model(service, operation, resolve_version(cli_version))
    return model.standalone_schema(member)
