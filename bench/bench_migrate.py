"""ec2shorthand migrate beside AWS's aws-cli-migrate 1.0.0, on the same AWS CLI v1 script(s).

Each script marks the commands whose meaning changes under the AWS CLI v2 with
an ``# expect: RULE`` comment (the differential tests prove the blob ones with
both real CLIs); every other ``aws`` line means the same to both. For each
tool: how many changing commands it reports, how many unchanged commands it
reports (false alarms), how many findings in all, whether its --fix output is
still valid bash, and how many of its fixes it writes inside a comment.

    PYTHONPATH=$PWD /work/venv/bin/python bench/bench_migrate.py [SCRIPT...]
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).parents[1] / "tests" / "lint" / "data" / "migrate" / "release-v1.sh"
AWS_TOOL = shutil.which("migrate-aws-cli") or str(Path(sys.executable).with_name("migrate-aws-cli"))
_AWS_FINDING = re.compile(r"^(?P<path>[^\s:]+):(?P<line>\d+) \[(?P<rule>[\w-]+)\]", re.MULTILINE)
_COMMAND = re.compile(r"(^|[$(]|\s)aws\s")
_EXPECT = re.compile(r"# expect: ([\w.,-]+)")
# The aws-cli-migrate rule that names each change, where it has one.
_AWS_RULE = dict(
    pair.split("=")
    for pair in [
        "migrate.blob-text=binary-params-base64",
        "migrate.hidden-alias=hidden-alias-",
        "migrate.ecr-get-login=ecr-get-login",
        "migrate.deploy-empty-changeset=deploy-empty-changeset",
        "migrate.s3-copy-props=s3-copy",
        "migrate.paging-keys=cli-input-json",
    ]
)


def commands(text: str) -> tuple[set[int], set[int]]:
    """Lines of the aws commands that change under v2, and of those that do not."""
    changing, same = set(), set()
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#") or not _COMMAND.search(line.split("#")[0] + " "):
            if "# expect:" in line:
                changing.add(number)
            continue
        (changing if "# expect:" in line else same).add(number)
    return changing, same


def aws_tool(script: Path) -> tuple[list[tuple[int, str]], float, str]:
    started = time.perf_counter()
    out = subprocess.run(
        [AWS_TOOL, "--script", str(script)], capture_output=True, text=True, timeout=600
    ).stdout
    seconds = time.perf_counter() - started
    found = [(int(m["line"]), m["rule"]) for m in _AWS_FINDING.finditer(out)]
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / script.name
        shutil.copy(script, copy)
        subprocess.run([AWS_TOOL, "--script", str(copy), "--fix"], capture_output=True, timeout=600)
        fixed = copy.read_text()
    return found, seconds, fixed


def ours(script: Path) -> tuple[list[tuple[int, str]], float, str]:
    with tempfile.TemporaryDirectory() as folder:  # away from this repository's exclusions
        copy = Path(folder) / script.name
        shutil.copy(script, copy)
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "ec2shorthand", "migrate", "--format", "json", copy.name],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=folder,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
        ).stdout
        seconds = time.perf_counter() - started
    found = [(f["line"], f["rule"]) for f in json.loads(out)]
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / script.name
        shutil.copy(script, copy)
        subprocess.run(
            [sys.executable, "-m", "ec2shorthand", "migrate", "--fix", copy.name],
            capture_output=True,
            timeout=600,
            cwd=folder,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
        )
        fixed = copy.read_text()
    return found, seconds, fixed


def row(name: str, script: Path, found: list[tuple[int, str]], seconds: float, fixed: str) -> str:
    text = script.read_text()
    changing, same = commands(text)
    lines = {line for line, _ in found}
    expected = {
        number: match.group(1).split(",")
        for number, line in enumerate(text.splitlines(), 1)
        if (match := _EXPECT.search(line))
    }
    named = sum(
        1
        for number, rules in expected.items()
        if all(
            any(
                rule == want or rule.startswith(_AWS_RULE.get(want, "\0"))
                for n, rule in found
                if n == number
            )
            for want in rules
        )
    )
    bash_ok = subprocess.run(["bash", "-n"], input=fixed, text=True).returncode == 0
    in_comments = sum(
        1
        for line in fixed.splitlines()
        if "#" in line and "--cli-binary-format" in line.split("#", 1)[1]
    )
    return (
        f"| {name} | {len(lines & changing)} of {len(changing)} | {named} of {len(changing)} | "
        f"{len(lines & same)} of "
        f"{len(same)} | {len(found)} | {'yes' if bash_ok else 'NO'} | {in_comments} | "
        f"{seconds:.2f} s |"
    )


def main(paths: list[str]) -> int:
    print(
        "| tool | changing commands reported | ... for what changes | unchanged commands "
        "reported | findings | --fix output passes bash -n | fixes written inside a comment | "
        "time |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for script in [Path(path) for path in paths] or [DEFAULT]:
        print(f"| **{script.name}** | | | | | | | |")
        print(row("aws-cli-migrate 1.0.0", script, *aws_tool(script)))
        print(row("ec2shorthand migrate", script, *ours(script)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
