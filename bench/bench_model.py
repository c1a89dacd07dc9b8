"""Time the bundled model's reader cold, each measurement in a fresh interpreter.

For each operation below: load its service, the operation and every shape
reachable from its input, as a first caller would (nothing cached in the
process; the OS file cache is warm after the first run). Also: listing every
service, and the import of the reader itself (after ``import ec2shorthand``,
whose own imports are not the reader's cost).

Run from the repository root against the installed package::

    python bench/bench_model.py [--runs N] [--cli-version 1|2]

``--cli-version 2`` reads the AWS CLI v2's model (``models/v2/``: its own file
where it differs from v1's, as ``ec2.model`` does, v1's file where it does not,
as ``s3api.model``).

Nothing here asserts on time: figures are for people, not for CI.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

TARGETS = (
    ("ec2", "run-instances"),
    ("ec2", "request-spot-fleet"),
    ("ec2", "revoke-security-group-ingress"),
    ("s3api", "put-object"),
)

# Runs in the child: prints "<import ms> <work ms> <shapes> <work CPU ms>". The CPU time
# is the figure a busy machine does not inflate (wall time waits for a core there).
_CHILD = """
import sys, time
import ec2shorthand
t0 = time.perf_counter()
from ec2shorthand._model import bundled
t1 = time.perf_counter()
c1 = time.process_time()
service_name, operation_name, version = sys.argv[1], sys.argv[2], int(sys.argv[3])
if operation_name == "-":
    count = len(bundled.service_names(version))
else:
    model = bundled.service(service_name, version)
    root = model.operation(operation_name)["input"]
    seen, pending = set(), [root] if root else []
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = model.shape(name)
        refs = list(shape.get("members", {}).values())
        refs += [shape[part] for part in ("member", "key", "value") if part in shape]
        pending.extend(ref["shape"] for ref in refs)
    count = len(seen)
t2 = time.perf_counter()
c2 = time.process_time()
print(f"{(t1 - t0) * 1000:.3f} {(t2 - t1) * 1000:.3f} {count} {(c2 - c1) * 1000:.3f}")
"""


# As installed from a wheel: bytecode compiled once (pip does it), not at every import.
_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _run_child(service: str, operation: str, version: int) -> list[str]:
    command = [sys.executable, "-c", _CHILD, service, operation, str(version)]
    result = subprocess.run(command, check=True, capture_output=True, text=True, env=_ENV)
    return result.stdout.split()


def measure(
    service: str, operation: str, runs: int, version: int
) -> tuple[list[float], list[float], list[float], int]:
    imports, works, cpu, count = [], [], [], 0
    _run_child(service, operation, version)  # writes the bytecode, warms the file cache
    for _ in range(runs):
        out = _run_child(service, operation, version)
        imports.append(float(out[0]))
        works.append(float(out[1]))
        count = int(out[2])
        cpu.append(float(out[3]))
    return imports, works, cpu, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cli-version", type=int, choices=(1, 2), default=1)
    args = parser.parse_args(argv)
    print(f"AWS CLI v{args.cli_version}'s model")
    print(
        "| what | shapes | load ms (median / min) | CPU ms (median) | reader import ms (median) |"
    )
    print("|---|---:|---:|---:|---:|")
    for service, operation in (*TARGETS, ("(all)", "-")):
        imports, works, cpu, count = measure(service, operation, args.runs, args.cli_version)
        what = "list services" if operation == "-" else f"{service} {operation}"
        print(
            f"| {what} | {count} | {statistics.median(works):.2f} / {min(works):.2f} "
            f"| {statistics.median(cpu):.2f} | {statistics.median(imports):.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
