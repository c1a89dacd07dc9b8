"""Which files the linter reads, and as what."""

from __future__ import annotations

from pathlib import Path

import pytest

from ec2shorthand.lint.discover import kind_of


@pytest.mark.parametrize(
    ("name", "first_line", "kind"),
    [
        ("deploy.sh", "", "shell"),
        ("x.bash", "", "shell"),
        ("open-port", "#!/bin/bash", "shell"),
        ("open-port", "#!/usr/bin/env bash", "shell"),
        ("open-port", "#!/bin/sh -e", "shell"),
        ("open-port", "#!/usr/bin/env python3", None),
        ("open-port", "aws ec2 x", None),
        ("README.md", "", "markdown"),
        ("guide.rst", "", "rst"),
        ("ci.yml", "", "yaml"),
        (".gitlab-ci.yaml", "", "yaml"),
        ("Makefile", "", "makefile"),
        ("rules.mk", "", "makefile"),
        ("Dockerfile", "", "dockerfile"),
        ("Dockerfile.dev", "", "dockerfile"),
        ("web.Dockerfile", "", "dockerfile"),
        ("main.py", "", None),
        ("script.zsh", "", None),
    ],
)
def test_kinds(tmp_path: Path, name: str, first_line: str, kind: str | None) -> None:
    path = tmp_path / name
    path.write_text(first_line + "\n")
    assert kind_of(path) == kind
