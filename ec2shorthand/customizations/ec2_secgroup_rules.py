"""The security-group operations' validation rules, their ids and their catalog.

Rules that one value can break on its own (a description's characters, a
CIDR's form, a port's bounds) live in the shipped schemas
(scripts/schema_constraints.py); ``NAMING`` gives their schema errors our ids
and advice. Rules that relate several values (a protocol and its ports, a
source group beside a CIDR, a rule split in two) are checked here, on each
IpPermission and on the older top-level members alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .._awscli.customize import Rule
from .._core.diagnostics import Diagnostic
from .._core.paths import Path
from .._core.text import shorten
from .._model.operation import Operation
from .ec2_protocols import ICMP_LIKE, TCP_LIKE, is_protocol_number

__all__ = ["CATALOG", "NAMING", "check_request"]


_PAGE = "reference page (revoke-security-group-ingress)"
_IDS = "EC2 User Guide, Resource IDs (a prefix and 8 or 17 hexadecimal characters)"

CATALOG: dict[str, Rule] = {
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
    "ip-protocol.required": Rule(
        "error", f"{_PAGE}: 'Each rule consists of the protocol and the CIDR range or source'"
    ),
    "ip-protocol.all": Rule(
        "warning", "the AWS CLI's example pages use `all`; the API documents -1"
    ),
    "ports.bounds": Rule("error", f"{_PAGE}: FromPort/ToPort (-1 to 65535 for any protocol)"),
    "ports.required": Rule(
        "error", f"{_PAGE}: 'For tcp, udp, and icmp, you must specify a port range'"
    ),
    "ports.tcp-range": Rule(
        "error",
        f"{_PAGE}: --port, 'For TCP or UDP: The range of ports'; EC2 refuses port -1 for TCP/UDP "
        "(aws-cli #1066)",
    ),
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
        "error",
        f"{_PAGE}: 'You can't specify a source security group and a CIDR IP address range' "
        "(the top-level CidrIp with SourceSecurityGroupName, which EC2 refuses)",
    ),
    "source.cidr-and-groups": Rule(
        "warning",
        f"{_PAGE}'s older sentence; EC2 accepts CIDR ranges and groups in one permission "
        "(Terraform's aws_security_group sends such permissions)",
    ),
    "source.owner-with-cidr": Rule(
        "error", f"{_PAGE}: --group-owner, 'Cannot be used when specifying a CIDR'"
    ),
    "rule.split": Rule(
        "warning", "shorthand: a space between two parts of one rule makes two values, two rules"
    ),
    "id.security-group": Rule("error", f"{_IDS}: sg- and 8 or 17 hexadecimal digits"),
    "id.prefix-list": Rule("error", f"{_IDS}: pl- and 8 or 17 hexadecimal digits"),
    "id.account": Rule("error", f"{_PAGE}: UserId, 'The ID of an AWS account' (12 digits)"),
    "value.missing-comma": Rule(
        "warning", "shorthand: the AWS CLI sends `IpProtocol=tcp FromPort=22` as one value"
    ),
    "option.empty": Rule(
        "warning", "the AWS CLI ignores --protocol, --port, --cidr, ... given an empty value"
    ),
}


def _invalid(advice: str) -> Callable[[Any], str]:
    return lambda value: f"{shorten(value)} is not valid: {advice}"


def _exactly_one_group(request: Any) -> str:
    given = [name for name in ("GroupId", "GroupName") if name in request]
    how = "give only one of them" if given else "give one of them"
    return f"a request names its group by GroupId or by GroupName: {how}"


_PORT_BOUNDS = (
    "ports.bounds",
    _invalid("ports run from 0 to 65535 (-1 for all ICMP types or codes)"),
)
_ACCOUNT = ("id.account", _invalid("an AWS account id is 12 digits"))

# The documented rules of the shipped schemas: (member, keyword) -> id and message.
NAMING: Mapping[tuple[str, str], tuple[str, Callable[[Any], str]]] = {
    ("Description", "maxLength"): (
        "description.length",
        _invalid("descriptions are at most 255 characters"),
    ),
    ("Description", "pattern"): (
        "description.characters",
        _invalid("descriptions may hold letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*"),
    ),
    ("CidrIp", "format"): (
        "cidr.ipv4",
        _invalid(
            "write an IPv4 range with its prefix length: 203.0.113.0/24 (/32 for one address)"
        ),
    ),
    ("CidrIpv6", "format"): (
        "cidr.ipv6",
        _invalid(
            "write an IPv6 range with its prefix length: 2001:db8::/32 (/128 for one address)"
        ),
    ),
    ("IpProtocol", "pattern"): (
        "ip-protocol.value",
        _invalid("use tcp, udp, icmp, icmpv6, -1 (all), or a protocol number 0-255"),
    ),
    ("FromPort", "minimum"): _PORT_BOUNDS,
    ("FromPort", "maximum"): _PORT_BOUNDS,
    ("ToPort", "minimum"): _PORT_BOUNDS,
    ("ToPort", "maximum"): _PORT_BOUNDS,
    ("GroupId", "pattern"): (
        "id.security-group",
        _invalid("a security group id is sg- and 8 or 17 hexadecimal digits"),
    ),
    ("PrefixListId", "pattern"): (
        "id.prefix-list",
        _invalid("a prefix list id is pl- and 8 or 17 hexadecimal digits"),
    ),
    ("UserId", "pattern"): _ACCOUNT,
    ("SourceSecurityGroupOwnerId", "pattern"): _ACCOUNT,
    ("", "oneOf"): ("group.exactly-one", _exactly_one_group),
}

_ALL = {"-1", "all"}
_MISSING_COMMA = re.compile(r"\s([A-Z][A-Za-z0-9]*)=")
_SOURCES = ("IpRanges", "Ipv6Ranges", "PrefixListIds", "UserIdGroupPairs")


def check_request(operation: Operation, params: Mapping[str, Any]) -> Iterator[Diagnostic]:
    """Every cross-field rule the request breaks."""
    permissions = params.get("IpPermissions")
    if isinstance(permissions, list):
        for index, permission in enumerate(permissions):
            if isinstance(permission, dict):
                yield from _check_permission(permission, ("IpPermissions", index))
        yield from _check_split_rules(permissions)
    # The older top-level members describe one rule the same way.
    yield from _check_ports(params, ())
    yield from _check_top_level_sources(params)
    yield from _check_strings(params, ())


def _finding(rule: str, path: Path, message: str) -> Diagnostic:
    return Diagnostic.at(rule, CATALOG[rule].severity, path, message)


def _check_permission(permission: Mapping[str, Any], path: Path) -> Iterator[Diagnostic]:
    if "IpProtocol" not in permission:
        yield _finding(
            "ip-protocol.required",
            (*path, "IpProtocol"),
            "IpProtocol is missing: every rule names its protocol (tcp, udp, icmp, -1 for all)",
        )
    yield from _check_ports(permission, path)
    yield from _check_sources(permission, path)
    yield from _check_strings(permission, path)


def _check_ports(rule: Mapping[str, Any], path: Path) -> Iterator[Diagnostic]:
    protocol = rule.get("IpProtocol")
    if not isinstance(protocol, str):
        return
    first, last = rule.get("FromPort"), rule.get("ToPort")
    if protocol == "all":
        yield _finding(
            "ip-protocol.all",
            (*path, "IpProtocol"),
            "write -1 for all protocols; `all` is not documented by the API",
        )
    if protocol in TCP_LIKE or protocol == "icmp" or protocol == "1":
        for name, value in (("FromPort", first), ("ToPort", last)):
            if value is None:
                yield _finding(
                    "ports.required",
                    (*path, name),
                    f"{name} is missing: {protocol} rules need a port range (--port 22, or 22-25)"
                    if protocol in TCP_LIKE
                    else f"{name} is missing: icmp rules need a type and code (--port 3-4, or -1 "
                    f"for all)",
                )
    if protocol in TCP_LIKE:
        yield from _check_tcp_ports(first, last, path)
    elif protocol in ICMP_LIKE:
        yield from _check_icmp(first, last, path)
    elif is_protocol_number(protocol) or protocol in _ALL:
        given = [value for value in (first, last) if isinstance(value, int) and value != -1]
        if given:
            yield _finding(
                "ports.ignored",
                (*path, "FromPort" if first in given else "ToPort"),
                f"protocol {protocol} covers every port: the port range is ignored (leave it out, "
                f"or use -1)",
            )


def _check_tcp_ports(first: Any, last: Any, path: Path) -> Iterator[Diagnostic]:
    for name, value in (("FromPort", first), ("ToPort", last)):
        # Above 65535 is the schema's ports.bounds already.
        if isinstance(value, int) and value < 0:
            yield _finding(
                "ports.tcp-range",
                (*path, name),
                f"{value} is not a port: TCP and UDP ports are 0-65535",
            )
    if isinstance(first, int) and isinstance(last, int) and 0 <= last < first <= 65535:
        yield _finding(
            "ports.order",
            (*path, "FromPort"),
            f"the range {first}-{last} runs backwards: write {last}-{first}",
        )


def _check_icmp(kind: Any, code: Any, path: Path) -> Iterator[Diagnostic]:
    for name, value, what in (("FromPort", kind, "type"), ("ToPort", code, "code")):
        # Outside -1..65535 is the schema's ports.bounds already.
        if isinstance(value, int) and 255 < value <= 65535:
            yield _finding(
                "icmp.range",
                (*path, name),
                f"{value} is not an ICMP {what}: use 0-255, or -1 for all",
            )
    if kind == -1 and isinstance(code, int) and code != -1:
        yield _finding(
            "icmp.all-codes",
            (*path, "ToPort"),
            f"all ICMP types (-1) need all codes too: the code must be -1, not {code}",
        )


def _check_sources(permission: Mapping[str, Any], path: Path) -> Iterator[Diagnostic]:
    """CIDR ranges beside source groups: EC2 accepts them; the reference page's older text not."""
    pairs = [pair for pair in _list(permission.get("UserIdGroupPairs")) if isinstance(pair, dict)]
    cidrs = _list(permission.get("IpRanges")) + _list(permission.get("Ipv6Ranges"))
    if pairs and cidrs and any("GroupId" in pair or "GroupName" in pair for pair in pairs):
        cidr_key = "IpRanges" if _list(permission.get("IpRanges")) else "Ipv6Ranges"
        yield _finding(
            "source.cidr-and-groups",
            (*path, cidr_key),
            "this rule takes traffic from CIDR ranges and from security groups: EC2 accepts "
            "that (a rule per source), but if you meant one source, split it into two rules",
        )


def _check_top_level_sources(params: Mapping[str, Any]) -> Iterator[Diagnostic]:
    """The older top-level members: a CIDR beside a source group is refused by EC2."""
    if "CidrIp" in params and (
        "SourceSecurityGroupName" in params or "SourceSecurityGroupOwnerId" in params
    ):
        yield _finding(
            "source.group-and-cidr",
            ("CidrIp",),
            "--cidr-ip cannot go with --source-security-group-name or -owner-id: EC2 refuses a "
            "CIDR range and a source group in one request; use --ip-permissions for both",
        )


def _check_split_rules(permissions: list[Any]) -> Iterator[Diagnostic]:
    """A rule written as two values (a space for a comma): one without a source, then one
    without a protocol."""
    for index in range(len(permissions) - 1):
        first, second = permissions[index], permissions[index + 1]
        if not (isinstance(first, dict) and isinstance(second, dict)):
            continue
        sourceless = "IpProtocol" in first and not any(key in first for key in _SOURCES)
        bare_source = "IpProtocol" not in second and any(key in second for key in _SOURCES)
        if sourceless and bare_source:
            yield _finding(
                "rule.split",
                ("IpPermissions", index + 1),
                f"IpPermissions[{index}] has no source and IpPermissions[{index + 1}] no "
                "protocol: they look like one rule split by a space; join them with a comma "
                "into one value",
            )


def _check_strings(node: Mapping[str, Any], path: Path) -> Iterator[Diagnostic]:
    """Warnings about single values: a missing comma."""
    for key, value in node.items():
        if isinstance(value, str) and (match := _MISSING_COMMA.search(value)):
            yield _finding(
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
