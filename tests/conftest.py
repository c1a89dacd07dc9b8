"""Shared test settings: hypothesis profiles (CI runs more examples, never a deadline)."""

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
# For long runs by hand (`pytest --hypothesis-profile=many`), such as the whole model's
# command lines against the AWS CLI.
settings.register_profile(
    "many", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# The tests' own helpers (the AWS CLI oracle, strategies, the example-page harness) are
# imported by plain name, as scripts/sweep_examples.py imports them.
sys.path.insert(0, str(Path(__file__).parent / "support"))


@pytest.fixture(scope="session")
def v2_oracle() -> Iterator[Any]:
    """The AWS CLI v2 (tests/support/v2_oracle.py), one server for the session; skips without it."""
    from v2_oracle import V2Oracle, require_v2

    with V2Oracle(require_v2()) as oracle:
        yield oracle


@pytest.fixture
def as_v2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read commands as the AWS CLI v2 whatever EC2SHORTHAND_CLI_VERSION says (a v2 feature)."""
    monkeypatch.setenv("EC2SHORTHAND_CLI_VERSION", "2")
