"""The registry of customizations: special cases, kept out of the engine.

The AWS CLI changes how some operations read their arguments through event
handlers in ``awscli/customizations/`` (``building-argument-table.ec2.run-
instances``, ``operation-args-parsed...``, ``calling-command...``). Ours are
modules in ``ec2shorthand.customizations``, each registering a
:class:`Customization` for the services and operations it concerns; the
engine asks :func:`customizations_for` and calls their hooks at its named
steps. The engine never imports a customization module.

A customization applies to both versions of the AWS CLI unless it says
``versions=(1,)`` or ``versions=(2,)``: what differs between v1 and v2 (v1's
parameter-file exemptions and hidden aliases, v2's binary format) is said
where it is registered, never asked of the version inside the engine.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._core.caches import OPERATIONS
from .._core.diagnostics import Diagnostic, Severity
from .._core.version import CliVersion

if TYPE_CHECKING:
    from .._model.check_rules import Naming
    from .._model.operation import Operation
    from .arguments import ArgumentTable
    from .reading import Reading

__all__ = ["ANY", "Customization", "Rule", "catalog", "customizations_for", "register"]

ANY = "*"
# A customization's inverse: the argument table and a request to the options that say part of it.
Writer = Callable[["ArgumentTable", Mapping[str, Any]], tuple[list[str], set[str]] | None]


@dataclass(frozen=True)
class Rule:
    """A validation rule's catalog entry: its severity and where the rule comes from."""

    severity: Severity
    source: str


@dataclass(frozen=True)
class Customization:
    """One special case: where it applies and what it does at each step.

    Attributes:
        name: the AWS CLI customization it reproduces (for docs and tests).
        service: the CLI service name, or ``ANY``.
        operations: the CLI operation names it applies to; empty for all of
            the service's.
        arguments: changes the argument table (``building-argument-table``).
        parsed: checks the options as given, before any value is read
            (``operation-args-parsed``), and notes what it decides in the
            reading's ``state``; raises a ``ShorthandError``.
        finish: last changes to the request, with every option read
            (``calling-command``): a whole-request document merged in, say.
        check: validation rules of its own, on the finished request.
        sent_as: what the AWS CLI's own ``before-parameter-build`` handlers
            make of the finished request before botocore validates and sends
            it (``run-instances`` gets its default counts there). Validation
            judges the request as sent; the request returned stays the one
            built (``calling-command``).
        naming: rule ids and messages for schema keywords on its members.
        write: the inverse for ``to_argv``: given the argument table (of the
            version written for) and the request, the options that say part
            of it and the members they said, or None.
        rules: catalog entries for the rule ids it reports.
        versions: the AWS CLI versions whose behaviour it reproduces.
    """

    name: str
    service: str
    operations: frozenset[str] = frozenset()
    arguments: Callable[[ArgumentTable], None] | None = None
    parsed: Callable[[Reading], None] | None = None
    finish: Callable[[dict[str, Any], Reading], None] | None = None
    check: Callable[[Operation, Mapping[str, Any]], Iterable[Diagnostic]] | None = None
    sent_as: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None
    naming: Naming | None = None
    write: Writer | None = None
    rules: Mapping[str, Rule] = field(default_factory=dict)
    versions: frozenset[CliVersion] = frozenset({1, 2})

    def applies_to(self, service: str, operation: str, version: CliVersion) -> bool:
        return (
            version in self.versions
            and self.service in (ANY, service)
            and (not self.operations or operation in self.operations)
        )


_REGISTERED: list[Customization] = []


def register(
    name: str,
    service: str,
    operations: Collection[str] = (),
    *,
    versions: tuple[CliVersion, ...] = (1, 2),
    **hooks: Any,
) -> Customization:
    """Register a customization for ``service`` (``ANY`` for all) and its ``operations``,
    in the AWS CLI ``versions`` that behave so."""
    customization = Customization(
        name, service, frozenset(operations), versions=frozenset(versions), **hooks
    )
    _REGISTERED.append(customization)
    customizations_for.cache_clear()
    return customization


@functools.lru_cache(maxsize=OPERATIONS)
def customizations_for(
    service: str, operation: str, version: CliVersion
) -> tuple[Customization, ...]:
    """The customizations of one operation in one AWS CLI version, in registration order."""
    return tuple(c for c in _REGISTERED if c.applies_to(service, operation, version))


def catalog() -> dict[str, Rule]:
    """Every rule id a customization reports, with its catalog entry."""
    entries: dict[str, Rule] = {}
    for customization in _REGISTERED:
        entries.update(customization.rules)
    return entries
