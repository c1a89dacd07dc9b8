"""docs/authors-readme-section.md: its Python runs, its console examples print what they show."""

from __future__ import annotations

import io
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from ec2shorthand._cli import run

ROOT = Path(__file__).resolve().parents[2]
SECTION = (ROOT / "docs" / "authors-readme-section.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", SECTION, flags=re.DOTALL)
CONSOLE_BLOCKS = re.findall(r"```console\n\$ (.*?)\n(.*?)```", SECTION, flags=re.DOTALL)


def test_the_section_has_both_examples_and_the_files_rule() -> None:
    assert "examples/argparse_deploy.py" in SECTION and "examples/click_deploy.py" in SECTION
    assert "| `None` (the default) | nothing:" in SECTION
    assert len(PYTHON_BLOCKS) == 2 and len(CONSOLE_BLOCKS) == 3


@pytest.mark.parametrize(
    "code", PYTHON_BLOCKS, ids=[f"python-{i}" for i in range(len(PYTHON_BLOCKS))]
)
def test_python_example_runs(code: str) -> None:
    exec(compile(code, "authors-readme-section.md", "exec"), {})  # our own docs


@pytest.mark.parametrize(
    ("command", "shown"), CONSOLE_BLOCKS, ids=[c[:40] for c, _ in CONSOLE_BLOCKS]
)
def test_console_example_prints_what_it_shows(command: str, shown: str) -> None:
    argv = shlex.split(command)
    if argv[0] == "ec2shorthand":
        out, err = io.StringIO(), io.StringIO()
        run(argv[1:], out, err)
        printed = out.getvalue() + err.getvalue()
    else:
        assert argv[0] == "python"
        pytest.importorskip("click")
        done = subprocess.run(
            [sys.executable, *argv[1:]], capture_output=True, text=True, cwd=ROOT, timeout=60
        )
        printed = done.stdout + done.stderr
    assert printed == shown
