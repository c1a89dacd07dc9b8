"""CI's checks (.ci/checks) run every linter even when the tests fail, and fail if any failed.

Each case runs the script on a stand-in checkout whose ``.venv/bin`` commands
log their arguments and exit with a chosen status.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

CHECKS = Path(__file__).resolve().parents[1] / ".ci" / "checks"
COMMANDS = ("python", "pytest", "ruff", "mypy")


def _run(tmp_path: Path, exits: dict[str, int]) -> tuple[int, list[str], str]:
    bin_folder = tmp_path / ".venv" / "bin"
    bin_folder.mkdir(parents=True)
    log = tmp_path / "log"
    for command in COMMANDS:
        stand_in = bin_folder / command
        stand_in.write_text(
            f'#!/bin/sh\necho "{command} $*" >> "{log}"\nexit {exits.get(command, 0)}\n'
        )
        stand_in.chmod(0o755)
    done = subprocess.run(
        ["bash", str(CHECKS)],
        env={**os.environ, "CI_ROOT": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,  # a hang guard
        check=False,
    )
    return done.returncode, log.read_text().splitlines(), done.stderr


@pytest.mark.parametrize("pytest_exit", [1, 2, 5])
def test_the_linters_run_when_the_tests_fail_and_ci_fails(tmp_path: Path, pytest_exit: int) -> None:
    code, ran, said = _run(tmp_path, {"pytest": pytest_exit})
    assert code == 1
    assert "pytest --durations=20" in ran
    assert [line.split()[0] for line in ran[-3:]] == ["ruff", "ruff", "mypy"]
    assert "ruff format --check ec2shorthand tests bench scripts fuzz" in ran
    assert f"pytest (exit {pytest_exit})" in said


def test_a_lint_failure_alone_fails_ci(tmp_path: Path) -> None:
    code, _, said = _run(tmp_path, {"mypy": 1})
    assert code == 1 and "mypy (exit 1)" in said and "pytest" not in said


def test_every_check_passing_passes(tmp_path: Path) -> None:
    code, ran, _ = _run(tmp_path, {})
    assert code == 0
    assert [line.split()[0] for line in ran] == ["python"] * 3 + ["pytest", "ruff", "ruff", "mypy"]
