"""Timestamps are checked as botocore checks them before it sends: ``2026-13-45`` is refused.

botocore reads a timestamp member as seconds since the epoch or as a date and
time ``dateutil`` parses; anything else it refuses ("Invalid type for
parameter StartTime"). ``validate`` passed such values. Each value here is
also given to the AWS CLI v1 (the oracle): we refuse exactly what it refuses.
"""

from __future__ import annotations

import pytest
from bounded import run_bounded

from ec2shorthand import InvalidRequestError, parse_command, validate

HISTORY = "describe-spot-price-history"
VALUES = [
    # refused by botocore
    "2026-13-45",
    "yesterday",
    "",
    "2026-02-30",
    "2026-01-01T25:00:00",
    "nan",
    "inf",
    "not a date",
    "2026-01-01T00:00:00+25:00",
    # read by botocore
    "2026-01-31",
    "2026-01-31T12:00:00Z",
    "2026-01-31T12:00:00.123456+02:00",
    "1700000000",
    "0",
    "-1",
    "1.5",
    "Sat, 31 Jan 2026 12:00:00 GMT",
    "Jan 31 2026",
    "12:00",
]


@pytest.mark.parametrize("value", VALUES)
def test_a_timestamp_is_refused_exactly_when_the_aws_cli_refuses_it(value: str) -> None:
    pytest.importorskip("awscli")
    from oracle import aws_request

    expected = aws_request(HISTORY, ["--start-time", value])
    found = [d.rule for d in validate(HISTORY, {"StartTime": value}) if d.severity == "error"]
    assert bool(found) == (not expected.accepted), (found, expected.error)
    if found:
        assert found == ["model.type"]
        with pytest.raises(InvalidRequestError, match="not a timestamp"):
            parse_command(HISTORY, ["--start-time", value])
    else:
        assert parse_command(HISTORY, ["--start-time", value]) == {"StartTime": value}


def test_the_cli_refuses_it_with_its_place_and_what_is_read() -> None:
    argv = ["validate", HISTORY, "--start-time", "2026-13-45", "--end-time", "yesterday"]
    found = run_bounded(f"measure_cli({argv!r})")
    assert found.outcome == "exit" and found["code"] == 1, found.details
    said = found["stdout"]
    assert said.count("not a timestamp") == 2
    assert "ISO 8601" in said and "seconds since the epoch" in said


def test_timestamps_inside_structures_and_lists_are_checked() -> None:
    request = {"Filters": [{"Name": "timestamp", "Values": ["yesterday"]}]}
    assert validate(HISTORY, request) == []  # a filter's value is text, not a timestamp
    bad = {"StartTime": "2026-01-01", "EndTime": "2026-13-01"}
    assert [d.path for d in validate(HISTORY, bad)] == ["EndTime"]
