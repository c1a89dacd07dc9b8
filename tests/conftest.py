"""Shared test settings: hypothesis profiles (CI runs more examples, never a deadline)."""

import os
import sys
from pathlib import Path

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
