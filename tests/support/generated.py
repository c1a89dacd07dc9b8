"""A generated data file is what its script builds now (``scripts/build_X.py --check``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

__all__ = ["assert_up_to_date"]

ROOT = Path(__file__).resolve().parents[2]


def assert_up_to_date(script: str) -> None:
    """Run ``scripts/SCRIPT --check`` (in this Python) and fail with its output if it differs."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), "--check"],
        capture_output=True,
        text=True,
        timeout=600,  # a hang guard only
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
