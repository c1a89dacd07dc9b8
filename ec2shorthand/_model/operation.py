"""An operation of a service: its request's members, schemas, coercers and validator, built once.

``get_operation(service, name)`` is the one door to everything the model
knows about an operation; what it builds (the JSON Schema, a coercer per
member, the validator) is built on first use and cached with it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .catalog import load_operation
from .coerce import Coercer, compile_coercer
from .resolve import resolved

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

__all__ = ["Member", "Operation", "get_operation"]


@dataclass(frozen=True)
class Member:
    """A top-level member of a request, as the argument layer needs to know it.

    ``type`` is the model's type name (structure, list, map, string, integer,
    long, float, double, boolean, blob, timestamp); ``item_type`` a list's
    items'. ``schema`` is the member's JSON Schema (its ``$ref``s point into
    the operation's schema).
    """

    name: str
    type: str
    schema: Mapping[str, Any]
    required: bool = False
    item_type: str | None = None
    jsonvalue: bool = False
    document: bool = False
    streaming: bool = False
    idempotency_token: bool = False
    # Whether the AWS CLI reads this member's values as shorthand (when they do not look
    # like JSON): structures, maps and lists of them, holding no document type.
    shorthand: bool = False
    doc: str = ""


@dataclass(frozen=True, eq=False)
class Operation:
    """One operation of a service, as loaded by :func:`get_operation`."""

    service: str
    name: str
    api_name: str
    schema: Mapping[str, Any]
    members: tuple[Member, ...]
    output_schema: Mapping[str, Any] = field(default_factory=dict)
    paginator: Mapping[str, Any] | None = None
    doc: str = ""

    def member(self, name: str) -> Member:
        """The member called ``name`` (KeyError if there is none)."""
        return self._members_by_name()[name]

    def has_member(self, name: str) -> bool:
        return name in self._members_by_name()

    @functools.cache  # noqa: B019 - operations are cached for the process's life anyway
    def _members_by_name(self) -> dict[str, Member]:
        return {member.name: member for member in self.members}

    @functools.cache  # noqa: B019
    def coercer(self, member: str) -> Coercer:
        """The function that types a parsed value of ``member`` (see ``coerce``)."""
        return compile_coercer(self.member(member).schema, self.schema)

    @functools.cache  # noqa: B019
    def validator(self) -> Validator:
        """The validator of whole requests."""
        from .validate import validator_for

        return validator_for(self.schema)

    def member_schema(self, member: str) -> Mapping[str, Any]:
        """The member's schema with its top-level ``$ref`` followed."""
        return resolved(self.member(member).schema, self.schema)


@functools.cache
def get_operation(service: str, name: str) -> Operation:
    """The operation ``name`` of ``service`` (CLI names: ``ec2``, ``describe-instances``).

    Raises:
        UnknownOperationError: the model has no such service or operation.
        OutOfScopeError: the name is one of the AWS CLI's own commands.
    """
    return Operation(**load_operation(service, name))
