"""Schema-driven coercion, on the bundled schemas and on a caller's own."""

from __future__ import annotations

from typing import Any

import pytest

from ec2shorthand import TypeCoercionError, coerce, parse_shorthand

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "Port": {"type": "integer"},
        "Ratio": {"type": "number"},
        "Enabled": {"type": "boolean"},
        "Name": {"type": "string"},
        "Ports": {"type": "array", "items": {"type": "integer"}},
        "Tags": {"type": "array", "items": {"$ref": "#/$defs/Tag"}},
        "Labels": {"type": "object", "additionalProperties": {"type": "integer"}},
        "Tree": {"$ref": "#/$defs/Node"},
    },
    "$defs": {
        "Tag": {
            "type": "object",
            "properties": {"Key": {"type": "string"}, "Weight": {"type": "integer"}},
        },
        "Node": {
            "type": "object",
            "properties": {"Depth": {"type": "integer"}, "Child": {"$ref": "#/$defs/Node"}},
        },
    },
}


def _typed(text: str) -> Any:
    return coerce(parse_shorthand(text), SCHEMA)


def test_scalars_take_the_schema_types() -> None:
    assert _typed("Port= +22 ,Ratio=1.5,Enabled=TRUE,Name=007") == {
        "Port": 22,
        "Ratio": 1.5,
        "Enabled": True,
        "Name": "007",
    }


def test_boolean_words_other_than_true_false_are_left_for_validation() -> None:
    assert _typed("Enabled=yes") == {"Enabled": "yes"}


def test_arrays_convert_each_item_and_wrap_a_single_value_unconverted() -> None:
    assert _typed("Ports=1,2,3") == {"Ports": [1, 2, 3]}
    # As in the AWS CLI: the wrapped single value is not converted.
    assert _typed("Ports=5") == {"Ports": ["5"]}
    assert _typed("Tags={Key=a,Weight=1}") == {"Tags": [{"Key": "a", "Weight": "1"}]}
    assert _typed("Tags=[{Key=a,Weight=1}]") == {"Tags": [{"Key": "a", "Weight": 1}]}


def test_maps_convert_their_values_and_refs_may_recurse() -> None:
    assert _typed("Labels={a=1,b=2}") == {"Labels": {"a": 1, "b": 2}}
    assert _typed("Tree={Depth=0,Child={Depth=1,Child={Depth=2}}}") == {
        "Tree": {"Depth": 0, "Child": {"Depth": 1, "Child": {"Depth": 2}}}
    }


def test_members_follow_schema_order_and_unknown_members_are_kept() -> None:
    typed = _typed("Zed=1,Name=x,Port=1")
    assert list(typed) == ["Port", "Name", "Zed"]
    assert typed["Zed"] == "1"


def test_a_value_that_cannot_convert_names_its_path() -> None:
    with pytest.raises(TypeCoercionError) as caught:
        _typed("Tree={Child={Depth=deep}}")
    assert caught.value.msg == "Tree.Child.Depth: 'deep' is not an integer"
    assert caught.value.path == ("Tree", "Child", "Depth")


def test_a_list_where_an_integer_is_wanted_is_an_error() -> None:
    with pytest.raises(TypeCoercionError, match=r"Port: expected an integer, got a list"):
        _typed("Port=1,2")


def test_matches_the_aws_cli_back_compat_visitor() -> None:
    """The same walk as the AWS CLI over the real IpPermissions model."""
    pytest.importorskip("awscli")
    import botocore.session
    from awscli.shorthand import BackCompatVisitor, ShorthandParser
    from operations import load_schema

    model = (
        botocore.session.get_session()
        .get_service_model("ec2")
        .operation_model("RevokeSecurityGroupIngress")
        .input_shape.members["IpPermissions"]
    )
    root = load_schema("revoke-security-group-ingress")
    for text in [
        "IpProtocol=icmp,FromPort=3,ToPort=4,IpRanges=[{CidrIp=0.0.0.0/0}]",
        "FromPort= 22 ,ToPort=+25,IpRanges={CidrIp=x},UserIdGroupPairs=[{GroupId=sg-1}]",
        "IpProtocol=-1,Ipv6Ranges=[{CidrIpv6=::/0},{CidrIpv6=2001:db8::/32,Description=x}]",
    ]:
        theirs = [ShorthandParser().parse(text)]
        BackCompatVisitor().visit(theirs, model)
        assert coerce([parse_shorthand(text)], root["properties"]["IpPermissions"], root) == theirs
