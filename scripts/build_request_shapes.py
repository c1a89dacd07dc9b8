"""Build ``models/request_shapes.json``: every operation's input member names, per AWS CLI version.

Usage: ``python scripts/build_request_shapes.py [--check]`` (run from a checkout:
it reads the bundled models in ``models/`` that ``build_model.py`` wrote).

The language server names the operation of a request file from its top-level
keys (``ec2shorthand/_model/request_shapes.py``). Reading all 18,700 inputs
from the models takes 0.25 s warm and 1.3 s or more cold, and keeps 15 MB;
this file is read in 0.05 s (bench/RESULTS.md, "Request shapes"). Member
names are numbered once (``names``); each operation lists its members' numbers.

``--check`` writes nothing and exits 1 when the checked-in file differs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from generated_file import write_or_check

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "models" / "request_shapes.json"


def build() -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from ec2shorthand._model import bundled

    built: dict[str, object] = {"format": 1}
    for version in (1, 2):
        inputs: dict[str, dict[str, list[str]]] = {}
        for service_name in bundled.service_names(version):
            model = bundled.service(service_name, version)
            for operation_name in model.operation_names:
                input_name = model.operation(operation_name)["input"]
                if input_name is not None:
                    members = sorted(model.shape(input_name).get("members", {}))
                    inputs.setdefault(service_name, {})[operation_name] = members
        names = sorted({name for ops in inputs.values() for m in ops.values() for name in m})
        number = {name: position for position, name in enumerate(names)}
        built[str(version)] = {
            "names": names,
            "inputs": {
                service: {op: [number[name] for name in members] for op, members in ops.items()}
                for service, ops in inputs.items()
            },
        }
    return built


def main() -> int:
    return write_or_check(
        OUTPUT,
        lambda: json.dumps(build(), separators=(",", ":")) + "\n",
        __doc__.splitlines()[0],
    )


if __name__ == "__main__":
    sys.exit(main())
