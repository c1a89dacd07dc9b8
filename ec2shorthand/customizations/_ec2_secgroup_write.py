"""The inverse of the security-group rule options: a request's one rule, said with them.

Used by ``to_argv`` through the ``secgroupsimplify`` customization: when the
request holds exactly one rule that ``--protocol``/``--port``/``--cidr``/
``--source-group``/``--group-owner`` can say exactly, these options are what a
person would write.
"""

from __future__ import annotations

from typing import Any

from .ec2_protocols import ALL_PROTOCOLS

__all__ = ["rule_options"]

# What the AWS CLI would read as something else than the text itself.
_READ_AS_FILE = ("file://", "fileb://", "http://", "https://")
_SAID = {"IpProtocol", "FromPort", "ToPort", "IpRanges", "UserIdGroupPairs"}


def _plain(text: Any) -> bool:
    return isinstance(text, str) and not text.startswith(_READ_AS_FILE)


def rule_options(permissions: Any) -> list[str] | None:
    """The options for the one rule in ``permissions``, or None if they cannot say it exactly."""
    if not isinstance(permissions, list) or len(permissions) != 1:
        return None
    rule = permissions[0]
    if not isinstance(rule, dict) or not rule or set(rule) - _SAID:
        return None
    argv: list[str] = []
    for written in (
        _protocol(rule),
        _ports(rule),
        _cidr(rule.get("IpRanges")) if "IpRanges" in rule else [],
        _source(rule.get("UserIdGroupPairs")) if "UserIdGroupPairs" in rule else [],
    ):
        if written is None:
            return None
        argv += written
    return argv


def _protocol(rule: dict[str, Any]) -> list[str] | None:
    protocol = rule.get("IpProtocol")
    if protocol is None:
        return []
    if protocol not in ("tcp", "udp", "icmp", ALL_PROTOCOLS) and not (
        isinstance(protocol, str) and protocol.isdigit() and int(protocol) <= 255
    ):
        return None
    return ["--protocol", "all" if protocol == ALL_PROTOCOLS else protocol]


def _ports(rule: dict[str, Any]) -> list[str] | None:
    ports = (rule.get("FromPort"), rule.get("ToPort"))
    if ports == (None, None):
        return []
    if not all(isinstance(port, int) and not isinstance(port, bool) for port in ports):
        return None
    first, last = ports
    port = "all" if ports == (-1, -1) else str(first) if first == last else f"{first}-{last}"
    if port.startswith("-"):
        return None  # -5-7: the AWS CLI cannot read it either
    return ["--port", port]


def _cidr(ranges: Any) -> list[str] | None:
    if ranges and isinstance(ranges, list) and len(ranges) == 1 and isinstance(ranges[0], dict):
        cidr = ranges[0].get("CidrIp")
        if set(ranges[0]) == {"CidrIp"} and _plain(cidr) and cidr:
            return ["--cidr", cidr]
    return None


def _source(pairs: Any) -> list[str] | None:
    if not (pairs and isinstance(pairs, list) and len(pairs) == 1 and isinstance(pairs[0], dict)):
        return None
    pair = pairs[0]
    argv: list[str] = []
    group = pair.get("GroupId", pair.get("GroupName"))
    if "GroupId" in pair and "GroupName" in pair:
        return None
    if group is not None:
        # The AWS CLI decides id or name by the sg- prefix.
        if not (_plain(group) and group and group.startswith("sg-") == ("GroupId" in pair)):
            return None
        argv += ["--source-group", group]
    if "UserId" in pair:
        if not (_plain(pair["UserId"]) and pair["UserId"]):
            return None
        argv += ["--group-owner", pair["UserId"]]
    if set(pair) - {"GroupId", "GroupName", "UserId"} or not argv:
        return None
    return argv
