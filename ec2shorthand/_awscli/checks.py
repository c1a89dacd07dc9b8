"""Validation of a request to an operation: its schema, then the customizations' own rules."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._core.diagnostics import Diagnostic
from .._model.operation import Operation
from .._model.validate import in_document_order, schema_diagnostics
from .customize import customizations_for

__all__ = ["check_request"]


def check_request(operation: Operation, params: Mapping[str, Any]) -> list[Diagnostic]:
    """Every diagnostic for ``params``: errors and warnings, in request order."""
    if operation.paginator is not None and "PaginationConfig" in params:
        # The AWS CLI's paginator takes PaginationConfig; the API never sees it.
        params = {key: value for key, value in params.items() if key != "PaginationConfig"}
    customizations = customizations_for(operation.service, operation.name)
    naming: dict[Any, Any] = {}
    sent = params
    for customization in customizations:
        naming.update(customization.naming or {})
        if customization.sent_as is not None:
            sent = customization.sent_as(sent)
    found = schema_diagnostics(operation.validator(), sent, naming)
    for customization in customizations:
        if customization.check is not None:
            found += customization.check(operation, params)
    return in_document_order(found, params)
