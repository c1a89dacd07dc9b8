"""The completion scripts in real bash, zsh and fish: source, type, press TAB, compare.

bash and zsh run interactively on a pseudo-terminal (tests/support/shells.py):
the line is typed with a TAB in it and run, and the words the command got are
compared. fish answers ``complete -C LINE`` with its candidates. CI installs
all three (Debian's packages); elsewhere a missing shell skips its tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from shells import ShellMissing, type_and_run

# The shells' home: they write history and zsh's completion dump there, never in the checkout.
HOME = tempfile.mkdtemp(prefix="ec2shorthand-shells-")
SG = "aws ec2 authorize-security-group-ingress --ip-permissions "


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BASH_", "ZDOTDIR", "XDG_"))}
    env.update(TERM="dumb", PS1="$ ", HOME=HOME, PYTHONPATH=_import_path())
    return env


def _import_path() -> str:
    import ec2shorthand

    package_parent = str(Path(ec2shorthand.__file__).resolve().parents[1])
    return os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH", "")]))


def _script(shell: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ec2shorthand", "completion", shell, "--aws"],
        capture_output=True,
        text=True,
        env=_environment(),
        check=True,
    )
    return done.stdout


def _require(program: str) -> None:
    if shutil.which(program) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{program} is not installed: .ci/run installs it")
        pytest.skip(f"{program} is not installed")


# (what is typed, TAB marked as \t, then the rest; the words the command gets)
CASES = [
    (SG + "IpProtocol=tcp,Fr\t22", ["IpProtocol=tcp,FromPort=22"]),
    ("aws ec2 run-instances --instance-type t3.mic\t--count 1", ["t3.micro", "--count", "1"]),
    (
        "aws ec2 describe-instances --filters Name=instance-ty\t,Values=t3.micro",
        ["Name=instance-type,Values=t3.micro"],
    ),
    (
        "aws ec2 authorize-security-group-i\t--dry-run",
        ["authorize-security-group-ingress", "--dry-run"],
    ),
]


@pytest.mark.parametrize("shell", ["bash", "zsh"])
@pytest.mark.parametrize(("keys", "expected"), CASES)
def test_tab_completes_in_the_real_shell(shell: str, keys: str, expected: list[str]) -> None:
    _require(shell)
    try:
        got = type_and_run(shell, _script(shell), keys, _environment())
    except ShellMissing:  # pragma: no cover - _require saw it
        pytest.skip(shell)
    assert got[-len(expected) :] == expected


def test_inside_quotes_and_brackets_bash_closes_the_quote_zsh_keeps_it_open() -> None:
    # bash closes a quote after a unique match, as it does for file names; zsh does not.
    _require("bash")
    bash = type_and_run(
        "bash", _script("bash"), SG + "'IpRanges=[{Ci\t10.0.0.0/8}]", _environment()
    )
    assert bash[-1] == "IpRanges=[{CidrIp=10.0.0.0/8}]"
    _require("zsh")
    zsh = type_and_run("zsh", _script("zsh"), SG + "'IpRanges=[{Ci\t10.0.0.0/8}]'", _environment())
    assert zsh[-1] == "IpRanges=[{CidrIp=10.0.0.0/8}]"


def _fish(line: str) -> list[str]:
    _require("fish")
    done = subprocess.run(
        ["fish", "--no-config", "-c", f"{_script('fish')}\ncomplete -C {_fish_quote(line)}"],
        capture_output=True,
        text=True,
        env=_environment(),
        check=True,
        timeout=120,
    )
    return [line.split("\t")[0] for line in done.stdout.splitlines()]


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (SG + "IpProtocol=tcp,Fr", ["IpProtocol=tcp,FromPort="]),
        (SG + "'IpRanges=[{Ci", ["IpRanges=[{CidrIp="]),
        ("aws ec2 run-instances --instance-type t3.mic", ["t3.micro"]),
        ("aws ec2 describe-instances --filters Name=instance-ty", ["Name=instance-type"]),
        ("ec2shorthand lin", ["lint"]),
    ],
)
def test_fish_offers_the_candidates(line: str, expected: list[str]) -> None:
    assert _fish(line) == expected


def test_fish_lists_every_runtime() -> None:
    offered = _fish("aws lambda create-function --runtime python3.1")
    assert {"python3.11", "python3.12", "python3.13"} <= set(offered)
    assert all(value.startswith("python3.1") for value in offered)
