"""Benchmark ``ec2shorthand lint`` on a generated repository.

The target of the linter's issue: 1,000 files with about 10 ``aws`` commands
each, linted in under 5 s on a 2-core machine. The files are shell scripts,
Markdown and GitHub workflows; the commands mix the security-group operations
(checked by the engine too), with distinct ids, ports and ranges, and other
services' commands (shell checks only), some over several lines, some with
``$VARIABLES``.

Run from the repository root against the installed package::

    python bench/bench_lint.py            # 1,000 files: in-process, then as processes
    python bench/bench_lint.py --quick    # 50 files, a smoke run for CI

It prints the times, and how much of the in-process time the engine took
(``check_words``). Nothing here asserts on time: figures are for people.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import ec2shorthand.lint.detectors.engine as engine_detector
from ec2shorthand.lint import LintConfig, lint_paths

COMMANDS_PER_FILE = 10


def _command(rng: random.Random, index: int) -> str:
    group = f"sg-{rng.getrandbits(32):08x}"
    port = rng.randrange(1, 65535)
    cidr = f"10.{rng.randrange(256)}.{rng.randrange(256)}.0/24"
    choices = [
        f"aws ec2 authorize-security-group-ingress --group-id {group} --protocol tcp "
        f"--port {port} --cidr {cidr}",
        f"aws ec2 revoke-security-group-ingress \\\n    --group-id {group} \\\n"
        f"    --ip-permissions 'IpProtocol=tcp,FromPort={port},ToPort={port},"
        f'IpRanges=[{{CidrIp={cidr},Description="rule {index}"}}]\'',
        f'aws ec2 authorize-security-group-egress --group-id "$SG" --ip-permissions '
        f'"IpProtocol=udp,FromPort={port},ToPort={port},IpRanges=[{{CidrIp=$CIDR}}]"',
        f"aws ec2 update-security-group-rule-descriptions-ingress --group-id {group} "
        f"--security-group-rule-descriptions SecurityGroupRuleId=sgr-{rng.getrandbits(32):08x},"
        f"Description=rule-{index}",
        f"aws s3 cp ./build/app-{index}.zip s3://bucket-{rng.randrange(99)}/releases/",
        f"aws sts get-caller-identity --query Account --output text --region eu-{index % 3}",
        f"aws ec2 describe-instances --filters Name=tag:Env,Values=prod-{index} "
        f"--query 'Reservations[].Instances[].InstanceId'",
    ]
    return rng.choice(choices)


def _file(rng: random.Random, number: int) -> tuple[str, str]:
    commands = [_command(rng, number * COMMANDS_PER_FILE + at) for at in range(COMMANDS_PER_FILE)]
    kind = number % 10
    if kind < 7:
        body = "#!/usr/bin/env bash\nset -euo pipefail\n\n" + "\n".join(commands) + "\n"
        return f"scripts/deploy-{number}.sh", body
    if kind < 9:
        blocks = "".join(f"Step {at}:\n\n```sh\n{c}\n```\n\n" for at, c in enumerate(commands))
        return f"docs/runbook-{number}.md", f"# Runbook {number}\n\n{blocks}"
    steps = "".join(
        "      - run: |\n" + "".join(f"          {line}\n" for line in c.splitlines())
        for c in commands
    )
    workflow = f"on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n{steps}"
    return f".github/workflows/deploy-{number}.yml", workflow


def generate(folder: Path, files: int) -> int:
    """Write the repository; return the number of commands in it."""
    rng = random.Random(20261127)
    for number in range(files):
        name, text = _file(rng, number)
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return files * COMMANDS_PER_FILE


def _timed_engine() -> tuple[list[float], Callable[[], None]]:
    """Count the time spent in the engine; return the tally and a function that undoes it."""
    spent = [0.0]
    original: Any = engine_detector.check_words

    def timed(*args: Any, **options: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **options)
        finally:
            spent[0] += time.perf_counter() - start

    engine_detector.check_words = timed
    return spent, lambda: setattr(engine_detector, "check_words", original)


def main(argv: Sequence[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    cli.add_argument("--quick", action="store_true", help="50 files, a few seconds (CI)")
    cli.add_argument("--files", type=int, default=1000)
    args = cli.parse_args(argv)
    files = 50 if args.quick else args.files
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        commands = generate(folder, files)
        config = LintConfig(root=folder)
        lint_paths([str(folder)], config)  # warm up: imports, the parser, the schemas

        spent, undo = _timed_engine()
        start = time.perf_counter()
        run = lint_paths([str(folder)], config)
        in_process = time.perf_counter() - start
        undo()
        assert run.files == files, run.files

        as_process = {}
        for jobs in (1, 2):
            start = time.perf_counter()
            process = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "ec2shorthand",
                    "lint",
                    "--format",
                    "json",
                    "--jobs",
                    str(jobs),
                    str(folder),
                ],
                capture_output=True,
                check=False,
                cwd=folder,
            )
            as_process[jobs] = time.perf_counter() - start
            assert process.returncode in (0, 1), process.stderr

    print(f"- **Machine:** {platform.system()} {platform.machine()}, nproc = {os.cpu_count()}")
    print(f"- **Python:** {platform.python_version()}")
    print(f"- **Input:** {files} files, {commands} aws commands, {len(run.findings)} findings\n")
    print("| run | s | ms per file |")
    print("|---|---:|---:|")
    rows = [
        ("in-process (`lint_paths`)", in_process),
        ("of which the engine (`check_words`)", spent[0]),
        ("of which the linter itself", in_process - spent[0]),
        ("as a process (`ec2shorthand lint`)", as_process[1]),
        ("as a process, 2 jobs (`ec2shorthand lint --jobs 2`)", as_process[2]),
    ]
    for label, seconds in rows:
        print(f"| {label} | {seconds:.2f} | {seconds / files * 1000:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
