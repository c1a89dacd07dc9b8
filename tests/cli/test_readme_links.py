"""What the README names exists: its files, its tags and commits, its install commands.

A newcomer copies these as written, so a file that moved, a tag never made or a
package name the index does not have is a bug here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BACKTICKED = set(re.findall(r"`([^`\s]+)`", README))
LINKS = re.findall(r"\]\(([^)\s]+)\)", README)
EXTRAS = set(
    tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
)


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_every_repository_path_it_names_exists() -> None:
    named = [p for p in BACKTICKED if "/" in p[1:] and p[0] not in "/." and "://" not in p]
    in_repo = [p for p in named if (ROOT / p.split("/", 1)[0]).exists()]
    assert len(in_repo) >= 20  # the Layout section alone names more
    assert [p for p in in_repo if not (ROOT / p).exists()] == []


def test_every_relative_link_leads_to_a_file() -> None:
    relative = [link.split("#", 1)[0] for link in LINKS if "://" not in link]
    assert [link for link in relative if link and not (ROOT / link).exists()] == []


def test_every_pip_install_is_of_a_checkout_or_a_pinned_requirement() -> None:
    """The package is not on the index: install it from a checkout (or a variable holding one)."""
    installs = re.findall(r"pip install ([^\s`]+)", README)
    assert installs
    for target in installs:
        target = target.strip("'\"")
        if target.startswith("$"):
            continue  # a requirement the reader supplies, explained beside it
        assert target == "." or re.fullmatch(r"\.\[([\w,-]+)\]", target), target
        extras = target[2:-1].split(",") if target != "." else []
        assert set(extras) <= EXTRAS, target


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_every_tag_and_rev_it_names_exists() -> None:
    if _git("rev-parse", "HEAD").returncode != 0:
        pytest.skip("the source checkout is not a git repository")
    tags = set(_git("tag").stdout.split())
    assert [v for v in re.findall(r"\bv\d+\.\d+\.\d+\b", README) if v not in tags] == []
    for rev in re.findall(r"^\s*rev:\s*(\S+)", README, flags=re.MULTILINE):
        assert rev in tags or _git("cat-file", "-e", f"{rev}^{{commit}}").returncode == 0, rev


def _local_hook() -> dict[str, object]:
    blocks = re.findall(r"```yaml\n(.*?)```", README, flags=re.DOTALL)
    (config,) = [yaml.safe_load(b) for b in blocks if "pre-commit" in b or "repo: local" in b]
    (repo,) = config["repos"]
    assert repo["repo"] == "local"
    (hook,) = repo["hooks"]
    assert isinstance(hook, dict)
    return hook


def test_the_readme_hook_is_the_repositorys_hook() -> None:
    (shipped,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = _local_hook()
    for key in ("id", "entry", "types_or"):
        assert hook[key] == shipped[key], key


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_readme_hook_runs_as_written(tmp_path: Path) -> None:
    """pre-commit runs the README's config; ``ec2shorthand`` is on PATH, as after an install."""
    pytest.importorskip("pre_commit")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "ec2shorthand"
    shim.write_text(
        f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m ec2shorthand "$@"\n'
    )
    shim.chmod(0o755)
    repo = tmp_path / "repo"
    repo.mkdir()
    config = re.search(r"```yaml\n(repos:\n  - repo: local\n.*?)```", README, re.DOTALL)
    assert config is not None
    (repo / ".pre-commit-config.yaml").write_text(config.group(1))
    (repo / "open.sh").write_text(
        "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
        "--protocol tcp --port all --cidr 10.0.0.0/8\n"
    )
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "PRE_COMMIT_HOME": str(tmp_path / "home"),
        "HOME": str(tmp_path),
    }
    for args in (["init", "-q"], ["add", "."]):
        subprocess.run(["git", *args], cwd=repo, check=True, env=env, timeout=60)
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "open.sh:1:87: error[ec2.port-all-tcp]" in done.stdout


def test_every_yaml_block_loads_and_the_workflow_installs_what_it_runs() -> None:
    blocks = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", README, re.DOTALL)]
    (workflow,) = [b for b in blocks if isinstance(b, dict) and "jobs" in b]
    steps = workflow["jobs"]["lint"]["steps"]
    (install,) = [s for s in steps if "pip install" in s.get("run", "")]
    assert install["run"] == 'pip install "$EC2SHORTHAND"'
    assert install["env"]["EC2SHORTHAND"] == "${{ vars.EC2SHORTHAND }}"
    assert "`EC2SHORTHAND`" in README  # the variable is explained beside the workflow
