"""The AWS CLI v2 as an oracle: the fork oracle, run by the v2 venv's Python in a child process.

The AWS CLI v2 and v1 are both the package ``awscli``, so v2 lives in a venv
of its own and never in the tests' process. ``V2Oracle`` starts
``v2_oracle_server.py`` with that venv's interpreter once and keeps it: each
``run(args)`` is one JSON line there and back, and the server forks a fresh
copy of its pristine v2 driver per command (exactly ``ForkOracle``), so the
record has the same fields as the v1 fork oracle's.

Where the v2 interpreter is: ``$EC2SHORTHAND_AWS_V2``, else
``.venv-awscli-v2/bin/python`` in the repository (``.ci/run`` installs it
there from ``../shared/oracle/awscli-2.36.7-src.tar.gz``). ``require_v2()``
skips a test, saying why, where neither exists (and fails it where the
variable names a missing file: CI sets it, and must never skip).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

__all__ = ["ENVIRONMENT_VARIABLE", "V2Oracle", "require_v2", "v2_package", "v2_python"]

ENVIRONMENT_VARIABLE = "EC2SHORTHAND_AWS_V2"
_REPOSITORY = Path(__file__).resolve().parents[2]
_DEFAULT = _REPOSITORY / ".venv-awscli-v2" / "bin" / "python"
_SERVER = Path(__file__).with_name("v2_oracle_server.py")


def v2_python() -> Path | None:
    """The interpreter of the AWS CLI v2's venv, if there is one."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE)
    path = Path(configured) if configured else _DEFAULT
    return path if path.is_file() else None


def v2_package(python: Path) -> tuple[str, Path]:
    """The AWS CLI v2's version and the folder of its package (its example pages are there)."""
    script = "import awscli, os; print(awscli.__version__); print(os.path.dirname(awscli.__file__))"
    shown = subprocess.run(
        [str(python), "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env=_server_environment(),
        timeout=120,  # a hang guard only
    ).stdout.split("\n")
    return shown[0], Path(shown[1])


def require_v2() -> Path:
    """The v2 interpreter, or the test is skipped with the reason."""
    import pytest

    python = v2_python()
    configured = os.environ.get(ENVIRONMENT_VARIABLE)
    if python is None and configured:  # CI sets it: a broken install must not pass as a skip
        pytest.fail(f"{ENVIRONMENT_VARIABLE}={configured} is not a Python interpreter")
    if python is None:
        pytest.skip(
            f"no AWS CLI v2 to compare with: set {ENVIRONMENT_VARIABLE} to its venv's python "
            f"(or install it into {_DEFAULT.parent.parent}, as .ci/run does)"
        )
    return python


def _server_environment() -> dict[str, str]:
    """This process's environment without what belongs to it: importing the AWS CLI v1 here
    sets ``AWS_DATA_PATH`` to v1's data (v2 would read v1's global options from it), and
    ``PYTHONPATH`` would put this process's packages before v2's."""
    return {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("AWS_") and name not in ("PYTHONPATH", "PYTHONHOME")
    }


class V2Oracle:
    """One long-lived v2 server; ``run`` gives the fork oracle's record of one command."""

    def __init__(self, python: Path | None = None) -> None:
        interpreter = python or v2_python()
        if interpreter is None:
            raise FileNotFoundError(f"no AWS CLI v2: set {ENVIRONMENT_VARIABLE}")
        self._process = subprocess.Popen(
            [str(interpreter), str(_SERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=_server_environment(),
        )
        hello = self._answer()
        self.version: str = hello["version"]

    def run(self, args: list[str], *, files: Mapping[str, bytes] = {}) -> dict[str, Any]:
        """What ``aws ARGS...`` (v2) does, in a working folder holding ``files``."""
        request = {
            "args": list(args),
            "files": {name: base64.b64encode(data).decode("ascii") for name, data in files.items()},
        }
        self._stream(self._process.stdin).write(json.dumps(request) + "\n")
        self._stream(self._process.stdin).flush()
        return self._answer()

    def close(self) -> None:
        if self._process.poll() is None:
            self._stream(self._process.stdin).close()
            try:
                self._process.wait(timeout=30)  # a hang guard only
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()

    def __enter__(self) -> V2Oracle:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _answer(self) -> dict[str, Any]:
        line = self._stream(self._process.stdout).readline()
        if not line:
            raise RuntimeError(f"the AWS CLI v2 server ended (exit {self._process.wait()})")
        answer: dict[str, Any] = json.loads(line)
        return answer

    @staticmethod
    def _stream(stream: IO[str] | None) -> IO[str]:
        assert stream is not None  # both pipes are asked for in __init__
        return stream
