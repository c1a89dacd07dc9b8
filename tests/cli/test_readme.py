"""The README's examples run, and its console examples print what they show."""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path

import pytest

from ec2shorthand._cli import run

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
CONSOLE_BLOCKS = re.findall(r"```console\n\$ (.*?)\n(.*?)```", README, flags=re.DOTALL)


@pytest.mark.parametrize(
    "code", PYTHON_BLOCKS, ids=[f"python-{i}" for i in range(len(PYTHON_BLOCKS))]
)
def test_python_example_runs(code: str) -> None:
    exec(compile(code, "README.md", "exec"), {})  # our own README


@pytest.mark.parametrize(
    ("command", "shown"), CONSOLE_BLOCKS, ids=[c[:40] for c, _ in CONSOLE_BLOCKS]
)
def test_console_example_prints_what_it_shows(command: str, shown: str) -> None:
    argv = shlex.split(command)
    assert argv[0] == "ec2shorthand"
    out, err = io.StringIO(), io.StringIO()
    run(argv[1:], out, err)
    assert out.getvalue() + err.getvalue() == shown
