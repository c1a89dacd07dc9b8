"""``ec2 run-instances``: ``--count`` and the options that fill the first network interface.

Two of the AWS CLI's customizations, ``addcount`` and ``runinstances``, as far
as they change the request the AWS CLI builds (its ``calling-command``):

- ``--min-count`` and ``--max-count`` are gone; ``--count N`` sends
  ``MinCount=MaxCount=N`` and ``--count MIN:MAX`` both bounds;
- ``--secondary-private-ip-addresses IP...``,
  ``--secondary-private-ip-address-count N`` and
  ``--associate-public-ip-address`` / ``--no-associate-public-ip-address``
  fill ``NetworkInterfaces[0]`` (made as ``{"DeviceIndex": 0}`` when the
  request has none); the first three cannot go with ``--network-interfaces``.

What the AWS CLI does afterwards, just before sending (its
``before-parameter-build`` handlers), is not part of the request returned:
there it sets both counts to 1 when neither is given, and moves
``--subnet-id``, ``--security-group-ids``, ``--private-ip-address`` and the
IPv6 options into the interface. Validation judges the request with the
default counts, as botocore then does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, Reads
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._core.errors import ShorthandError

_INTERFACES = "NetworkInterfaces"
_DEFAULT_COUNT = 1
_STATE = "run-instances"
_SIMPLE = (
    "secondary-private-ip-addresses",
    "secondary-private-ip-address-count",
    "associate-public-ip-address",
)


class _Count(Argument):
    """``--count N`` or ``--count MIN:MAX``."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        params["MinCount"], params["MaxCount"] = _counts(given.value)
        for member in ("MinCount", "MaxCount"):
            reading.record((member,), given)


def _counts(value: Any) -> tuple[int, int]:
    low, colon, high = value.partition(":") if isinstance(value, str) else ("", "", "")
    try:
        if ":" in high:
            raise ValueError(value)
        return int(low), int(high if colon else low)
    except ValueError:
        text = value if isinstance(value, str) else None
        raise ShorthandError(
            f"{value!r} is not a count: give N, or MIN:MAX (1, or 1:10)",
            text,
            0 if text is not None else None,
            end=len(text) if text is not None else None,
        ) from None


def _first_interface(params: dict[str, Any]) -> dict[str, Any]:
    """``NetworkInterfaces[0]``, made when the request has no interfaces yet."""
    if _INTERFACES not in params:
        params[_INTERFACES] = [{"DeviceIndex": 0}]
    interfaces = params[_INTERFACES]
    if not (isinstance(interfaces, list) and interfaces and isinstance(interfaces[0], dict)):
        raise ShorthandError(
            "--network-interfaces gives no first interface to add this to "
            f"(it gives {interfaces!r})"
        )
    first: dict[str, Any] = interfaces[0]
    return first


class _SecondaryAddresses(Argument):
    """The addresses, as secondary private addresses of the first interface."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        if not given.value:
            return
        # A file's content stands for the list: the AWS CLI then takes it character by
        # character, as it iterates any text.
        addresses = [{"PrivateIpAddress": ip, "Primary": False} for ip in given.value]
        interface = _first_interface(params)
        if "PrivateIpAddresses" not in interface:
            interface["PrivateIpAddresses"] = addresses
            reading.record((_INTERFACES, 0, "PrivateIpAddresses"), given)


class _SecondaryCount(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        count = reading.state[_STATE]
        if count:
            _first_interface(params)["SecondaryPrivateIpAddressCount"] = count
            reading.record((_INTERFACES, 0, "SecondaryPrivateIpAddressCount"), given)


class _PublicAddress(Argument):
    """``--associate-public-ip-address`` (True) or its ``--no-`` twin (False)."""

    sends: bool = True

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        _first_interface(params)["AssociatePublicIpAddress"] = self.sends
        reading.record((_INTERFACES, 0, "AssociatePublicIpAddress"), given)


def _add_options(table: ArgumentTable) -> None:
    table.remove("min-count")
    table.remove("max-count")
    table.add(
        _Count(
            "count",
            doc="How many instances to launch: N (at least and at most N), or MIN:MAX.",
        )
    )
    table.add(
        _SecondaryAddresses(
            "secondary-private-ip-addresses",
            reads=Reads.LIST,
            type_label="list",
            doc="Secondary private IP addresses of the first network interface.",
        )
    )
    table.add(
        _SecondaryCount(
            "secondary-private-ip-address-count",
            type_label="integer",
            # argparse converts it, before any file is read: file://... is not a number.
            reads_files=False,
            doc="How many secondary private IP addresses the first network interface gets.",
        )
    )
    associate = _PublicAddress(
        "associate-public-ip-address",
        reads=Reads.FLAG,
        type_label="boolean",
        doc="Give the first network interface a public IPv4 address.",
    )
    dissociate = _PublicAddress(
        "no-associate-public-ip-address",
        reads=Reads.FLAG,
        type_label="boolean",
        doc="Give the first network interface no public IPv4 address (wins over the above).",
    )
    dissociate.sends = False
    table.add(associate)
    table.add(dissociate)


def _check_options(reading: Reading) -> None:
    """The count of secondary addresses is a number; the simple options and
    ``--network-interfaces`` do not mix."""
    command = reading.command
    count = command.given.get("secondary-private-ip-address-count")
    reading.state[_STATE] = _number(reading, count) if count is not None else None
    interfaces = command.given.get("network-interfaces")
    if interfaces is None or not interfaces.value:
        return
    for name in _SIMPLE:
        given = command.given.get(name)
        if given is None:
            continue
        # The count as a number (0 counts as not given); the others as written.
        value = (
            reading.state[_STATE] if name == "secondary-private-ip-address-count" else given.value
        )
        if value:
            raise command.error_at(
                name,
                "cannot be given with --network-interfaces: say it inside the interface "
                "(or give the simple options alone)",
            )


def _number(reading: Reading, given: Given) -> int:
    try:
        return int(given.value)
    except (TypeError, ValueError):
        name = given.argument.name
        raise reading.command.error_at(name, f"expects an integer, not {given.value!r}") from None


def _with_default_counts(params: Mapping[str, Any]) -> Mapping[str, Any]:
    """The request as the AWS CLI sends it: both counts default to 1."""
    return {"MaxCount": _DEFAULT_COUNT, "MinCount": _DEFAULT_COUNT, **params}


def _write(table: ArgumentTable, params: Mapping[str, Any]) -> tuple[list[str], set[str]] | None:
    """``--count`` for the two counts."""
    low, high = params.get("MinCount"), params.get("MaxCount")
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (low, high)):
        return None
    text = str(low) if low == high else f"{low}:{high}"
    return [f"--count={text}"], {"MinCount", "MaxCount"}


register(
    "addcount and runinstances",
    "ec2",
    ("run-instances",),
    arguments=_add_options,
    parsed=_check_options,
    sent_as=_with_default_counts,
    write=_write,
)
