"""Validation of a whole request against its JSON Schema.

Types are checked as botocore checks them before a request is sent: an
integer is a Python ``int`` (not ``22.0``, not ``True``), a string a ``str``;
like botocore, enums are not enforced.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import extend

from ._errors import SchemaValidationError
from ._schemas import load_schema

__all__ = ["format_path", "validate_request", "validator_for"]


def _is_integer(_checker: object, instance: object) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


def _enum_not_enforced(*_args: object) -> Iterator[ValidationError]:
    # botocore does not check enums before sending, and AWS adds values (new
    # resource types) faster than a pinned model learns them: an enum is
    # documentation here, not a reason to refuse a request the AWS CLI sends.
    return iter(())


_BotocoreTypedValidator = extend(  # type: ignore[no-untyped-call]  # jsonschema leaves it untyped
    Draft202012Validator,
    validators={"enum": _enum_not_enforced},
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)


def validator_for(schema: Mapping[str, Any]) -> Validator:
    """A validator for any caller's schema, with botocore's notion of types."""
    validator: Validator = _BotocoreTypedValidator(schema)
    return validator


@functools.cache
def _operation_validator(operation: str) -> Validator:
    return validator_for(load_schema(operation))


def format_path(path: Any) -> str:
    """``["IpPermissions", 0, "FromPort"]`` -> ``IpPermissions[0].FromPort``."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else str(step)
    return text or "(the request)"


def validate_request(operation: str, params: Mapping[str, Any]) -> None:
    """Raise :class:`SchemaValidationError` listing every way ``params`` break the schema."""
    errors = sorted(
        _operation_validator(operation).iter_errors(params),
        key=lambda error: [str(step) for step in error.absolute_path],
    )
    if errors:
        raise SchemaValidationError(
            [f"{format_path(error.absolute_path)}: {error.message}" for error in errors]
        )
