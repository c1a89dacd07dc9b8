"""An operation of a service: its request's members, schemas, coercers and validator, built once.

``get_operation(service, name, cli_version=...)`` is the one door to everything
the model knows about an operation, as one AWS CLI version exposes it; what it
builds (the JSON Schemas, a coercer per member, the validator) is built on first
use and cached with it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._core.arguments import expect_text
from .._core.caches import OPERATIONS
from .._core.errors import ShorthandError
from .._core.version import CliVersion
from .._core.version import cli_version as checked_version
from .coerce import Coercer, compile_coercer
from .default_version import LOADER_DEFAULT
from .resolve import Orderer, compile_orderer, resolved

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

    from .bundled import ServiceModel

__all__ = ["Member", "Operation", "get_operation", "member_schema"]


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
    # The member's shape name in the model (None for a schema-only operation).
    shape: str | None = None
    doc: str = ""


@dataclass(frozen=True, eq=False)
class Operation:
    """One operation of a service, as loaded by :func:`get_operation`."""

    service: str
    name: str
    api_name: str
    cli_version: CliVersion  # the AWS CLI whose model this is (1 or 2)
    members: tuple[Member, ...]
    schema_source: Any = field(repr=False)  # builds the schemas on first use
    paginator: Mapping[str, Any] | None = None
    doc: str = ""
    model: ServiceModel | None = field(default=None, repr=False)
    input_shape: str | None = None
    output_shape: str | None = None

    @functools.cached_property
    def schema(self) -> Mapping[str, Any]:
        """The JSON Schema of the request (the shipped one, for the six that have one)."""
        schema: Mapping[str, Any] = self.schema_source.request()
        return schema

    @functools.cached_property
    def output_schema(self) -> Mapping[str, Any]:
        """The JSON Schema of the response."""
        schema: Mapping[str, Any] = self.schema_source.response()
        return schema

    def member(self, name: str) -> Member:
        """The member called ``name`` (KeyError if there is none)."""
        return self._members_by_name[name]

    def has_member(self, name: str) -> bool:
        return name in self._members_by_name

    @functools.cached_property
    def _members_by_name(self) -> dict[str, Member]:
        return {member.name: member for member in self.members}

    def member_schema(self, member: str) -> Mapping[str, Any]:
        """The member's schema with its top-level ``$ref`` followed."""
        return resolved(self.schema["properties"][member], self.schema)

    def standalone_schema(self, member: str) -> dict[str, Any]:
        """The member's schema as a document of its own: its ``$ref``s' targets come with it."""
        if member not in self.schema.get("properties", {}):
            known = ", ".join(self.schema.get("properties", {})) or "none"
            raise ShorthandError(
                f"{self.service} {self.name} has no member {member!r} (its members: {known})"
            )
        schema = dict(self.schema["properties"][member])
        definitions = self.schema.get("$defs", {})
        needed = _reachable_definitions(schema, definitions)
        if needed:
            schema["$defs"] = {name: definitions[name] for name in definitions if name in needed}
        return schema

    def coercer(self, member: str) -> Coercer:
        """The function that types a parsed value of ``member`` (see ``coerce``)."""
        coercers = self._coercers
        if member not in coercers:
            coercers[member] = compile_coercer(self.schema["properties"][member], self.schema)
        return coercers[member]

    @functools.cached_property
    def _coercers(self) -> dict[str, Coercer]:
        return {}

    @functools.cached_property
    def in_order(self) -> Orderer:
        """The function that puts a request's members in the model's order, at every level."""
        return compile_orderer(self.schema, self.schema)

    @functools.cached_property
    def _validator(self) -> Validator:
        from .validate import validator_for

        return validator_for(self.schema)

    def validator(self) -> Validator:
        """The validator of whole requests."""
        return self._validator


def _reachable_definitions(schema: Mapping[str, Any], definitions: Mapping[str, Any]) -> set[str]:
    """The names of the ``#/$defs/...`` entries ``schema`` refers to, directly or through others."""
    found: set[str] = set()
    pending: list[Any] = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_DEFS):
                name = ref[len(_DEFS) :]
                if name not in found and name in definitions:
                    found.add(name)
                    pending.append(definitions[name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


_DEFS = "#/$defs/"


def member_schema(
    operation: str,
    member: str,
    *,
    service: str = "ec2",
    cli_version: CliVersion = LOADER_DEFAULT,
) -> dict[str, Any]:
    """The JSON Schema of one request member, complete in itself (for ``ShorthandType`` & co.).

    ``member`` is the API's name (``IpPermissions``); the schema carries the
    ``$defs`` it needs, so it can be used as any schema of your own.
    ``cli_version`` picks the model; its default is the loader's
    (``default_version.LOADER_DEFAULT``, 1 until the engine passes the version).

    Raises:
        UnknownOperationError: no such service or operation.
        ShorthandError: the operation has no such member, an argument is no ``str``, or
            ``cli_version`` is neither 1 nor 2.
    """
    expect_text(operation, "operation", "an AWS CLI operation name")
    expect_text(member, "member", "a member's API name")
    expect_text(service, "service", "an AWS CLI service name")
    return get_operation(service, operation, cli_version=cli_version).standalone_schema(member)


def get_operation(
    service: str, name: str, *, cli_version: CliVersion = LOADER_DEFAULT
) -> Operation:
    """The operation ``name`` of ``service`` (CLI names: ``ec2``, ``describe-instances``).

    ``cli_version`` says whose model: the AWS CLI v1's or v2's. Its default is
    ``default_version.LOADER_DEFAULT``, 1 for now: every caller in the engine reads
    commands as v1 until the version is threaded through it (issue 19), and the
    public API resolves its own default (2) and passes it. Pass it explicitly.

    Raises:
        UnknownOperationError: the model has no such service or operation.
        OutOfScopeError: the name is one of the AWS CLI's own commands (``s3 cp``).
        ShorthandError: ``cli_version`` is neither 1 nor 2 (``"2"`` and ``"v2"`` are 2).
    """
    return _operation(service, name, checked_version(cli_version))


# Bounded: a sweep over every operation of both versions (37,000) must not keep them all.
@functools.lru_cache(maxsize=OPERATIONS)
def _operation(service: str, name: str, cli_version: CliVersion) -> Operation:
    from .catalog import load_operation

    return Operation(**load_operation(service, name, cli_version))
