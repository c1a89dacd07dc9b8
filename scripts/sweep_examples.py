"""Run the AWS CLI's example commands through the fork oracle; compare ec2shorthand with it.

Usage, from the repository root with its venv:

    .venv/bin/python scripts/sweep_examples.py [--service ec2]... [--limit N]
    .venv/bin/python scripts/sweep_examples.py --compare [--service ec2]...

With ``--cli-version 2`` both forms work on the AWS CLI v2 instead (its venv's
Python in ``$EC2SHORTHAND_AWS_V2``): its own example pages, its fork oracle
(one v2 server per worker) and ``parse_command(cli_version=2)``; give it its
own ``--cache``.

The first form runs every example command of the installed awscli's example
pages that is not cached yet through the fork oracle (a fresh AWS CLI driver
per command), in a pool of worker processes that each fork their commands
from their own pristine driver, and appends what the oracle did to the cache
(``--cache``, outside the repository). The second runs no oracle: it asks
ec2shorthand about every cached command, prints a table of verdicts per
service, writes it as markdown (``--report``) and writes every mismatch as
JSON lines (``--mismatches``). Nothing the AWS CLI prints or documents is
written inside the repository.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import multiprocessing
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "support"))

# Found through the path above.
import oracle_cache
from example_pages import Example, extract
from sweep_report import compare, write_outputs

NOTES = Path("/work/notes")
BATCH = 20  # commands per task: small enough for steady progress lines


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    version, pages = _aws_cli(args.cli_version)
    args.aws_version = version
    extraction = extract(pages)
    examples = [e for e in extraction.examples if not args.service or e.service in args.service]
    if args.limit is not None:
        examples = examples[: args.limit]
    keyed = {_key(version, example): example for example in examples}
    cached = oracle_cache.load(args.cache)
    if args.compare:
        missing = [key for key in keyed if key not in cached]
        if missing:
            print(f"{len(missing)} of {len(keyed)} commands are not cached yet", file=sys.stderr)
        pairs = [
            (example, cached[key])
            for example in examples
            if (key := _key(version, example)) in cached
        ]
        summary = compare(pairs, version, args.cli_version)
        write_outputs(summary, args.report, args.mismatches)
        print(summary.table())
        print(f"\nreport: {args.report}\nmismatches: {args.mismatches}")
        return 0
    todo = {key: example for key, example in keyed.items() if key not in cached}
    print(
        f"{extraction.pages} pages, {len(extraction.examples)} commands "
        f"({len(extraction.unsplittable)} more not splittable); selected {len(examples)}, "
        f"{len(keyed)} distinct, {len(keyed) - len(todo)} cached, {len(todo)} to run",
        file=sys.stderr,
    )
    _sweep(todo, args)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--service", action="append", help="only this service (repeatable)")
    parser.add_argument("--limit", type=int, help="only the first N selected commands")
    parser.add_argument("--cache", type=Path, default=NOTES / "oracle_cache.jsonl")
    parser.add_argument("--compare", action="store_true", help="compare ec2shorthand, no oracle")
    parser.add_argument("--report", type=Path, default=NOTES / "sweep_report.md")
    parser.add_argument("--mismatches", type=Path, default=NOTES / "mismatches.jsonl")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (2 cores)")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per command")
    parser.add_argument(
        "--cli-version", type=int, choices=(1, 2), default=1, help="the AWS CLI to sweep"
    )
    return parser


def _aws_cli(cli_version: int) -> tuple[str, Path | None]:
    """The AWS CLI's version and its example pages (None: the installed v1's)."""
    if cli_version == 1:
        import awscli  # before botocore, always

        return str(awscli.__version__), None
    from v2_oracle import v2_package, v2_python

    python = v2_python()
    if python is None:
        raise SystemExit("no AWS CLI v2: set EC2SHORTHAND_AWS_V2 to its venv's python")
    version, package = v2_package(python)
    return version, package / "examples"


def _key(version: str, example: Example) -> str:
    return oracle_cache.cache_key(version, example.service, example.operation, example.argv)


# --- the oracle sweep ----------------------------------------------------------


def _sweep(todo: dict[str, Example], args: argparse.Namespace) -> None:
    # Grouped by service, so that a batch touches few models.
    items = sorted(todo.items(), key=lambda item: (item[1].service, item[1].page, item[1].line))
    batches = [items[start : start + BATCH] for start in range(0, len(items), BATCH)]
    started = time.monotonic()
    done, seconds, statuses = 0, [], dict[str, int]()
    # spawn: each worker starts clean and makes its own pristine driver.
    context = multiprocessing.get_context("spawn")
    with (
        tempfile.TemporaryDirectory(prefix="sweep-examples-") as workdir,
        concurrent.futures.ProcessPoolExecutor(
            args.workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(args.timeout, workdir, args.cli_version),
        ) as pool,
    ):
        futures = [
            pool.submit(_run_batch, [(key, example.cli_args) for key, example in batch])
            for batch in batches
        ]
        for future in concurrent.futures.as_completed(futures):
            results = future.result()
            entries = []
            for key, record in results:
                example = todo[key]
                entries.append(_cache_entry(key, example, record, args.aws_version))
                seconds.append(record.get("seconds", 0.0))
                statuses[record["status"]] = statuses.get(record["status"], 0) + 1
            oracle_cache.append(args.cache, entries)
            done += len(results)
            elapsed = time.monotonic() - started
            eta = elapsed / done * (len(items) - done)
            print(f"{done}/{len(items)} in {elapsed:.0f} s, {eta:.0f} s left", file=sys.stderr)
    elapsed = time.monotonic() - started
    if seconds:
        print(
            f"done: {done} commands in {elapsed:.1f} s ({elapsed / done:.3f} s each with "
            f"{args.workers} workers); per command in a child: mean "
            f"{statistics.mean(seconds):.3f} s, median {statistics.median(seconds):.3f} s; "
            f"statuses {dict(sorted(statuses.items()))}",
            file=sys.stderr,
        )


def _cache_entry(
    key: str, example: Example, record: dict[str, Any], version: str
) -> dict[str, Any]:
    return {
        "key": key,
        "awscli": version,
        "service": example.service,
        "operation": example.operation,
        "argv": example.argv,
        "page": example.page,
        "line": example.line,
        **record,
    }


_ORACLE: Any = None


def _start_worker(timeout: float, workdir: str, cli_version: int) -> None:
    """In each worker: one pristine driver, each service's data files parsed once (for v2,
    in the worker's own v2 server, which ends with the worker)."""
    global _ORACLE
    if cli_version == 2:
        from v2_oracle import V2Oracle

        _ORACLE = V2Oracle()
        return
    from fork_oracle import ForkOracle

    _ORACLE = ForkOracle(timeout=timeout, workdir=workdir)


def _run_batch(batch: list[tuple[str, list[str]]]) -> list[tuple[str, dict[str, Any]]]:
    return [(key, _ORACLE.run(cli_args)) for key, cli_args in batch]


if __name__ == "__main__":
    sys.exit(main())
