"""``validate``: the public entry for checking a request, of an operation or against any schema."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._core.arguments import expect_mapping, expect_text
from .._core.diagnostics import Diagnostic
from .._core.errors import ShorthandError
from .._core.tree import check_shape
from .._core.version import CliVersion
from .._core.version import cli_version as resolve_version
from .._model.validate import validate_against
from .checks import check_request
from .models import operation_model

__all__ = ["validate"]


def validate(
    operation_or_schema: str | Mapping[str, Any],
    params: Mapping[str, Any],
    *,
    service: str = "ec2",
    cli_version: CliVersion | None = None,
) -> list[Diagnostic]:
    """Every diagnostic for ``params``: errors and warnings, in request order.

    ``operation_or_schema`` is an operation's AWS CLI name (of ``service``:
    its schema and its customizations' rules apply) or any JSON Schema of
    your own (the schema's rules apply). An empty list means the request is
    clean. ``params`` must be a mapping (a ``ShorthandError`` says so
    otherwise, as for any argument of the wrong type), nested at most 100
    levels deep, not holding itself, and of at most 10 million values
    (counting a shared value at each place). ``cli_version`` (1 or 2): the AWS
    CLI whose rules apply (by default ``EC2SHORTHAND_CLI_VERSION``, else 2).
    """
    expect_mapping(params, "params", "a request: a mapping of members")
    expect_text(service, "service", "an AWS CLI service name")
    if not isinstance(operation_or_schema, str | Mapping):
        raise ShorthandError(
            "operation_or_schema: expected an AWS CLI operation name (str) or a JSON Schema "
            f"(a mapping), got {type(operation_or_schema).__name__}"
        )
    check_shape(params if isinstance(params, dict) else dict(params))
    if isinstance(operation_or_schema, str):
        version = resolve_version(cli_version)
        model = operation_model(service, operation_or_schema, version)
        return check_request(model, params, version)
    return validate_against(operation_or_schema, params)
