"""Validation of a whole request: its JSON Schema, then the cross-field rules.

Types are checked as botocore checks them before a request is sent: an
integer is a Python ``int`` (not ``22.0``, not ``True``), a string a ``str``.
Each jsonschema error becomes a :class:`Diagnostic` with a rule id and a
plain message; for a bundled operation the rules of ``_rules`` follow.
"""

from __future__ import annotations

import difflib
import functools
import ipaddress
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import extend

from ._diagnostics import Diagnostic, describe_value, format_path
from ._rules import CATALOG, check_request
from ._schemas import load_schema

__all__ = ["validate", "validator_for"]


def _is_integer(_checker: object, instance: object) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


_BotocoreTypedValidator = extend(  # type: ignore[no-untyped-call]  # jsonschema leaves it untyped
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)

_FORMATS = FormatChecker()


@_FORMATS.checks("ipv4-cidr", raises=ValueError)
def _is_ipv4_cidr(instance: object) -> bool:
    # A prefix length is required; host bits may be set (AWS canonicalizes them).
    return not isinstance(instance, str) or (
        "/" in instance and bool(ipaddress.IPv4Network(instance, strict=False))
    )


@_FORMATS.checks("ipv6-cidr", raises=ValueError)
def _is_ipv6_cidr(instance: object) -> bool:
    return not isinstance(instance, str) or (
        "/" in instance and bool(ipaddress.IPv6Network(instance, strict=False))
    )


def validator_for(schema: Mapping[str, Any]) -> Validator:
    """A validator for any caller's schema: botocore's types, our CIDR formats."""
    validator: Validator = _BotocoreTypedValidator(schema, format_checker=_FORMATS)
    return validator


@functools.cache
def _operation_validator(operation: str) -> Validator:
    return validator_for(load_schema(operation))


def validate(
    operation_or_schema: str | Mapping[str, Any], params: Mapping[str, Any]
) -> list[Diagnostic]:
    """Every diagnostic for ``params``: errors and warnings, in request order.

    ``operation_or_schema`` is a bundled operation's name (its schema and the
    security-group rules apply) or any JSON Schema of your own (the schema's
    rules apply). An empty list means the request is clean.
    """
    bundled = isinstance(operation_or_schema, str)
    if isinstance(operation_or_schema, str):
        validator = _operation_validator(operation_or_schema)
        findings = [_diagnostic(f.rule, f.path, f.message) for f in check_request(params)]
    else:
        validator, findings = validator_for(operation_or_schema), []
    diagnostics = [d for error in validator.iter_errors(params) for d in _explain(error, bundled)]
    order = _document_order(params)

    def place(diagnostic: Diagnostic) -> tuple[int, int, str]:
        # A missing member has no place of its own: it sorts with its parent.
        for length in range(len(diagnostic.steps), -1, -1):
            if diagnostic.steps[:length] in order:
                return order[diagnostic.steps[:length]], length, diagnostic.rule
        return 0, 0, diagnostic.rule  # pragma: no cover - the empty path is always there

    return sorted(diagnostics + findings, key=place)


def _document_order(params: Any) -> dict[tuple[str | int, ...], int]:
    """Each path in the request, numbered as it stands in the request (depth first)."""
    order: dict[tuple[str | int, ...], int] = {}
    pending: list[tuple[tuple[str | int, ...], Any]] = [((), params)]
    while pending:
        path, node = pending.pop()
        order[path] = len(order)
        if isinstance(node, dict):
            children = list(node.items())
        elif isinstance(node, list):
            children = list(enumerate(node))
        else:
            children = []
        pending.extend(((*path, step), child) for step, child in reversed(children))
    return order


def _diagnostic(rule: str, path: Any, message: str) -> Diagnostic:
    known = CATALOG.get(rule)
    severity = known.severity if known else "error"
    return Diagnostic(rule, severity, format_path(path), message, tuple(path))


_ONE_GROUP = [{"required": ["GroupId"]}, {"required": ["GroupName"]}]

# (member, jsonschema keyword) -> rule id, for the documented rules in the schemas.
_RULE_OF = {
    ("Description", "maxLength"): "description.length",
    ("Description", "pattern"): "description.characters",
    ("CidrIp", "format"): "cidr.ipv4",
    ("CidrIpv6", "format"): "cidr.ipv6",
    ("IpProtocol", "pattern"): "ip-protocol.value",
    ("FromPort", "minimum"): "ports.bounds",
    ("FromPort", "maximum"): "ports.bounds",
    ("ToPort", "minimum"): "ports.bounds",
    ("ToPort", "maximum"): "ports.bounds",
    ("GroupId", "pattern"): "id.security-group",
    ("PrefixListId", "pattern"): "id.prefix-list",
    ("UserId", "pattern"): "id.account",
    ("SourceSecurityGroupOwnerId", "pattern"): "id.account",
}

_ADVICE = {
    "description.length": "descriptions are at most 255 characters",
    "description.characters": (
        "descriptions may hold letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*"
    ),
    "cidr.ipv4": "write an IPv4 range with its prefix length: 203.0.113.0/24 (/32 for one address)",
    "cidr.ipv6": "write an IPv6 range with its prefix length: 2001:db8::/32 (/128 for one address)",
    "ip-protocol.value": "use tcp, udp, icmp, icmpv6, -1 (all), or a protocol number 0-255",
    "ports.bounds": "ports run from 0 to 65535 (-1 for all ICMP types or codes)",
    "id.security-group": "a security group id is sg- and 8 or 17 hexadecimal digits",
    "id.prefix-list": "a prefix list id is pl- and 8 or 17 hexadecimal digits",
    "id.account": "an AWS account id is 12 digits",
}


def _explain(error: ValidationError, bundled: bool) -> Iterator[Diagnostic]:
    """One jsonschema error in our terms (unknown keys: one diagnostic each).

    The documented rules' ids and advice apply to the bundled schemas only: a
    caller's own ``Description`` may have other limits.
    """
    path = list(error.absolute_path)
    keyword = str(error.validator)
    # jsonschema types these as possibly unset; on a reported error they are set.
    schema: Any = error.schema
    instance: Any = error.instance
    expected: Any = error.validator_value
    if keyword == "additionalProperties" and isinstance(instance, dict):
        known = list(schema.get("properties", {}))
        for key in instance:
            if key not in known:
                close = difflib.get_close_matches(str(key), known, n=1)
                hint = (
                    f": did you mean {close[0]}?" if close else f"; known keys: {', '.join(known)}"
                )
                yield _diagnostic("model.unknown-key", [*path, key], f"unknown key {key!r}{hint}")
    elif keyword == "type":
        yield _diagnostic(
            "model.type", path, f"expected {_article(expected)}, got {describe_value(instance)}"
        )
    elif keyword == "required":
        missing = [name for name in expected if name not in instance]
        for name in missing:
            yield _diagnostic("model.required", [*path, name], f"{name} is required")
    elif keyword == "oneOf" and expected == _ONE_GROUP and bundled:
        given = [name for name in ("GroupId", "GroupName") if name in instance]
        how = "give only one of them" if given else "give one of them"
        yield _diagnostic(
            "group.exactly-one",
            path,
            f"a request names its group by GroupId or by GroupName: {how}",
        )
    elif keyword == "enum":
        yield _diagnostic(
            "enum.unknown",
            path,
            f"{instance!r} is not a value the API model lists; AWS may refuse it",
        )
    else:
        member = next((step for step in reversed(path) if isinstance(step, str)), "")
        rule = _RULE_OF.get((member, keyword), "") if bundled else ""
        rule = rule or f"schema.{keyword}"
        advice = _ADVICE.get(rule)
        message = f"{instance!r} is not valid: {advice}" if advice else error.message
        yield _diagnostic(rule, path, message)


def _article(types: Any) -> str:
    names = [types] if isinstance(types, str) else list(types)
    words = {
        "integer": "an integer",
        "array": "a list",
        "object": "a structure",
        "string": "a string",
    }
    return " or ".join(words.get(name, f"a {name}") for name in names)
