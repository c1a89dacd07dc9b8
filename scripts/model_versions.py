"""The AWS CLI v2's model beside v1's: which files it shares, and what differs (build time only).

The v2 build runs in the AWS CLI v2's own interpreter, with v1's model already
built in ``models/``. Both are read here as plain files (stdlib only: this runs
under either interpreter), so that:

* a v2 service file whose bytes equal v1's is not written again: v2's index
  names v1's file (``ec2.model``), and only the others live in ``v2/``;
* v2's index records what v1 has and v2 has not, or the other way round: the
  services, the commands (model operations and the CLI's own commands), v1's
  operations that v2 replaces with a command of its own, and the top-level
  members of the operations both have whose members differ.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

V2_FOLDER = "v2"


def v1_files(models: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """v1's index and the bytes of each of its service files, by service name."""
    index = json.loads((models / "index.json").read_text(encoding="utf-8"))
    services = index["services"].items()
    files = {name: (models / entry["file"]).read_bytes() for name, entry in services}
    return index, files


def shared_layout(
    rendered: dict[str, bytes], v1_service_files: dict[str, bytes]
) -> tuple[dict[str, str], dict[str, bytes]]:
    """Where each v2 service's file is (relative to ``models/``), and the files v2 must write.

    A service whose rendered bytes equal v1's file of the same name points at that file.
    """
    where: dict[str, str] = {}
    written: dict[str, bytes] = {}
    for name, content in rendered.items():
        if v1_service_files.get(name) == content:
            where[name] = f"{name}.model"
        else:
            where[name] = f"{V2_FOLDER}/{name}.model"
            written[where[name]] = content
    return where, written


def _header(data: bytes) -> dict[str, Any]:
    header: dict[str, Any] = json.loads(data[: data.index(b"\n")])
    return header


def _input_members(data: bytes) -> dict[str, list[str]]:
    """Operation (CLI name) -> the names of its input's top-level members, from a service file."""
    header = _header(data)
    body = data[data.index(b"\n") + 1 :]
    offsets = header["offsets"]
    shapes = {name: i + len(header["operations"]) for i, name in enumerate(header["shapes"])}

    def record(index: int) -> Any:
        return json.loads(body[offsets[index] : offsets[index + 1]])

    members = {}
    for position, operation in enumerate(header["operations"]):
        input_shape = record(position)["input"]
        members[operation] = list(record(shapes[input_shape])["members"]) if input_shape else []
    return members


def _commands(index: dict[str, Any], name: str, data: bytes) -> set[str]:
    return set(_header(data)["operations"]) | set(index["custom_commands"].get(name, ()))


def _operations_made_custom(
    v1_index: dict[str, Any], name: str, old: bytes, v2_index: dict[str, Any], new: bytes
) -> set[str]:
    """v1's model operations that v2 replaces with a command of its own (``sso logout``)."""
    custom_in_v2 = set(v2_index["custom_commands"].get(name, ()))
    return set(_header(old)["operations"]) & custom_in_v2 - set(_header(new)["operations"])


def _sorted_lists(table: dict[str, set[str]]) -> dict[str, list[str]]:
    return {name: sorted(values) for name, values in sorted(table.items()) if values}


def differences(
    v1_index: dict[str, Any],
    v1_service_files: dict[str, bytes],
    v2_index: dict[str, Any],
    rendered: dict[str, bytes],
) -> dict[str, Any]:
    """What one version has and the other has not, as v2's index records it under ``versus_v1``."""
    v1_names, v2_names = set(v1_index["services"]), set(v2_index["services"])
    both = sorted(v1_names & v2_names)
    removed: dict[str, set[str]] = {}
    added: dict[str, set[str]] = {}
    made_custom: dict[str, set[str]] = {}
    members: dict[str, dict[str, dict[str, list[str]]]] = {}
    for name in both:
        old, new = v1_service_files[name], rendered[name]
        removed[name] = _commands(v1_index, name, old) - _commands(v2_index, name, new)
        added[name] = _commands(v2_index, name, new) - _commands(v1_index, name, old)
        made_custom[name] = _operations_made_custom(v1_index, name, old, v2_index, new)
        if old == new:
            continue
        old_members, new_members = _input_members(old), _input_members(new)
        for operation in old_members.keys() & new_members.keys():
            gone = set(old_members[operation]) - set(new_members[operation])
            came = set(new_members[operation]) - set(old_members[operation])
            if gone or came:
                members.setdefault(name, {})[operation] = {
                    "removed": sorted(gone),
                    "added": sorted(came),
                }
    return {
        "services_removed": sorted(v1_names - v2_names),
        "services_added": sorted(v2_names - v1_names),
        "custom_services_removed": sorted(
            set(v1_index["custom_services"]) - set(v2_index["custom_services"])
        ),
        "custom_services_added": sorted(
            set(v2_index["custom_services"]) - set(v1_index["custom_services"])
        ),
        "aliases_removed": sorted(set(v1_index["aliases"]) - set(v2_index["aliases"])),
        "commands_removed": _sorted_lists(removed),
        "commands_added": _sorted_lists(added),
        "operations_made_custom": _sorted_lists(made_custom),
        "members_changed": {name: dict(sorted(ops.items())) for name, ops in members.items()},
    }
