"""Build the compact AWS API model that ec2shorthand ships (``models/``).

Usage: ``python scripts/build_model.py [--cli-version 1|2] [--check] [--output-dir DIR]``

Run it with the interpreter of the AWS CLI whose model it builds: v1's (the
project's venv, ``awscli`` 1.x) for ``--cli-version 1``, v2's own venv for
``--cli-version 2`` (``/path/to/awscli-v2/bin/python scripts/build_model.py
--cli-version 2``). It imports only the standard library and awscli, never
ec2shorthand, so either interpreter runs it.

Reads the AWS CLI's own command tables and its vendored botocore models (import
awscli first: ``botocore`` is then the CLI's copy; v2 keeps it in
``awscli/botocore``) and writes:

* ``index.json``: the versions, the services (CLI name -> file and botocore
  name), hidden service aliases, each service's custom (non-model) commands and
  the top-level commands that are not services at all;
* ``<service>.model``: line 1 is a JSON header: the service's metadata, the
  CLI names of the operations it exposes (in the CLI's order), the names of
  every shape reachable from them (sorted) and the byte offset of each record
  in the body. The body follows: one record per line, each compact JSON, the
  operations first, then the shapes, so that a reader decodes only what it
  needs (see ``ec2shorthand/_model/bundled.py``).

v2's files go to ``v2/`` beside v1's, v1 built first: ``v2/index.json``
(the same fields, plus ``versus_v1``: the services, commands and members one
version has and the other has not) and only the service files whose bytes
differ from v1's; v2's index names v1's file for every other service (see
``model_versions.py``).

Only what argument processing, validation, skeletons and docs need is kept: see
``SHAPE_TRAITS``. ``--check`` writes nothing and exits 1, naming the files, when
the checked-in data differs from what would be built.

A development tool: awscli is a dev-only dependency; at run time the package
reads only the files written here.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cli_facts import CliFacts, ServiceFacts, create_driver, hermetic_environment, read_cli_facts
from doc_text import first_sentence
from model_versions import V2_FOLDER, differences, shared_layout, v1_files

DEFAULT_OUTPUT_DIR = Path(__file__).resolve().parent.parent / "models"
FORMAT = 1
INIT_TEXT = '"""The AWS API model of ec2shorthand (installed as ec2shorthand.models)."""\n'
V2_INIT_TEXT = '"""The AWS CLI v2\'s model files that differ from v1\'s."""\n'

# Traits kept on a shape and on a member reference (botocore lays a reference's
# traits over its target shape's), in the order they are written. Why each one:
# type checks, required members, min/max/pattern/enum, union and document are
# what botocore's validator checks; jsonvalue+location "header" selects the
# CLI's JSON-string handling and validation; idempotencyToken makes a required
# member optional on the command line; hostLabel gives a string an implicit
# minimum length of 1; streaming blobs are file paths on the command line;
# eventstream/event/payload tell streamed and raw-body operations apart;
# deprecated is documented. Everything else (XML and query names, timestamp
# formats, endpoint and checksum traits, errors, examples) is left out.
SHAPE_TRAITS = (
    "required",
    "min",
    "max",
    "pattern",
    "enum",
    "union",
    "document",
    "streaming",
    "eventstream",
    "event",
    "payload",
    "jsonvalue",
    "idempotencyToken",
    "hostLabel",
    "location",
    "deprecated",
)
# The one name-like trait kept: the AWS CLI's docs name a map's key and value by it.
MAP_ENTRY_TRAITS = ("locationName",)
CONTAINER_REFS = ("member", "key", "value")
PAGINATOR_LISTS = ("input_token", "output_token", "result_key")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _doc(raw: dict[str, Any]) -> dict[str, str]:
    text = first_sentence(raw.get("documentation", ""))
    return {"doc": text} if text else {}


def _traits(raw: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    return {name: raw[name] for name in names if name in raw}


def compact_ref(
    ref: dict[str, Any], shapes: dict[str, Any], *, map_entry: bool = False
) -> dict[str, Any]:
    """A member reference: its target, the traits it lays over it, and its own doc if it differs."""
    compact = {"shape": ref["shape"], **_traits(ref, SHAPE_TRAITS)}
    if map_entry:
        compact.update(_traits(ref, MAP_ENTRY_TRAITS))
    if "documentation" in ref:
        doc = first_sentence(ref["documentation"])
        if doc != first_sentence(shapes[ref["shape"]].get("documentation", "")):
            compact["doc"] = doc
    return compact


def compact_shape(raw: dict[str, Any], shapes: dict[str, Any]) -> dict[str, Any]:
    compact: dict[str, Any] = {"type": raw["type"]}
    if "members" in raw:
        compact["members"] = {
            name: compact_ref(ref, shapes) for name, ref in raw["members"].items()
        }
    for name in CONTAINER_REFS:
        if name in raw:
            compact[name] = compact_ref(raw[name], shapes, map_entry=name != "member")
    compact.update(_traits(raw, SHAPE_TRAITS))
    compact.update(_doc(raw))
    return compact


def _targets(raw: dict[str, Any]) -> Iterable[str]:
    for ref in raw.get("members", {}).values():
        yield ref["shape"]
    for name in CONTAINER_REFS:
        if name in raw:
            yield raw[name]["shape"]


def reachable_shapes(roots: Iterable[str], shapes: dict[str, Any]) -> list[str]:
    """The shapes reachable from ``roots`` through members, list members and map entries, sorted."""
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending.extend(_targets(shapes[name]))
    return sorted(seen)


def compact_paginator(raw: dict[str, Any]) -> dict[str, Any]:
    def as_list(value: Any) -> list[str]:
        return [] if value is None else [value] if isinstance(value, str) else list(value)

    return {
        "input_token": as_list(raw.get("input_token")),
        "output_token": as_list(raw.get("output_token")),
        "limit_key": raw.get("limit_key"),
        "more_results": raw.get("more_results"),
        "result_key": as_list(raw.get("result_key")),
    }


def render_service(facts: ServiceFacts, model: dict[str, Any], pagination: dict[str, Any]) -> bytes:
    """The ``.model`` file of one service: header line, then the shapes' JSON back to back."""
    shapes = model["shapes"]
    operations: dict[str, dict[str, Any]] = {}
    for exposed in facts.operations:
        raw = model["operations"][exposed.api_name]
        entry: dict[str, Any] = {
            "name": exposed.api_name,
            "input": raw.get("input", {}).get("shape"),
            "output": raw.get("output", {}).get("shape"),
            "doc": first_sentence(raw.get("documentation", "")),
        }
        if raw.get("deprecated"):
            entry["deprecated"] = True
        if exposed.hidden:
            entry["hidden"] = True
        if exposed.api_name in pagination:
            entry["paginator"] = compact_paginator(pagination[exposed.api_name])
        operations[exposed.cli_name] = entry
    roots = [ref for op in operations.values() for ref in (op["input"], op["output"]) if ref]
    shape_names = reachable_shapes(roots, shapes)
    records = [*operations.values(), *(compact_shape(shapes[name], shapes) for name in shape_names)]
    body = [dumps(record).encode("utf-8") + b"\n" for record in records]
    metadata = model["metadata"]
    header = {
        "service": facts.cli_name,
        "model": facts.model_name,
        "endpoint_prefix": metadata.get("endpointPrefix"),
        "protocol": metadata.get("protocol"),
        "api_version": metadata.get("apiVersion"),
        "operations": list(operations),
        "shapes": shape_names,
        "offsets": list(itertools.accumulate(map(len, body), initial=0)),
    }
    return dumps(header).encode("utf-8") + b"\n" + b"".join(body)


def index_entries(facts: CliFacts, files: dict[str, str]) -> dict[str, Any]:
    """The index's fields; ``files`` says where each service's file is, relative to ``models/``."""
    services: dict[str, dict[str, Any]] = {}
    for name, service in facts.services.items():
        services[name] = {"file": files[name], "model": service.model_name}
        if service.hidden:
            services[name]["hidden"] = True
        if service.preview:
            services[name]["preview"] = True
    index = {
        "format": FORMAT,
        "awscli": facts.awscli_version,
        "botocore": facts.botocore_version,
        "services": services,
        "aliases": facts.aliases,
        "custom_commands": {
            name: list(service.custom_commands)
            for name, service in facts.services.items()
            if service.custom_commands
        },
        "custom_services": list(facts.custom_services),
    }
    return index


def render_index(index: dict[str, Any]) -> bytes:
    return (json.dumps(index, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def render_all(driver: Any, cli_version: int, models: Path) -> dict[str, bytes]:
    """File name -> exact file content, for every file this script owns in the version's folder.

    v1's folder is ``models`` itself; v2's is ``models/v2``, and v1's files must be
    there already: v2 shares those it would write byte for byte the same.
    """
    facts = read_cli_facts(driver)
    rendered = render_services(driver, facts)
    if cli_version == 1:
        index = index_entries(facts, {name: f"{name}.model" for name in rendered})
        files = {"__init__.py": INIT_TEXT.encode("utf-8"), "index.json": render_index(index)}
        return files | {f"{name}.model": content for name, content in rendered.items()}
    v1_index, v1_service_files = v1_files(models)
    where, written = shared_layout(rendered, v1_service_files)
    index = index_entries(facts, where)
    index["versus_v1"] = differences(v1_index, v1_service_files, index, rendered)
    prefix = f"{V2_FOLDER}/"
    files = {"__init__.py": V2_INIT_TEXT.encode("utf-8"), "index.json": render_index(index)}
    return files | {path.removeprefix(prefix): content for path, content in written.items()}


def render_services(driver: Any, facts: CliFacts) -> dict[str, bytes]:
    """Service name -> its ``.model`` file."""
    from botocore.exceptions import DataNotFoundError  # the AWS CLI's copy: awscli is imported

    session = driver.session
    loader = session.get_component("data_loader")
    files = {}
    for name, service in facts.services.items():
        model = session.get_service_data(service.model_name)
        version = model["metadata"]["apiVersion"]
        try:
            paginators = loader.load_service_model(service.model_name, "paginators-1", version)
        except DataNotFoundError:  # the service has no paginators
            paginators = {}
        pagination = paginators.get("pagination", {})
        files[name] = render_service(service, model, pagination)
    return files


# Files of models/ another script builds (and checks): not this one's to judge.
BUILT_ELSEWHERE = {
    "filter_names.json": "scripts/build_filter_names.py",
    "request_shapes.json": "scripts/build_request_shapes.py",
}


def drift(directory: Path, expected: dict[str, bytes]) -> list[str]:
    """One message per file in ``directory`` that differs from ``expected``."""
    problems = []
    for name, content in expected.items():
        path = directory / name
        if not path.is_file() or path.read_bytes() != content:
            problems.append(f"{path}: out of date (run scripts/build_model.py)")
    for path in sorted(directory.iterdir()):
        if path.is_file() and path.name not in expected and path.name not in BUILT_ELSEWHERE:
            problems.append(f"{path}: not built by scripts/build_model.py")
    return problems


def build(models: Path, *, cli_version: int, check: bool) -> list[str]:
    """Write the version's model under ``models`` (or only compare, with ``check``); the drift."""
    with hermetic_environment():
        driver = create_driver()
        _check_interpreter(cli_version)
        expected = render_all(driver, cli_version, models)
    directory = models if cli_version == 1 else models / V2_FOLDER
    if check:
        return drift(directory, expected)
    directory.mkdir(parents=True, exist_ok=True)
    for path in directory.iterdir():
        if path.is_file() and path.name not in expected:
            path.unlink()
    for name, content in expected.items():
        (directory / name).write_bytes(content)
    return []


def _check_interpreter(cli_version: int) -> None:
    """Refuse to build one version's model from the other version's AWS CLI."""
    import awscli

    major = int(awscli.__version__.split(".")[0])
    if major != cli_version:
        raise SystemExit(
            f"--cli-version {cli_version} needs the AWS CLI v{cli_version}'s python; "
            f"{sys.executable} has awscli {awscli.__version__}"
        )


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, verify) the model; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report drift, write nothing")
    parser.add_argument("--cli-version", type=int, choices=(1, 2), default=1)
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT_DIR)
    args = parser.parse_args(argv)
    problems = build(args.output_dir, cli_version=args.cli_version, check=args.check)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
