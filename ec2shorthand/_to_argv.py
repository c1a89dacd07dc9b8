"""A request back to the ``aws ec2`` command line that sends it.

Each member is written the simplest way that carries it exactly: the
simplified rule options when the request is one rule they can say, else
shorthand (one value per list item), else JSON. A member no option can carry
as it is (a value the AWS CLI would read as a file name, say) goes into
``--cli-input-json``. Every command line is read back before it is returned.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping
from typing import Any

from ._command import check_command
from ._errors import ShorthandError
from ._options import Kind, Option, options_for
from ._schemas import load_schema
from ._secgroup import SIMPLIFIED_OPERATIONS
from ._writer import to_shorthand

__all__ = ["to_argv", "to_command"]

# What the AWS CLI would read as something else than the text itself.
_READ_AS_FILE = ("file://", "fileb://", "http://", "https://")


def to_argv(operation: str, params: Mapping[str, Any]) -> list[str]:
    """The ``aws ec2 OPERATION`` arguments that send ``params`` (API key order).

    Raises :class:`ShorthandError` for a request no command line sends (one
    with a member the operation does not have, say).
    """
    try:
        json.dumps(params, allow_nan=False)
    except (TypeError, ValueError):
        raise ShorthandError(
            "the request holds values no command line carries "
            "(bytes from fileb://, NaN or Infinity)"
        ) from None
    rule = _simplified_rule(operation, params.get("IpPermissions"))
    in_document: set[str] = set()
    while True:
        argv = _argv(operation, params, rule, in_document)
        back = _read_back(operation, argv)
        if back is not None and _same(back, params):
            return argv
        # Not read back as written: first give up the rule options, then move
        # what differs (everything, if nothing read) into --cli-input-json,
        # which carries any value as it is. Each round gives something up.
        if rule is not None:
            rule = None
            continue
        differing = {m for m in params if back is None or not _same(back.get(m), params[m])}
        if not differing - in_document:
            raise ShorthandError("the request cannot be written as a command line exactly")
        in_document |= differing


def _argv(
    operation: str, params: Mapping[str, Any], rule: list[str] | None, in_document: set[str]
) -> list[str]:
    root = load_schema(operation)
    argv: list[str] = []
    leftover: dict[str, Any] = {}
    for option in options_for(operation):
        if option.member is None or option.member not in params:
            continue
        value = params[option.member]
        if option.member in in_document:
            leftover[option.member] = value
            continue
        if option.member == "IpPermissions" and rule is not None:
            argv += rule
            continue
        written = _written(option, value, root)
        if written is None:
            leftover[option.member] = value
        else:
            argv += written
    unknown = {key: value for key, value in params.items() if key not in root["properties"]}
    if leftover or unknown:
        argv += ["--cli-input-json", json.dumps({**leftover, **unknown}, ensure_ascii=False)]
    return argv


def to_command(operation: str, params: Mapping[str, Any]) -> str:
    """:func:`to_argv` as one shell-quoted command line: ``aws ec2 OPERATION ...``."""
    return shlex.join(["aws", "ec2", operation, *to_argv(operation, params)])


def _read_back(operation: str, argv: list[str]) -> dict[str, Any] | None:
    """The request ``argv`` sends, or None if it does not read."""
    try:
        return check_command(operation, argv, validate=False)[0]
    except ShorthandError:
        return None


def _same(left: Any, right: Any) -> bool:
    """Equal values of equal types (the request True is not the request 1)."""
    return json.dumps(left, sort_keys=True) == json.dumps(right, sort_keys=True)


def _flag_or_value(option: Option, text: str) -> list[str]:
    # --opt=value keeps a value that starts with '-' from reading as an option.
    return [f"--{option.name}={text}"] if text.startswith("-") else [f"--{option.name}", text]


def _plain(text: Any) -> bool:
    return isinstance(text, str) and not text.startswith(_READ_AS_FILE)


def _written(option: Option, value: Any, root: Mapping[str, Any]) -> list[str] | None:
    """The option and its value(s) for ``value``, or None when the command line cannot carry it."""
    if option.kind is Kind.FLAG:
        return (
            [f"--{option.name}" if value else f"--no-{option.name}"]
            if isinstance(value, bool)
            else None
        )
    if option.kind is Kind.STRING:
        return _flag_or_value(option, value) if _plain(value) else None
    if option.kind in (Kind.INTEGER, Kind.NUMBER) and isinstance(value, int | float):
        return None if isinstance(value, bool) else _flag_or_value(option, repr(value))
    if option.kind in (Kind.INTEGER, Kind.NUMBER):
        return None
    if option.kind is Kind.SCALAR_LIST:
        return _scalar_list(option, value)
    return _structured(option, value, root)


def _scalar_list(option: Option, value: Any) -> list[str] | None:
    if not isinstance(value, list):
        return None
    if all(_plain(item) and not item.startswith("-") for item in value) and not (
        value and value[0].strip().startswith("[")
    ):
        return [f"--{option.name}", *value]
    return [f"--{option.name}", json.dumps(value, ensure_ascii=False)]


def _structured(option: Option, value: Any, root: Mapping[str, Any]) -> list[str]:
    items = value if option.takes_many and isinstance(value, list) else [value]
    schema = option.schema
    item_schema = schema.get("items", {}) if option.takes_many else schema
    try:
        texts = [to_shorthand(item, item_schema, root) for item in items]
    except ShorthandError:
        texts = []
    if texts and not any(text.startswith(_READ_AS_FILE) for text in texts):
        return [f"--{option.name}", *texts]
    return [f"--{option.name}", json.dumps(value, ensure_ascii=False)]


def _simplified_rule(operation: str, permissions: Any) -> list[str] | None:
    """--protocol/--port/--cidr/--source-group/--group-owner, when they say the rule exactly."""
    if (
        operation not in SIMPLIFIED_OPERATIONS
        or not isinstance(permissions, list)
        or len(permissions) != 1
    ):
        return None
    rule = permissions[0]
    if not isinstance(rule, dict) or not rule:
        return None
    argv: list[str] = []
    protocol = rule.get("IpProtocol")
    if protocol is not None:
        if protocol not in ("tcp", "udp", "icmp", "-1") and not (
            isinstance(protocol, str) and protocol.isdigit() and int(protocol) <= 255
        ):
            return None
        argv += ["--protocol", "all" if protocol == "-1" else protocol]
    ports = (rule.get("FromPort"), rule.get("ToPort"))
    if ports != (None, None):
        if not all(isinstance(port, int) and not isinstance(port, bool) for port in ports):
            return None
        first, last = ports
        port = "all" if ports == (-1, -1) else str(first) if first == last else f"{first}-{last}"
        if port.startswith("-"):
            return None  # -5-7: the AWS CLI cannot read it either
        argv += ["--port", port]
    for member, read in (("IpRanges", _cidr), ("UserIdGroupPairs", _source)):
        if member in rule:
            written = read(rule[member])
            if written is None:
                return None
            argv += written
    if set(rule) - {"IpProtocol", "FromPort", "ToPort", "IpRanges", "UserIdGroupPairs"}:
        return None
    return argv


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
