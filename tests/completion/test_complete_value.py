"""Completing a shorthand value as typed: members not yet given, by type; enums; booleans."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ec2shorthand._model.bundled import service
from ec2shorthand._model.complete_value import complete_value
from ec2shorthand._model.example import example_value
from ec2shorthand._model.operation import get_operation
from ec2shorthand._model.writer import to_shorthand


def _offered(operation: str, member: str, typed: str, service_name: str = "ec2") -> list[str]:
    root = get_operation(service_name, operation).schema
    return [c.text for c in complete_value(root["properties"][member], typed, root=root)]


def test_members_not_yet_given_follow_what_is_typed() -> None:
    offered = _offered("authorize-security-group-ingress", "IpPermissions", "IpProtocol=tcp,Fr")
    assert offered == ["IpProtocol=tcp,FromPort="]


def test_each_member_ends_as_its_type_is_written() -> None:
    offered = _offered("authorize-security-group-ingress", "IpPermissions", "")
    assert "IpProtocol=" in offered  # a string
    assert "IpRanges=[{" in offered  # a list of structures
    assert "IpProtocol=tcp,IpProtocol=" not in _offered(
        "authorize-security-group-ingress", "IpPermissions", "IpProtocol=tcp,"
    )
    assert "Ebs={" in _offered("run-instances", "BlockDeviceMappings", "")  # a structure
    assert "Ipv6Ranges=[{" in _offered("authorize-security-group-ingress", "IpPermissions", "Ipv6")


def test_inside_brackets_the_item_members_are_offered() -> None:
    typed = "IpRanges=[{CidrIp=10.0.0.0/8,"
    assert _offered("authorize-security-group-ingress", "IpPermissions", typed) == [
        typed + "Description="
    ]
    assert _offered("authorize-security-group-ingress", "IpPermissions", "IpRanges=[{Ci") == [
        "IpRanges=[{CidrIp="
    ]


def test_after_a_closed_list_the_outer_members_come_back() -> None:
    typed = "IpRanges=[{CidrIp=10.0.0.0/8}],Fr"
    assert _offered("authorize-security-group-ingress", "IpPermissions", typed) == [
        typed[:-2] + "FromPort="
    ]


def test_enum_values_and_booleans() -> None:
    assert _offered("run-instances", "InstanceType", "t3.mic") == ["t3.micro"]
    assert sorted(_offered("run-instances", "TagSpecifications", "ResourceType=inst")) == [
        "ResourceType=instance",
        "ResourceType=instance-connect-endpoint",
        "ResourceType=instance-event-window",
    ]
    assert _offered("modify-instance-attribute", "EbsOptimized", "Value=t") == ["Value=true"]


def test_nothing_is_offered_past_a_mistake_inside_quotes_or_for_json() -> None:
    for typed in ("IpProtocol tcp", "=x", "IpRanges=[{CidrIp='10.0", '[{"IpProtocol": "t', "{"):
        assert _offered("authorize-security-group-ingress", "IpPermissions", typed) == []


def test_a_map_offers_no_keys_but_its_values_are_read() -> None:
    root = get_operation("lambda", "create-function").schema
    variables = root["properties"]["Environment"]
    assert [c.text for c in complete_value(variables, "Variables={A=1,", root=root)] == []
    assert [c.text for c in complete_value(variables, "", root=root)] == ["Variables={"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="IpRangesCidr=[]{},'\" tcpFromPort0/.x", max_size=40))
def test_any_text_gives_candidates_that_extend_it(typed: str) -> None:
    root = get_operation("ec2", "authorize-security-group-ingress").schema
    for candidate in complete_value(root["properties"]["IpPermissions"], typed, root=root):
        assert candidate.text.startswith(typed)
        assert candidate.text.endswith(candidate.label)


# Where a member's name starts in a written value: at the start, after a comma or a brace.
_KEY_START = re.compile(r"(?:^|(?<=[,{]))([A-Za-z0-9_.#/:-]+)=(\[\{|\[|\{)?")


def _structure_members(service_name: str, count: int) -> list[tuple[str, str]]:
    model = service(service_name)
    found = []
    for name in model.operation_names:
        schema = get_operation(service_name, name).schema
        for member, member_schema in schema["properties"].items():
            if "$ref" in member_schema or member_schema.get("type") == "array":
                found.append((name, member))
        if len(found) >= count:
            break
    return found[:count]


@pytest.mark.parametrize(("operation", "member"), _structure_members("ec2", 60))
def test_every_member_of_a_written_example_is_offered_where_it_starts(
    operation: str, member: str
) -> None:
    root = get_operation("ec2", operation).schema
    schema = root["properties"][member]
    value: Any = example_value(schema, root)
    item_schema = schema
    if isinstance(value, list):
        if not value or not isinstance(value[0], dict):
            return
        value, item_schema = value[0], schema["items"]
    if not isinstance(value, dict):
        return
    text = to_shorthand(value, item_schema, root)
    checked = 0
    for match in _KEY_START.finditer(text):
        if "'" in text[: match.start()] or '"' in text[: match.start()]:
            break  # past a quoted value the positions are no longer plain to find
        typed = text[: match.start() + 1]
        written = text[: match.end()]
        offered = [c.text for c in complete_value(schema, typed, root=root)]
        assert any(written.startswith(c) or c.startswith(written) for c in offered), (
            typed,
            written,
            offered,
        )
        checked += 1
    assert checked or not value


def test_a_map_whose_keys_are_listed_offers_the_keys_not_given() -> None:
    root = get_operation("sqs", "create-queue", cli_version=2).schema
    attributes = root["properties"]["Attributes"]
    offered = [c.text for c in complete_value(attributes, "DelaySeconds=0,Vis", root=root)]
    assert offered == ["DelaySeconds=0,VisibilityTimeout="]
    given = [c.text for c in complete_value(attributes, "Policy=x,", root=root)]
    assert "Policy=x,Policy=" not in given and "Policy=x,DelaySeconds=" in given
