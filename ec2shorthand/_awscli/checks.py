"""Validation of a request to an operation: its schema, then the customizations' own rules."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from .._core.caches import OPERATIONS
from .._core.diagnostics import Diagnostic
from .._core.version import CliVersion
from .._model.check_rules import MODEL_RULES
from .._model.checks import Check, compile_checks
from .._model.operation import Operation
from .._model.validate import in_document_order
from .customize import customizations_for
from .models import operation_model

__all__ = ["check_request"]


@functools.lru_cache(maxsize=OPERATIONS)
def _schema_check(service: str, operation: str, version: CliVersion) -> Check:
    """The operation's schema compiled once, with its customizations' rule names."""
    naming: dict[Any, Any] = {}
    for customization in customizations_for(service, operation, version):
        naming.update(customization.naming or {})
    schema = operation_model(service, operation, version).schema
    return compile_checks(schema, MODEL_RULES.with_naming(naming))


def check_request(
    operation: Operation, params: Mapping[str, Any], version: CliVersion
) -> list[Diagnostic]:
    """Every diagnostic for ``params``: errors and warnings, in request order."""
    if operation.paginator is not None and "PaginationConfig" in params:
        # The AWS CLI's paginator takes PaginationConfig; the API never sees it.
        params = {key: value for key, value in params.items() if key != "PaginationConfig"}
    customizations = customizations_for(operation.service, operation.name, version)
    sent = params
    for customization in customizations:
        if customization.sent_as is not None:
            sent = customization.sent_as(sent)
    found: list[Diagnostic] = []
    _schema_check(operation.service, operation.name, version)(sent, (), found)
    for customization in customizations:
        if customization.check is not None:
            found += customization.check(operation, params)
    return in_document_order(found, params)
