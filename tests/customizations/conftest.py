"""Fixtures of the customization tests: the AWS CLI's stage-1 oracle, made once a session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from stage_one import StageOne  # found through the path above


@pytest.fixture(scope="session")
def cli() -> Iterator[StageOne]:
    """The AWS CLI, run on a forked copy of one pristine driver per command."""
    pytest.importorskip("awscli")
    oracle = StageOne()
    yield oracle
    oracle.close()
