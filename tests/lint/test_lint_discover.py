"""Which files the linter reads, and as what."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from pathspec import GitIgnoreSpec

from ec2shorthand.lint import LintConfig, _walk
from ec2shorthand.lint._walk import git_files, listed_files, walk_files
from ec2shorthand.lint.discover import discover, kind_of


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
        ("main.py", "", "python"),
        ("guide.adoc", "", "asciidoc"),
        ("eda.ipynb", "", "notebook"),
        ("main.tf", "", "terraform"),
        ("script.zsh", "", None),
    ],
)
def test_kinds(tmp_path: Path, name: str, first_line: str, kind: str | None) -> None:
    path = tmp_path / name
    path.write_text(first_line + "\n")
    assert kind_of(path) == kind


GLOB = "aws ec2 describe-instances --query Reservations[0]\n"


def make_tree(top: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_text(text)
    return top


IGNORING_TREE = {
    ".gitignore": "build/\n*.log\n!keep.log\n/top-only.sh\n[[:space:]]*\n",
    "a.sh": GLOB,
    "top-only.sh": GLOB,
    "sub/top-only.sh": GLOB,
    "build/x.sh": GLOB,
    "build/keep.log": "",  # under an ignored folder: no pattern brings it back
    "keep.log": "",
    "drop.log": "",
    " spaced.sh": GLOB,
    "sub/.gitignore": "*.md\n!README.md\ndeep/\n",
    "sub/README.md": "",
    "sub/notes.md": "",
    "sub/deep/x.sh": GLOB,
    "sub/deeper/ok.sh": GLOB,
    "sub/deeper/.gitignore": "!*.md\nok.sh\n",
    "sub/deeper/back.md": "",
}
KEPT = {
    ".gitignore",
    "a.sh",
    "keep.log",
    "sub/.gitignore",
    "sub/top-only.sh",
    "sub/README.md",
    "sub/deeper/.gitignore",
    "sub/deeper/back.md",
}


def relative(paths: object, top: Path) -> set[str]:
    return {Path(p).relative_to(top).as_posix() for p in paths}  # type: ignore[attr-defined]


def test_the_walk_keeps_what_git_keeps(tmp_path: Path) -> None:
    top = make_tree(tmp_path, IGNORING_TREE)
    assert relative(walk_files(top), top) == KEPT
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q", str(top)], check=True)
        assert relative(git_files(top) or [], top) == KEPT


def test_outside_a_work_tree_git_is_not_asked(tmp_path: Path) -> None:
    assert git_files(make_tree(tmp_path, {"a.sh": GLOB})) is None


def test_each_gitignore_is_read_once_and_asked_once_per_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The old walk compared every path with every pattern of every .gitignore above it,
    # and parsed each .gitignore again for each folder under it.
    files = {f"d{d}/s{s}/f{f}.sh": GLOB for d in range(10) for s in range(6) for f in range(10)}
    files |= {f"d{d}/.gitignore": "*.tmp\n" * 50 + "!x.sh\n" for d in range(10)}
    files[".gitignore"] = "*.bak\n" * 100
    top = make_tree(tmp_path, files)
    reads: list[str] = []
    asked = Counter[int]()
    real_read, real_check = _walk.read_patterns, GitIgnoreSpec.check_file

    def read(path: str) -> GitIgnoreSpec | None:
        reads.append(path)
        return real_read(path)

    def check(spec: GitIgnoreSpec, path: str) -> object:
        asked[len(spec.patterns)] += 1
        return real_check(spec, path)

    monkeypatch.setattr(_walk, "read_patterns", read)
    monkeypatch.setattr(GitIgnoreSpec, "check_file", check)
    assert len(list(walk_files(top))) == 600 + 11
    assert len(reads) == len(set(reads)) == 1 + 10 + 60  # each folder's, once
    # Each entry is asked of the .gitignore files above it (the deepest first), once each:
    # 600 files and 60 folders under the ten d*/.gitignore, and every entry under the root.
    entries = 600 + 60 + 10 + 10 + 1
    assert asked == {51: 600 + 60 + 10, 100: entries}


def test_links_are_followed_inside_the_tree_only(tmp_path: Path) -> None:
    outside = make_tree(tmp_path / "outside", {"secret.sh": GLOB})
    top = make_tree(tmp_path / "top", {"real.sh": GLOB, "dir/x.sh": GLOB})
    (top / "loop").symlink_to("loop")  # ln -s loop loop
    (top / "ping.sh").symlink_to("pong.sh")
    (top / "pong.sh").symlink_to("ping.sh")
    (top / "dangling.sh").symlink_to("nowhere.sh")
    (top / "out.sh").symlink_to(outside / "secret.sh")
    (top / "outdir").symlink_to(outside)
    (top / "in.sh").symlink_to("real.sh")
    (top / "dirlink").symlink_to("dir")
    (top / "up").symlink_to("..")
    assert relative(listed_files(top), top) == {"real.sh", "in.sh", "dir/x.sh"}
    found = discover([str(top)], LintConfig(root=top)).files
    assert relative((path for path, _ in found), top) == {"real.sh", "in.sh", "dir/x.sh"}
    if shutil.which("git"):  # git lists the links themselves; the same ones are kept
        subprocess.run(["git", "init", "-q", str(top)], check=True)
        assert git_files(top) is not None
        assert relative(listed_files(top), top) == {"real.sh", "in.sh", "dir/x.sh"}


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_git_hook_environment_does_not_mislead_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Inside a git hook GIT_DIR is set (relative, to the hook's repository).
    top = make_tree(tmp_path / "repo", {".gitignore": "gen/\n", "gen/x.sh": GLOB, "a/b.sh": GLOB})
    subprocess.run(["git", "init", "-q", str(top)], check=True)
    other = make_tree(tmp_path / "other", {})
    subprocess.run(["git", "init", "-q", str(other)], check=True)
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(other))
    assert relative(git_files(top / "a") or [], top) == {"a/b.sh"}
    assert relative(git_files(top) or [], top) == {".gitignore", "a/b.sh"}
