"""The pre-commit hook, run by the real pre-commit: a commit blocked by a mistake, then accepted.

The scratch repository's git hook runs ``pre-commit try-repo`` on this
repository, which installs the hook's environment from it (about 10 s each
time; pip reaches the package index, or the wheels ``PIP_FIND_LINKS`` names).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

pytest.importorskip("pre_commit")
ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("git") is None or not (ROOT / ".pre-commit-hooks.yaml").is_file(),
        reason="needs git and a source checkout",
    ),
]
MISTAKE = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port all --cidr 10.0.0.0/8\n"
)


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if git(ROOT, "rev-parse", "HEAD").returncode != 0:
        pytest.skip("the source checkout is not a git repository")
    monkeypatch.setenv("PRE_COMMIT_HOME", str(tmp_path / "pre-commit-home"))
    repo = tmp_path / "scratch"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "dev@example.com")
    git(repo, "config", "user.name", "dev")
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text(
        f'#!/bin/sh\nexec "{sys.executable}" -m pre_commit try-repo "{ROOT}" ec2shorthand-lint\n'
    )
    hook.chmod(0o755)
    return repo


def test_a_commit_is_blocked_by_a_mistake_and_accepted_once_it_is_fixed(scratch: Path) -> None:
    (scratch / "open.sh").write_text(MISTAKE)
    git(scratch, "add", "open.sh")
    blocked = git(scratch, "commit", "-m", "open the port")
    assert blocked.returncode != 0, blocked.stdout + blocked.stderr
    assert "open.sh:1:87: error[ec2.port-all-tcp]" in blocked.stdout + blocked.stderr
    assert git(scratch, "rev-parse", "--verify", "HEAD").returncode != 0  # nothing committed

    (scratch / "open.sh").write_text(MISTAKE.replace("--port all", "--port 0-65535"))
    (scratch / "notes.py").write_text(f"# {MISTAKE}")  # not a kind the hook reads
    git(scratch, "add", "open.sh", "notes.py")
    accepted = git(scratch, "commit", "-m", "open the port")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "ec2shorthand lint" in accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout + accepted.stderr
    assert git(scratch, "rev-parse", "--verify", "HEAD").returncode == 0


def test_the_hook_is_given_every_kind_of_file_the_linter_reads(tmp_path: Path) -> None:
    from identify import identify

    from ec2shorthand.lint.discover import kind_of

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert (hook["id"], hook["language"], hook["entry"]) == (
        "ec2shorthand-lint",
        "python",
        "ec2shorthand lint",
    )
    names = ["a.sh", "README.md", "x.rst", "ci.yml", "Makefile", "x.mk", "Dockerfile", "main.py"]
    names += ["guide.adoc", "eda.ipynb", "main.tf", "notes.txt", "data.json"]
    for name in names:
        (tmp_path / name).write_text("\n")
        given = bool(identify.tags_from_path(str(tmp_path / name)) & set(hook["types_or"]))
        assert given == (kind_of(tmp_path / name) is not None), name
