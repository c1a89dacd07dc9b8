"""The security-group commands' simplified options, as one IpPermission.

``--protocol tcp --port 22-25 --cidr 10.0.0.0/8`` (and ``--source-group``,
``--group-owner``) describe a single rule; the AWS CLI turns them into
``IpPermissions=[{...}]``. Only the authorize and revoke operations have them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._errors import ShorthandError
from ._port import parse_port

__all__ = ["SIMPLIFIED_OPERATIONS", "SIMPLIFIED_OPTIONS", "permission_from"]

SIMPLIFIED_OPERATIONS = frozenset(
    {
        "authorize-security-group-ingress",
        "authorize-security-group-egress",
        "revoke-security-group-ingress",
        "revoke-security-group-egress",
    }
)
SIMPLIFIED_OPTIONS = ("protocol", "port", "cidr", "source-group", "group-owner")

_PROTOCOL_NAMES = ("tcp", "udp", "icmp")
_ALL_PROTOCOLS = "-1"


def permission_from(given: Mapping[str, str]) -> dict[str, Any] | None:
    """The IpPermission the simplified options in ``given`` describe (None if none has a value).

    As in the AWS CLI, an option whose value is empty counts as not given.
    Raises :class:`ShorthandError` with ``option`` set for a bad value.
    """
    permission: dict[str, Any] = {}
    for name in SIMPLIFIED_OPTIONS:
        value = given.get(name)
        if not value:
            continue
        try:
            _add(permission, name, value)
        except ShorthandError as error:
            raise error.with_option(f"--{name}") from None
    return permission or None


def _add(permission: dict[str, Any], name: str, value: str) -> None:
    if name == "protocol":
        permission["IpProtocol"] = _protocol(value)
    elif name == "port":
        permission["FromPort"], permission["ToPort"] = parse_port(value)
    elif name == "cidr":
        permission["IpRanges"] = [{"CidrIp": value}]
    else:
        pair = permission.setdefault("UserIdGroupPairs", [{}])[0]
        if name == "group-owner":
            pair["UserId"] = value
        else:  # source-group: an id (sg-...) or a name
            pair["GroupId" if value.startswith("sg-") else "GroupName"] = value


def _protocol(value: str) -> str:
    """The IpProtocol for a --protocol value: a name, all, or a number (kept as written)."""
    try:
        number = int(value)
    except ValueError:
        if value in _PROTOCOL_NAMES:
            return value
        if value == "all":
            return _ALL_PROTOCOLS
        raise ShorthandError(
            f"{value!r} is not a protocol: use tcp, udp, icmp, all, or a number 0-255 (-1 for all)",
            value,
            0,
        ) from None
    if not (0 <= number <= 255 or number == -1):
        raise ShorthandError(
            f"protocol number {number} is out of range: use 0-255, or -1 for all", value, 0
        )
    return value
