"""Hypothesis strategies for whole requests, generated from the bundled schemas.

The shape (which members, lists, nesting) follows the schema; values come
from pools of realistic and borderline ones for the members our rules know
(ids, CIDRs, protocols, ports, descriptions) and free text elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st
from operations import load_schema

_POOLS: dict[str, st.SearchStrategy[Any]] = {
    "GroupId": st.sampled_from(["sg-1a2b3c4d", "sg-0123456789abcdef0", "sg-1", "sg-XYZ12345"]),
    "GroupName": st.sampled_from(["web", "default", "my group"]),
    "CidrIp": st.sampled_from(
        ["10.0.0.0/8", "203.0.113.7/32", "0.0.0.0/0", "10.0.0.0", "300.0.0.0/8"]
    ),
    "CidrIpv6": st.sampled_from(["::/0", "2001:db8::/32", "2001:db8::/129", "fe80::1"]),
    "IpProtocol": st.sampled_from(["tcp", "udp", "icmp", "icmpv6", "-1", "6", "47", "all", "gre"]),
    "FromPort": st.sampled_from([-1, 0, 3, 22, 443, 65535, 70000, -5]),
    "ToPort": st.sampled_from([-1, 0, 4, 22, 443, 65535, 70000]),
    "Description": st.sampled_from(["SSH", "office VPN (NY)", "", "50% off", "x" * 256]),
    "PrefixListId": st.sampled_from(["pl-63a5400a", "pl-002dc3ec097de1514", "pl-xyz"]),
    "UserId": st.sampled_from(["123456789012", "12345"]),
    "SourceSecurityGroupOwnerId": st.sampled_from(["123456789012", "12345"]),
    "ResourceType": st.sampled_from(["security-group-rule", "security-group", "not-a-type"]),
}


def _resolved(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        resolved: Mapping[str, Any] = root["$defs"][ref.removeprefix("#/$defs/")]
        return resolved
    return schema


def _value(schema: Mapping[str, Any], root: Mapping[str, Any], name: str) -> st.SearchStrategy[Any]:
    if name in _POOLS:
        return _POOLS[name]
    schema = _resolved(schema, root)
    kind = schema.get("type")
    if kind == "object":
        return _object(schema, root)
    if kind == "array":
        return st.lists(_value(schema.get("items", {}), root, name), max_size=2)
    if kind == "integer":
        return st.integers(-2, 70000)
    if kind == "boolean":
        return st.booleans()
    return st.text(alphabet="abcXYZ019-_ .", max_size=12)


def _object(
    schema: Mapping[str, Any], root: Mapping[str, Any]
) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties", {})
    optional = {name: _value(sub, root, name) for name, sub in properties.items()}
    required = {name: optional.pop(name) for name in schema.get("required", ()) if name in optional}
    return st.fixed_dictionaries(required, optional=optional)


def requests_for(operation: str) -> st.SearchStrategy[dict[str, Any]]:
    """Requests shaped by ``operation``'s schema, with realistic and borderline values."""
    root = load_schema(operation)
    return _object(root, root)


def _typed(schema: Mapping[str, Any], root: Mapping[str, Any], name: str) -> st.SearchStrategy[Any]:
    schema = _resolved(schema, root)
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        optional = {member: _typed(sub, root, member) for member, sub in properties.items()}
        required = {
            member: optional.pop(member)
            for member in schema.get("required", ())
            if member in optional
        }
        return st.fixed_dictionaries(required, optional=optional)
    if kind == "array":
        return st.lists(_typed(schema.get("items", {}), root, name), max_size=3)
    if kind == "integer":
        return st.integers(-(2**40), 2**40)
    if kind == "boolean":
        return st.booleans()
    nasty = st.text(max_size=12)
    readable = st.text(alphabet="abcXYZ019-_ .,=[]{}'\"\\@/:", max_size=12)
    return (
        st.one_of(_POOLS.get(name, readable), readable, nasty)
        if name in _POOLS
        else st.one_of(readable, nasty)
    )


def typed_requests_for(operation: str) -> st.SearchStrategy[dict[str, Any]]:
    """Requests of the right types and members (model-valid), with any text in their strings."""
    root = load_schema(operation)
    return _typed(root, root, "")
