"""Grammar coverage from fixture files: tests/data/shorthand/{valid,invalid}.

Each valid ``NAME.txt`` stands beside ``NAME.json``, the tree the AWS CLI's
own parser built for it when the fixture was written; each invalid one beside
``NAME.error.json`` with our error class, position and message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ec2shorthand
from ec2shorthand import ShorthandError, parse_shorthand

DATA = Path(__file__).parents[1] / "data" / "shorthand"
VALID = sorted((DATA / "valid").glob("*.txt"))
INVALID = sorted((DATA / "invalid").glob("*.txt"))


def _ids(paths: list[Path]) -> list[str]:
    return [path.stem for path in paths]


@pytest.mark.parametrize("source", VALID, ids=_ids(VALID))
def test_valid_fixture_parses_to_its_json(source: Path) -> None:
    expected = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    assert parse_shorthand(source.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize("source", INVALID, ids=_ids(INVALID))
def test_invalid_fixture_raises_its_error(source: Path) -> None:
    expected = json.loads(source.with_suffix(".error.json").read_text(encoding="utf-8"))
    text = source.read_text(encoding="utf-8")
    with pytest.raises(ShorthandError) as caught:
        parse_shorthand(text)
    error = caught.value
    assert type(error).__name__ == expected["error"]
    assert isinstance(error, getattr(ec2shorthand, expected["error"]))
    assert (error.pos, error.msg) == (expected["pos"], expected["message"])
    assert 0 <= error.pos <= len(text)


@pytest.mark.parametrize("source", VALID, ids=_ids(VALID))
def test_valid_fixture_matches_the_aws_cli(source: Path) -> None:
    """The recorded JSON is still what the installed AWS CLI builds."""
    shorthand = pytest.importorskip("awscli.shorthand")
    expected = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    assert shorthand.ShorthandParser().parse(source.read_text(encoding="utf-8")) == expected


# Inputs the AWS CLI accepts but we reject on purpose (README, "Differences").
_DELIBERATELY_STRICTER = {"duplicate_key_in_structure", "escaped_comma_item_before_key"}


@pytest.mark.parametrize("source", INVALID, ids=_ids(INVALID))
def test_invalid_fixture_is_rejected_by_the_aws_cli(source: Path) -> None:
    shorthand = pytest.importorskip("awscli.shorthand")
    parser = shorthand.ShorthandParser()
    if source.stem in _DELIBERATELY_STRICTER:
        parser.parse(source.read_text(encoding="utf-8"))  # accepted there, and lossy
    else:
        with pytest.raises(shorthand.ShorthandParseError):
            parser.parse(source.read_text(encoding="utf-8"))
