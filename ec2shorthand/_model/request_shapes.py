"""Which operation a request document is for, from its top-level keys alone (the skeleton's shape).

A ``--cli-input-json`` file that must also run with the AWS CLI cannot name its
operation (the AWS CLI refuses an unknown ``$schema`` member), so its keys have
to: a document whose keys are all members of exactly one operation's input is
that operation's request. Two keys at least, or every member of an input with
fewer: one key (``{"DryRun": true}``) fits thousands of operations and says
nothing. Where the keys fit several operations, the file's name may pick one
(``describe-instances.json``, ``run-instances-input.yaml``); otherwise the
answer is none. Never a guess.

The index is ``models/request_shapes.json`` (``scripts/build_request_shapes.py``),
read on first use in 0.05 s (5.8 MB kept): reading the 18,700 inputs from the
models instead took 0.25 s warm, 1.3 s and more from a cold disk, kept 15 MB
and cycled the bounded service cache (bench/RESULTS.md, "Request shapes").
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable

from .._core.version import CliVersion
from .._resources import data_folder

__all__ = ["operations_shaped_like"]

Target = tuple[str, str]

# A document needs this many keys to name its operation by shape (fewer only where the
# operation's input has no more members than that).
_FEWEST_KEYS = 2


class _Index:
    """Each operation's input member count; for each member name, the operations having it."""

    def __init__(self, version: CliVersion) -> None:
        self.sizes: list[int] = []  # how many members each input has
        self.targets: list[Target] = []
        self.having: dict[str, list[int]] = {}
        text = data_folder("models").joinpath("request_shapes.json").read_text(encoding="utf-8")
        built = json.loads(text)[str(version)]
        names: list[str] = built["names"]
        for service_name, operations in built["inputs"].items():
            for operation_name, members in operations.items():
                number = len(self.targets)
                self.targets.append((service_name, operation_name))
                self.sizes.append(len(members))
                for member in members:
                    self.having.setdefault(names[member], []).append(number)


@functools.lru_cache(maxsize=2)  # one per version
def _index(version: CliVersion) -> _Index:
    return _Index(version)


def operations_shaped_like(
    keys: Iterable[str], version: CliVersion, file_name: str = ""
) -> list[Target]:
    """The operations whose input has every one of ``keys``: one, or none, or (ambiguous) several.

    ``file_name`` (without folder) narrows several candidates to the one whose
    operation it starts with. A document too small to say anything gets ``[]``.
    """
    given = set(keys)
    if not given:
        return []
    index = _index(version)
    lists = sorted((index.having.get(key, []) for key in given), key=len)
    found = set(lists[0]).intersection(*lists[1:])
    fitting = [
        number
        for number in sorted(found)
        if len(given) >= _FEWEST_KEYS or index.sizes[number] == len(given)
    ]
    targets = [index.targets[number] for number in fitting]
    if len(targets) > 1 and file_name:
        named = [target for target in targets if _names(file_name, target[1])]
        if len(named) == 1:
            return named
    return targets


def _names(file_name: str, operation: str) -> bool:
    """``describe-instances.json`` and ``describe-instances-input.yaml`` name describe-instances."""
    stem = file_name.rsplit(".", 1)[0].lower()
    return stem == operation or stem.startswith(operation + "-input")
