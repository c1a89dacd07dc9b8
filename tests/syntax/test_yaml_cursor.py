"""The reading of a block-style YAML request's text before the cursor."""

from __future__ import annotations

import pytest

from ec2shorthand._syntax.json_cursor import JsonCursor
from ec2shorthand._syntax.yaml_cursor import yaml_cursor


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("GroupId: sg-1\nIp", JsonCursor("key", (), ("GroupId",), "Ip", False)),
        (
            "IpPermissions:\n- IpProtocol: tcp\n  ",
            JsonCursor("key", ("IpPermissions", 0), ("IpProtocol",), "", False),
        ),
        (
            "IpPermissions:\n  - IpProtocol: tcp\n    FromPort: 22\n  - ",
            JsonCursor("key", ("IpPermissions", 1), (), "", False),
        ),
        (
            "IpPermissions:\n- IpProtocol: tcp\n- IpRanges:\n  - CidrIp: 10.0.0.0/8\n    ",
            JsonCursor("key", ("IpPermissions", 1, "IpRanges", 0), ("CidrIp",), "", False),
        ),
        ("A:\n  B: 1\n  C:\n    D: 2\n  ", JsonCursor("key", ("A",), ("B", "C"), "", False)),
        (
            "# a comment\nInstanceType: t3.mi",
            JsonCursor("string", ("InstanceType",), (), "t3.mi", False),
        ),
        ("A:\n  - x\n  - y\nB: 'tr", JsonCursor("string", ("B",), ("A",), "tr", True)),
    ],
)
def test_where_the_cursor_is(prefix: str, expected: JsonCursor) -> None:
    assert yaml_cursor(prefix) == expected


@pytest.mark.parametrize(
    "prefix", ["A: {B: 1}\n", "A: [1, 2]\nB: ", "A: |\n  text\n", "not a key line\n"]
)
def test_no_answer_where_the_reading_does_not_know_the_text(prefix: str) -> None:
    assert yaml_cursor(prefix) is None
