"""What a fresh AWS CLI driver per command costs: the fork oracle against creating one each time.

Runs the same seeded sample of the installed AWS CLI's example commands three
ways, each in a process of its own (one way's caches, such as botocore's
memoized ``xform_name``, must not speed up another):

* ``fork``: ``ForkOracle()``, as the sweep and the tests use it (a service's
  data files are pre-parsed in the parent before its first command, inside
  that command's time);
* ``cold``: ``ForkOracle(prewarm=False)``, every child parses its JSON itself;
* ``fresh``: ``create_clidriver()`` then ``main(args)`` in one process, per
  command, stopped at ``before-call`` the same way.

Run from the repository root: ``python bench/bench_fork_oracle.py [--commands N]
[--service ec2]``. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import weakref
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "support"))

import awscli  # noqa: F401  (first, so that `botocore` is the CLI's own copy)
from example_pages import Example, extract
from fork_oracle import ForkOracle
from oracle_child import oracle_environment, prepare_folder

WAYS = ("fork", "cold", "fresh")


class _Stop(Exception):
    pass


def _stop(**_: Any) -> None:
    raise _Stop


def _fresh_driver_run(args: list[str]) -> None:
    from awscli.clidriver import create_clidriver

    driver = create_clidriver()
    driver.session.get_component("event_emitter").register_first("before-call", _stop)
    with (
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(io.StringIO()),
        contextlib.suppress(SystemExit),
    ):
        driver.main(args)


def _one_way(way: str, sample: list[Example]) -> float:
    """Seconds per command, set-up included (the oracle's creation, or nothing)."""
    began = time.perf_counter()
    if way == "fresh":
        folder = tempfile.mkdtemp()  # removed at exit, with the oracle's
        weakref.finalize(_one_way, shutil.rmtree, folder, True)
        prepare_folder(folder)
        environment = oracle_environment(folder)  # what a child of the oracle sees
        os.environ.clear()
        os.environ.update(environment)
        sys.stdin = open(os.devnull)  # noqa: SIM115
        run = _fresh_driver_run
    else:
        run = ForkOracle(prewarm=way == "fork").run  # type: ignore[assignment]
    for example in sample:
        run(example.cli_args)
    return (time.perf_counter() - began) / len(sample)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commands", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--service", help="only this service's commands")
    parser.add_argument("--way", choices=WAYS, help="run one way, in this process")
    args = parser.parse_args()
    examples = [e for e in extract().examples if args.service in (None, e.service)]
    sample = random.Random(args.seed).sample(examples, min(args.commands, len(examples)))
    if args.way:
        print(f"{_one_way(args.way, sample):.4f}")
        return 0
    print(f"{len(sample)} {args.service or 'example'} commands, seed {args.seed}\n")
    print("| way | s per command |\n| --- | ---: |")
    for way in WAYS:
        command = [sys.executable, __file__, "--way", way, *sys.argv[1:]]
        seconds = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        print(f"| {way} | {float(seconds):.3f} |")
    print(f"\nload average afterwards: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
