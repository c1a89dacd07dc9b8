"""Benchmark request files in the editor: naming the operation from its keys, completing inside.

Two ways to know which operations have which input members, each in a fresh
process (the first one after boot also pays for reading the files from disk):

* ``scan``: read every operation's input from the bundled models at run time;
* ``index``: read ``models/request_shapes.json`` (``scripts/build_request_shapes.py``).

And one completion in a JSON request of a small and a large document (the text
before the cursor is read once per keystroke).

Run from the repository root: ``python bench/bench_request_files.py``.
Nothing here asserts on time: figures are for people (bench/RESULTS.md, "Request shapes").
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCAN = """
from ec2shorthand._model import bundled
having = {}
for service in bundled.service_names(2):
    model = bundled.service(service, 2)
    for operation in model.operation_names:
        name = model.operation(operation)["input"]
        if name is not None:
            for member in model.shape(name).get("members", {}):
                having.setdefault(member, []).append((service, operation))
"""
INDEX = "from ec2shorthand._model.request_shapes import _index; _index(2)"


def _process(code: str) -> float:
    setup = "import time, ec2shorthand._model.bundled as b; start = time.perf_counter()\n"
    report = "\nprint(time.perf_counter() - start)"
    done = subprocess.run(
        [sys.executable, "-c", setup + code + report],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
        check=True,
        timeout=600,
    )
    return float(done.stdout.split()[-1])


def _completion(text: str) -> float:
    from ec2shorthand._awscli.arguments import operation_model
    from ec2shorthand._model.complete_document import complete_document
    from ec2shorthand._syntax.json_cursor import json_cursor

    root = operation_model("ec2", "run-instances", 2).schema
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        cursor = json_cursor(text)
        assert cursor is not None
        complete_document(root, cursor)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    sys.path.insert(0, str(ROOT))
    for label, code in (("scan", SCAN), ("index", INDEX)):
        runs = sorted(_process(code) for _ in range(3))
        print(f"{label}: best {runs[0]:.3f} s, worst {runs[-1]:.3f} s")
    tag = '{"ResourceType": "instance", "Tags": [{"Key": "a", "Value": "b"}]}'
    small = '{"ImageId": "ami-1", "MinCount": 1, "MaxCount": 1, "InstanceType": "t3.'
    large = '{"TagSpecifications": [' + ",".join([tag] * 2000) + '], "InstanceType": "t3.'
    for label, text in (("small", small), ("large", large)):
        print(f"complete {label} ({len(text):,} chars): {_completion(text) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
