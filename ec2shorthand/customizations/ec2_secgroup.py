"""EC2's security-group rule options: ``--protocol``, ``--port``, ``--cidr``, and the source.

``--source-group`` and ``--group-owner`` complete the five.

The AWS CLI's ``secgroupsimplify`` customization: on the authorize and revoke
operations these options describe a single rule, which the AWS CLI turns
into ``IpPermissions=[{...}]``. As there, an option given an empty value
counts as not given (worth a warning here), and the options cannot be
combined with ``--ip-permissions``. The members they replace stay usable but
are left out of the docs. This module owns the options, how they build the
request, their inverse for ``to_argv``, where each member came from, and
(through ``ec2_secgroup_rules``) the security-group validation rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._awscli.arguments import Argument, ArgumentTable
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.provenance import Origin
from .._awscli.reading import Reading
from .._core.diagnostics import Diagnostic
from .._core.errors import ShorthandError
from . import ec2_secgroup_rules as rules
from .ec2_port import parse_port
from .ec2_protocols import ALL_PROTOCOLS, NAMED

_RULE_OPERATIONS = (
    "authorize-security-group-ingress",
    "authorize-security-group-egress",
    "revoke-security-group-ingress",
    "revoke-security-group-egress",
)
_ALL_OPERATIONS = (
    *_RULE_OPERATIONS,
    "update-security-group-rule-descriptions-ingress",
    "update-security-group-rule-descriptions-egress",
)
_OPTIONS = ("protocol", "port", "cidr", "source-group", "group-owner")
_HELP = {
    "protocol": "The IP protocol: tcp | udp | icmp, all for every protocol, or a protocol number.",
    "port": "A port or a range (22, 22-25), or for ICMP a type and a code (3-4, 3--1); -1 or all.",
    "cidr": "The IPv4 address range, in CIDR format.",
    "source-group": "The name or ID of the source security group.",
    "group-owner": "The AWS account ID that owns the source security group.",
}
# The members these options replace: accepted, but left out of the pages.
_REPLACED = (
    "ip-protocol",
    "from-port",
    "to-port",
    "cidr-ip",
    "source-security-group-name",
    "source-security-group-owner-id",
)
_STATE = "secgroup-rule"
_PERMISSIONS = "IpPermissions"


class _RuleOption(Argument):
    """One of the five options: noted now, made into the rule when all are read."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        reading.state.setdefault(_STATE, {})[self.name] = given


def _add_arguments(table: ArgumentTable) -> None:
    for name in _REPLACED:
        if name in table:
            table[name].documented = False
    for name in _OPTIONS:
        table.add(_RuleOption(name, doc=_HELP[name]))


def _refuse_with_ip_permissions(reading: Reading) -> None:
    command = reading.command
    if "ip-permissions" not in command.given:
        return
    for name in _OPTIONS:
        given = command.given.get(name)
        if given is not None and given.value:
            raise command.error_at(
                name,
                "cannot be combined with --ip-permissions: describe the rule with one or the other",
            )


def _build_rule(params: dict[str, Any], reading: Reading) -> None:
    """The IpPermission the options describe, into the request (with where each part came from)."""
    given: dict[str, Given] = reading.state.get(_STATE, {})
    permission: dict[str, Any] = {}
    for name in _OPTIONS:
        option = given.get(name)
        if option is None:
            continue
        if not option.value:  # "", or the empty list argparse makes of `--port=--`
            reading.diagnostics.append(_empty(option))
            continue
        try:
            if not isinstance(option.value, str):
                raise ShorthandError(
                    f"{option.option} takes text, not the bytes of a fileb:// file"
                )
            written = _add(permission, name, option.value)
        except ShorthandError as error:
            item = option.items[0]
            raise error.placed(
                option.option, item.index, item.offset, item_text=item.whole
            ) from None
        for steps in written:
            reading.origins.record((_PERMISSIONS, 0, *steps), Origin(option.option, option.items))
    if permission:
        params[_PERMISSIONS] = [permission]
    if (
        "cidr" in given
        and given["cidr"].value
        and "group-owner" in given
        and given["group-owner"].value
    ):
        reading.diagnostics.append(
            Diagnostic.at(
                "source.owner-with-cidr",
                "error",
                (_PERMISSIONS, 0, "UserIdGroupPairs", 0, "UserId"),
                "--group-owner names the account of a source group; it cannot go with --cidr",
            )
        )


def _empty(option: Given) -> Diagnostic:
    item = option.items[0] if option.items else None
    diagnostic = Diagnostic(
        "option.empty",
        "warning",
        "(the command line)",
        f"{option.option} is given an empty value, which the AWS CLI ignores: give a value or "
        "leave it out",
    )
    if item is None:
        return diagnostic
    return diagnostic.located(option.option, item.whole, item.location())


def _add(permission: dict[str, Any], name: str, value: str) -> tuple[tuple[str | int, ...], ...]:
    """Put one option's value into the rule; the paths it wrote (inside the rule)."""
    if name == "protocol":
        permission["IpProtocol"] = _protocol(value)
        return (("IpProtocol",),)
    if name == "port":
        permission["FromPort"], permission["ToPort"] = parse_port(value)
        return (("FromPort",), ("ToPort",))
    if name == "cidr":
        permission["IpRanges"] = [{"CidrIp": value}]
        return (("IpRanges",),)
    pair = permission.setdefault("UserIdGroupPairs", [{}])[0]
    if name == "group-owner":
        pair["UserId"] = value
        return (("UserIdGroupPairs", 0, "UserId"),)
    key = "GroupId" if value.startswith("sg-") else "GroupName"  # an id (sg-...) or a name
    pair[key] = value
    return (("UserIdGroupPairs", 0, key),)


def _protocol(value: str) -> str:
    """The IpProtocol for a --protocol value: a name, all, or a number (kept as written)."""
    try:
        number = int(value)
    except ValueError:
        if value in NAMED:
            return value
        if value == "all":
            return ALL_PROTOCOLS
        raise ShorthandError(
            f"{value!r} is not a protocol: use tcp, udp, icmp, all, or a number 0-255 (-1 for all)",
            value,
            0,
            end=len(value),
        ) from None
    if not (0 <= number <= 255 or number == -1):
        raise ShorthandError(
            f"protocol number {number} is out of range: use 0-255, or -1 for all",
            value,
            0,
            end=len(value),
        )
    return value


def _write(table: ArgumentTable, params: Mapping[str, Any]) -> tuple[list[str], set[str]] | None:
    """The rule options for the request's one rule, when they say it exactly."""
    from ._ec2_secgroup_write import rule_options

    argv = rule_options(params.get(_PERMISSIONS))
    return None if argv is None else (argv, {_PERMISSIONS})


register(
    "secgroupsimplify",
    "ec2",
    _RULE_OPERATIONS,
    arguments=_add_arguments,
    parsed=_refuse_with_ip_permissions,
    finish=_build_rule,
    write=_write,
)
register(
    "ec2 security-group rules",
    "ec2",
    _ALL_OPERATIONS,
    check=rules.check_request,
    naming=rules.NAMING,
    rules=rules.CATALOG,
)
