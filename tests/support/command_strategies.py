"""Hypothesis strategies that write whole security-group command lines.

They mix every kind of argument the AWS CLI takes for these operations, with
good and bad values, in any order and either spelling (``--opt value``,
``--opt=value``), so the differential tests see acceptances and refusals.
"""

from __future__ import annotations

import json

from hypothesis import strategies as st
from strategies import ip_permission_shorthand

SIMPLIFIED_OPERATIONS = (
    "authorize-security-group-ingress",
    "authorize-security-group-egress",
    "revoke-security-group-ingress",
    "revoke-security-group-egress",
)
UPDATE_OPERATIONS = (
    "update-security-group-rule-descriptions-ingress",
    "update-security-group-rule-descriptions-egress",
)

_PROTOCOLS = [
    "tcp",
    "udp",
    "icmp",
    "all",
    "-1",
    "6",
    "17",
    "255",
    "256",
    "icmpv6",
    "TCP",
    "",
    " 6",
    "1_7",
    "gre",
]
_PORTS = [
    "22", "22-25", "-1", "all", "3-4", "3--1", "8-0", " 22 ", "+5", "5-", "x", "", "1-2-3", "٣",
    "65535", "-5", "0", "22 - 25", "ALL", "1_000",
]  # fmt: skip
_CIDRS = ["203.0.113.0/24", "10.0.0.0/8", "0.0.0.0/0", "not-a-cidr", "", "2001:db8::/32"]
_GROUPS = ["sg-1a2b3c4d", "sg-0123456789abcdef0", "web-tier", "default", ""]
_OWNERS = ["123456789012", "amazon-elb", ""]
_INTEGERS = ["22", "-1", "abc", "+7", " 8 ", "1.5", ""]


def _option(name: str, value: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.tuples(value, st.booleans()).map(
        lambda pair: [f"--{name}={pair[0]}"] if pair[1] else [f"--{name}", pair[0]]
    )


def _tags() -> st.SearchStrategy[list[str]]:
    shorthand = st.sampled_from(
        [
            "ResourceType=security-group-rule,Tags=[{Key=team,Value=web}]",
            "ResourceType=security-group-rule,Tags={Key=a,Value=b}",
            "ResourceType=security-group-rule",
            "Tags=[{Key=a}]",
            "ResourceType=not-a-type,Tags=[]",
            "Bogus=1",
        ]
    )
    as_json = st.just(
        json.dumps([{"ResourceType": "security-group-rule", "Tags": [{"Key": "k", "Value": "v"}]}])
    )
    return st.lists(st.one_of(shorthand, as_json), min_size=1, max_size=2).map(
        lambda values: ["--tag-specifications", *values]
    )


def _rule_ids() -> st.SearchStrategy[list[str]]:
    ids = st.lists(st.sampled_from(["sgr-0123456789abcdef0", "sgr-1", "x y"]), max_size=3)
    return st.one_of(
        ids.map(lambda values: ["--security-group-rule-ids", *values]),
        ids.map(lambda values: ["--security-group-rule-ids", json.dumps(values)]),
    )


def _globals() -> st.SearchStrategy[list[str]]:
    return st.sampled_from(
        [["--region", "eu-west-1"], ["--output", "text"], ["--output", "yaml"], ["--debug"],
         ["--no-paginate"], ["--cli-read-timeout", "5"], ["--cli-read-timeout", "x"]]
    )  # fmt: skip


@st.composite
def security_group_commands(draw: st.DrawFn) -> tuple[str, list[str]]:
    """``(operation, argv)`` with a mix of this operation's arguments."""
    operation = draw(st.sampled_from(SIMPLIFIED_OPERATIONS + UPDATE_OPERATIONS))
    parts: list[list[str]] = [draw(_option("group-id", st.sampled_from(["sg-0123456789abcdef0"])))]
    pieces = [
        _option("protocol", st.sampled_from(_PROTOCOLS)),
        _option("port", st.sampled_from(_PORTS)),
        _option("cidr", st.sampled_from(_CIDRS)),
        _option("source-group", st.sampled_from(_GROUPS)),
        _option("group-owner", st.sampled_from(_OWNERS)),
        _option("ip-protocol", st.sampled_from(_PROTOCOLS)),
        _option("from-port", st.sampled_from(_INTEGERS)),
        _option("to-port", st.sampled_from(_INTEGERS)),
        _option("cidr-ip", st.sampled_from(_CIDRS)),
        _option("source-security-group-name", st.sampled_from(_GROUPS)),
        _option("source-security-group-owner-id", st.sampled_from(_OWNERS)),
        st.lists(ip_permission_shorthand(0.0), min_size=0, max_size=2).map(
            lambda texts: ["--ip-permissions", *texts]
        ),
        st.sampled_from([["--dry-run"], ["--no-dry-run"]]),
        _tags(),
        _rule_ids(),
        _globals(),
    ]
    chosen = draw(st.lists(st.sampled_from(range(len(pieces))), max_size=5, unique=True))
    parts += [draw(pieces[index]) for index in chosen]
    order = draw(st.permutations(parts))
    return operation, [arg for part in order for arg in part]
