"""Benchmark the linter's tree walk on a generated 6,000-file repository.

The linter's issue (18, item 5) measured discovery at 4.5 times the linting on a
5,766-file repository (518,794 path comparisons) and set the target: a
6,000-file repository linted in under 10 s. This generates such a repository:
6,000 files kept (a tenth of them shell scripts and a fifth Markdown, with
``aws`` commands; the rest Python, JSON and text the linter does not read) in
folders three deep, a ``.gitignore`` in every third folder (20 patterns, some
negated) and one at the root (60 patterns), and 2,000 more files in ignored
folders (``node_modules/``, ``build/``).

Run from the repository root against the package::

    python bench/bench_discover.py           # 6,000 files
    python bench/bench_discover.py --files 600

It prints, for the tree outside and inside a git work tree: the walk alone
(``discover``), the whole run in this process (``lint_paths``) and as a process
with ``--jobs 1`` and ``--jobs 2`` (when the option exists), each as wall-clock
and CPU seconds (a git child's CPU is not counted in the in-process rows).
Nothing asserts on time: figures are for people (bench/RESULTS-lint.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from ec2shorthand.lint import LintConfig, lint_paths
from ec2shorthand.lint.discover import discover

FOLDERS = 60
IGNORED_FILES = 2000
ROOT_PATTERNS = [
    "node_modules/",
    "build/",
    "*.pyc",
    "__pycache__/",
    ".venv/",
    "dist/",
    "*.egg-info/",
    "coverage/",
    "*.log",
    "!important.log",
] + [f"*.tmp{n}" for n in range(50)]


def _commands(rng: random.Random, count: int) -> list[str]:
    return [
        rng.choice(
            [
                f"aws ec2 authorize-security-group-ingress --group-id sg-{rng.getrandbits(32):08x}"
                f" --protocol tcp --port {rng.randrange(1, 65535)} --cidr 10.0.0.0/8",
                f"aws s3 cp ./app-{n}.zip s3://bucket/releases/",
                "aws sts get-caller-identity --query Account --output text",
            ]
        )
        for n in range(count)
    ]


def _text(rng: random.Random, suffix: str) -> str:
    if suffix == ".sh":
        return "#!/usr/bin/env bash\nset -eu\n" + "\n".join(_commands(rng, 3)) + "\n"
    if suffix == ".md":
        return "# Notes\n\n```sh\n" + "\n".join(_commands(rng, 2)) + "\n```\n"
    return "x = 1\n" * 20


def generate(top: Path, files: int) -> None:
    rng = random.Random(20261208)
    folders = [
        Path(f"pkg{a}") / f"mod{b}" / f"part{c}"
        for a in range(4)
        for b in range(5)
        for c in range(FOLDERS // 20)
    ]
    (top / ".gitignore").write_text("".join(p + "\n" for p in ROOT_PATTERNS))
    for number, folder in enumerate(folders):
        (top / folder).mkdir(parents=True, exist_ok=True)
        if number % 3 == 0:
            patterns = [f"*.gen{n}" for n in range(15)] + ["!keep.gen0", "scratch/", "/local-*"]
            (top / folder / ".gitignore").write_text("".join(p + "\n" for p in patterns))
    for number in range(files):
        suffix = [".sh"] * 1 + [".md"] * 2 + [".py"] * 4 + [".json"] * 2 + [".txt"]
        chosen = suffix[number % len(suffix)]
        path = top / folders[number % len(folders)] / f"file{number}{chosen}"
        path.write_text(_text(rng, chosen))
    for number in range(IGNORED_FILES):
        ignored = "node_modules/lib" if number % 2 else "pkg0/mod0/part0/build"
        path = top / ignored / f"dep{number % 40}" / f"x{number}.sh"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_text(rng, ".sh"))


def _discover_count(top: Path, config: LintConfig) -> int:
    found = discover([str(top)], config)
    return len(getattr(found, "files", None) or list(found))


# (wall clock, CPU time) in seconds: on a shared machine the CPU time is the steadier figure.
Seconds = tuple[float, float]


def _timed(function: object, *args: object) -> tuple[Seconds, object]:
    start, cpu = time.perf_counter(), time.process_time()
    result = function(*args)  # type: ignore[operator]
    return (time.perf_counter() - start, time.process_time() - cpu), result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _as_process(top: Path, jobs: int | None) -> Seconds:
    argv = [sys.executable, "-m", "ec2shorthand", "lint", "--format", "json", str(top)]
    if jobs is not None:
        argv += ["--jobs", str(jobs)]
    start, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(argv, capture_output=True, check=False, cwd=top)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    return time.perf_counter() - start, _children_cpu() - cpu


def _measure(top: Path, label: str, jobs_option: bool) -> list[tuple[str, Seconds]]:
    config = LintConfig(root=top)
    walk, count = _timed(_discover_count, top, config)
    whole, run = _timed(lint_paths, [str(top)], config)
    rows = [
        (f"{label}: walk (`discover`), {count} files to lint", walk),
        (f"{label}: in-process (`lint_paths`), {len(run.findings)} findings", whole),  # type: ignore[attr-defined]
    ]
    for jobs in (1, 2) if jobs_option else (None,):
        name = f"--jobs {jobs}" if jobs else "one process"
        seconds = _as_process(top, jobs)
        rows.append((f"{label}: as a process (`ec2shorthand lint`, {name})", seconds))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    cli.add_argument("--files", type=int, default=6000)
    args = cli.parse_args(argv)
    help_text = subprocess.run(
        [sys.executable, "-m", "ec2shorthand", "lint", "--help"], capture_output=True, text=True
    ).stdout
    jobs_option = "--jobs" in help_text
    with tempfile.TemporaryDirectory() as temp:
        top = Path(temp) / "repo"
        top.mkdir()
        generate(top, args.files)
        lint_paths([str(top)], LintConfig(root=top))  # warm up: imports, parsers, schemas
        rows = _measure(top, "no git", jobs_option)
        subprocess.run(["git", "init", "-q", str(top)], check=True)
        rows += _measure(top, "git work tree", jobs_option)
    print(f"- **Machine:** {platform.system()} {platform.machine()}, nproc = {os.cpu_count()}")
    print(f"- **Python:** {platform.python_version()}, load {os.getloadavg()[0]:.2f}")
    print(f"- **Input:** {args.files} files kept, {IGNORED_FILES} ignored\n")
    print("| run | wall s | CPU s |")
    print("|---|---:|---:|")
    for label, (wall, cpu) in rows:
        print(f"| {label} | {wall:.2f} | {cpu:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
