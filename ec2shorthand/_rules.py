"""The security-group rules that JSON Schema cannot say, and the catalog of every rule id.

Rules that one value can break on its own (a description's characters, a
CIDR's form, a port's bounds) live in the schemas (scripts/schema_constraints.py);
``_validate`` maps their jsonschema errors to the ids catalogued here. Rules
that relate several values (a protocol and its ports, a source group beside
a CIDR) are checked here, on each IpPermission and on the older top-level
members alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._diagnostics import Severity

__all__ = ["CATALOG", "Finding", "Rule", "check_request"]

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Rule:
    """A rule: its severity and where it comes from."""

    severity: Severity
    source: str


_PAGE = "reference page (revoke-security-group-ingress)"
_BOTOCORE = "botocore's client-side validation, as the AWS CLI runs it"
_IDS = "EC2 User Guide, Resource IDs (a prefix and 8 or 17 hexadecimal characters)"

CATALOG: dict[str, Rule] = {
    "input.syntax": Rule("error", "the AWS CLI's shorthand and JSON syntax (grammars/)"),
    "input.duplicate-key": Rule("error", "ec2shorthand: a key given twice loses a value"),
    "input.type": Rule(
        "error", "the AWS CLI's conversion of shorthand values to the model's types"
    ),
    "input.command-line": Rule(
        "error", "the AWS CLI's options, read with argparse as it reads them"
    ),
    "input.file": Rule("error", "the AWS CLI's file:// and fileb:// parameter files"),
    "model.type": Rule("error", _BOTOCORE),
    "model.unknown-key": Rule("error", _BOTOCORE),
    "model.required": Rule("error", _BOTOCORE),
    "group.exactly-one": Rule("error", f"{_PAGE}: --group-id and --group-name"),
    "description.length": Rule("error", f"{_PAGE}: Description, 'Up to 255 characters'"),
    "description.characters": Rule(
        "error", f"{_PAGE} and the EC2 API reference: Description's allowed characters"
    ),
    "cidr.ipv4": Rule("error", f"{_PAGE}: CidrIp, 'The IPv4 CIDR range'"),
    "cidr.ipv6": Rule("error", f"{_PAGE}: CidrIpv6, 'The IPv6 CIDR range'"),
    "ip-protocol.value": Rule(
        "error", f"{_PAGE}: IpProtocol, 'name (tcp, udp, icmp, icmpv6) or number'"
    ),
    "ip-protocol.all": Rule(
        "warning", "the AWS CLI's example pages use `all`; the API documents -1"
    ),
    "ports.bounds": Rule("error", f"{_PAGE}: FromPort/ToPort (-1 to 65535 for any protocol)"),
    "ports.required": Rule(
        "error", f"{_PAGE}: 'For tcp, udp, and icmp, you must specify a port range'"
    ),
    "ports.tcp-range": Rule("error", f"{_PAGE}: --port, 'For TCP or UDP: The range of ports'"),
    "ports.order": Rule(
        "error", f"{_PAGE}: FromPort 'The start of port range', ToPort 'The end of port range'"
    ),
    "icmp.range": Rule("error", f"{_PAGE}: ICMP type and code numbers, -1 for all"),
    "icmp.all-codes": Rule(
        "error", f"{_PAGE}: 'If you specify all ICMP/ICMPv6 types, you must specify all codes'"
    ),
    "ports.ignored": Rule(
        "warning", f"{_PAGE}: '-1 ... allows traffic on all ports, regardless of any port range'"
    ),
    "source.group-and-cidr": Rule(
        "error", f"{_PAGE}: 'You can't specify a source security group and a CIDR IP address range'"
    ),
    "source.owner-with-cidr": Rule(
        "error", f"{_PAGE}: --group-owner, 'Cannot be used when specifying a CIDR'"
    ),
    "id.security-group": Rule("error", f"{_IDS}: sg- and 8 or 17 hexadecimal digits"),
    "id.prefix-list": Rule("error", f"{_IDS}: pl- and 8 or 17 hexadecimal digits"),
    "id.account": Rule("error", f"{_PAGE}: UserId, 'The ID of an AWS account' (12 digits)"),
    "value.missing-comma": Rule(
        "warning", "shorthand: the AWS CLI sends `IpProtocol=tcp FromPort=22` as one value"
    ),
    "skeleton.unfilled": Rule(
        "error", "--generate-cli-skeleton: its empty strings are placeholders to fill in"
    ),
    "option.empty": Rule(
        "warning", "the AWS CLI ignores --protocol, --port, --cidr, ... given an empty value"
    ),
    "enum.unknown": Rule(
        "warning", "the API model's enum (botocore does not check it; AWS may refuse)"
    ),
}

_TCP_LIKE = {"tcp": "tcp", "6": "tcp", "udp": "udp", "17": "udp"}
_ICMP_LIKE = {"icmp": "icmp", "1": "icmp", "icmpv6": "icmpv6", "58": "icmpv6"}
_ALL = {"-1", "all"}
_MISSING_COMMA = re.compile(r"\s([A-Z][A-Za-z0-9]*)=")


@dataclass(frozen=True)
class Finding:
    """A rule broken at ``path``, said in ``message``."""

    rule: str
    path: Path
    message: str


def check_request(params: Mapping[str, Any]) -> Iterator[Finding]:
    """Every cross-field rule the request breaks."""
    permissions = params.get("IpPermissions")
    if isinstance(permissions, list):
        for index, permission in enumerate(permissions):
            if isinstance(permission, dict):
                yield from _check_permission(permission, ("IpPermissions", index))
    # The older top-level members describe one rule the same way.
    yield from _check_ports(params, ())
    yield from _check_strings(params, ())


def _check_permission(permission: Mapping[str, Any], path: Path) -> Iterator[Finding]:
    yield from _check_ports(permission, path)
    yield from _check_sources(permission, path)
    yield from _check_strings(permission, path)


def _check_ports(rule: Mapping[str, Any], path: Path) -> Iterator[Finding]:
    protocol = rule.get("IpProtocol")
    if not isinstance(protocol, str):
        return
    first, last = rule.get("FromPort"), rule.get("ToPort")
    if protocol == "all":
        yield Finding(
            "ip-protocol.all",
            (*path, "IpProtocol"),
            "write -1 for all protocols; `all` is not documented by the API",
        )
    if protocol in _TCP_LIKE or protocol == "icmp" or protocol == "1":
        for name, value in (("FromPort", first), ("ToPort", last)):
            if value is None:
                yield Finding(
                    "ports.required",
                    (*path, name),
                    f"{name} is missing: {protocol} rules need a port range (--port 22, or 22-25)"
                    if protocol in _TCP_LIKE
                    else f"{name} is missing: icmp rules need a type and code (--port 3-4, or -1 "
                    f"for all)",
                )
    if protocol in _TCP_LIKE:
        yield from _check_tcp_ports(first, last, path)
    elif protocol in _ICMP_LIKE:
        yield from _check_icmp(first, last, path)
    elif _is_protocol_number(protocol) or protocol in _ALL:
        given = [value for value in (first, last) if isinstance(value, int) and value != -1]
        if given:
            yield Finding(
                "ports.ignored",
                (*path, "FromPort" if first in given else "ToPort"),
                f"protocol {protocol} covers every port: the port range is ignored (leave it out, "
                f"or use -1)",
            )


def _check_tcp_ports(first: Any, last: Any, path: Path) -> Iterator[Finding]:
    for name, value in (("FromPort", first), ("ToPort", last)):
        # Above 65535 is the schema's ports.bounds already.
        if isinstance(value, int) and value < 0:
            yield Finding(
                "ports.tcp-range",
                (*path, name),
                f"{value} is not a port: TCP and UDP ports are 0-65535",
            )
    if isinstance(first, int) and isinstance(last, int) and 0 <= last < first <= 65535:
        yield Finding(
            "ports.order",
            (*path, "FromPort"),
            f"the range {first}-{last} runs backwards: write {last}-{first}",
        )


def _check_icmp(kind: Any, code: Any, path: Path) -> Iterator[Finding]:
    for name, value, what in (("FromPort", kind, "type"), ("ToPort", code, "code")):
        # Outside -1..65535 is the schema's ports.bounds already.
        if isinstance(value, int) and 255 < value <= 65535:
            yield Finding(
                "icmp.range",
                (*path, name),
                f"{value} is not an ICMP {what}: use 0-255, or -1 for all",
            )
    if kind == -1 and isinstance(code, int) and code != -1:
        yield Finding(
            "icmp.all-codes",
            (*path, "ToPort"),
            f"all ICMP types (-1) need all codes too: the code must be -1, not {code}",
        )


def _check_sources(permission: Mapping[str, Any], path: Path) -> Iterator[Finding]:
    pairs = [pair for pair in _list(permission.get("UserIdGroupPairs")) if isinstance(pair, dict)]
    cidrs = _list(permission.get("IpRanges")) + _list(permission.get("Ipv6Ranges"))
    if not pairs or not cidrs:
        return
    cidr_key = "IpRanges" if _list(permission.get("IpRanges")) else "Ipv6Ranges"
    if any("GroupId" in pair or "GroupName" in pair for pair in pairs):
        yield Finding(
            "source.group-and-cidr",
            (*path, cidr_key),
            "a rule takes a source security group or CIDR ranges, not both: split it into two "
            "rules",
        )
    else:
        yield Finding(
            "source.owner-with-cidr",
            (*path, "UserIdGroupPairs", 0, "UserId"),
            "a group owner (--group-owner) names the account of a source group; it cannot go with "
            "a CIDR range",
        )


def _check_strings(node: Mapping[str, Any], path: Path) -> Iterator[Finding]:
    """Warnings about single values: a missing comma."""
    for key, value in node.items():
        if isinstance(value, str) and (match := _MISSING_COMMA.search(value)):
            yield Finding(
                "value.missing-comma",
                (*path, key),
                f"{value!r} holds '{match[1]}=' after a space: a comma is probably missing before "
                f"it",
            )
        elif isinstance(value, list) and key != "IpPermissions":
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    yield from _check_strings(item, (*path, key, index))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _is_protocol_number(text: str) -> bool:
    return text.isascii() and text.isdigit()
