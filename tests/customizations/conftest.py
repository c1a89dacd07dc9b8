"""Fixtures of the customization tests: the AWS CLI's stage-1 oracle, made once a session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from stage_one import StageOne  # found through the path above
from stage_one_v2 import V2StageOne


@pytest.fixture(scope="session")
def cli() -> Iterator[StageOne]:
    """The AWS CLI, run on a forked copy of one pristine driver per command."""
    pytest.importorskip("awscli")
    oracle = StageOne()
    yield oracle
    oracle.close()


@pytest.fixture(scope="session")
def v2_cli(v2_oracle: Any) -> V2StageOne:
    """The AWS CLI v2, asked as ``cli`` is (skipped where it is not installed)."""
    return V2StageOne(v2_oracle)
