"""The tolerant reading of a JSON document's text before the cursor."""

from __future__ import annotations

import json

import pytest

from ec2shorthand._syntax.json_cursor import JsonCursor, json_cursor


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("{", JsonCursor("key", (), (), "", False)),
        ('{"Gro', JsonCursor("key", (), (), "Gro", True)),
        ('{"A": 1, "B": [{"C": "x", "', JsonCursor("key", ("B", 0), ("C",), "", True)),
        ('{"A": [1, 2, {', JsonCursor("key", ("A", 2), (), "", False)),
        ('{"A": ', JsonCursor("value", ("A",), ("A",), "", False)),
        ('{"A": tr', JsonCursor("value", ("A",), ("A",), "tr", False)),
        ('{"A": {"B": "t3.mi', JsonCursor("string", ("A", "B"), ("B",), "t3.mi", True)),
        ('{"A": [], "B": {}, "', JsonCursor("key", (), ("A", "B"), "", True)),
        ('{"A\\"b": 1, "', JsonCursor("key", (), ('A"b',), "", True)),
    ],
)
def test_where_the_cursor_is(prefix: str, expected: JsonCursor) -> None:
    assert json_cursor(prefix) == expected


@pytest.mark.parametrize(
    "prefix",
    ['{"A" 1', '{"A": 1 "B"', "{]", '{"A": "x\n', '{"A": 1}', '{"A": 1,,', "{'A'"],
)
def test_no_answer_past_a_mistake_or_after_a_finished_value(prefix: str) -> None:
    assert json_cursor(prefix) is None


def test_every_prefix_of_a_document_is_read_or_refused_without_raising() -> None:
    text = json.dumps(
        {"GroupId": "sg-1", "IpPermissions": [{"IpProtocol": "tcp", "IpRanges": [{}]}], "X": True},
        indent=2,
    )
    answers = [json_cursor(text[:end]) for end in range(len(text) + 1)]
    assert any(answer is not None and answer.place == "key" for answer in answers)
    assert any(answer is not None and answer.place == "string" for answer in answers)
