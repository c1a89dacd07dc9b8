"""Commands in package.json scripts and Jupyter notebooks, at the file's own positions."""

from __future__ import annotations

import json

import pytest
from lint_support import lint, position, rules, where

BAD = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port 70000 --cidr 10.0.0.0/8"
)


def the_ports(text: str, kind: str) -> list[tuple[int, int]]:
    found = lint(text, kind)
    assert [finding.rule for finding in found] == ["ports.bounds"] * len(found)
    return [where(finding)[:2] for finding in found]


def test_package_json_scripts() -> None:
    quoted = BAD.replace("10.0.0.0/8", '"10.0.0.0/8"')
    scripts = {"build": "tsc", "open": f"npm run build && {quoted}", "x": "echo aws"}
    text = json.dumps({"name": "app", "description": BAD, "scripts": scripts}, indent=2)
    assert the_ports(text, "package_json") == [position(text, "70000", 2)]


def test_package_json_escapes_map_to_their_file_characters() -> None:
    text = '{"scripts": {"a": "aws ec2 describe-instances --regio\\u0073n x"}}'
    (finding,) = lint(text, "package_json")
    assert where(finding)[:2] == position(text, "--regio")


def notebook(*cells: tuple[str, list[str]]) -> str:
    body = [{"cell_type": kind, "metadata": {}, "source": source} for kind, source in cells]
    return json.dumps({"cells": body, "nbformat": 4}, indent=1)


def test_notebook_bang_lines_and_shell_cells() -> None:
    text = notebook(
        ("markdown", [f"{BAD}\n"]),
        ("code", ["import boto3\n", f"!{BAD}\n", f"x = '{BAD}'\n"]),
        ("code", ["%%bash\n", "set -e\n", f"{BAD}\n"]),
        ("code", [f"# {BAD}\n", "print(1)"]),
    )
    assert the_ports(text, "notebook") == [position(text, "70000", 2), position(text, "70000", 4)]


def test_a_command_over_two_source_lines() -> None:
    command = BAD.replace(" --port", " \\\n--port")
    first, second = command.split("\n")
    text = notebook(("code", ["%%sh\n", f"{first}\n", f"{second}\n"]))
    assert the_ports(text, "notebook") == [position(text, "70000")]


@pytest.mark.parametrize("kind", ["notebook", "package_json"])
def test_broken_json_gives_nothing_and_no_error(kind: str) -> None:
    assert rules('{"cells": [{"source": ["!aws ec2', kind) == []
