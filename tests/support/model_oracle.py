"""What the AWS CLI's own command tables and botocore say each service is, as plain JSON.

The oracle of ``tests/model/test_model_vs_botocore.py``: the CLI's command tables
(walked afresh here, not with the generator's code) and the shapes botocore
resolves (``botocore.model``, member traits laid over their shapes by botocore),
written in the bundled model's terms so that the two compare as data.

It imports the standard library and awscli only, so that either AWS CLI's
interpreter runs it: the tests' own (v1) imports it; the AWS CLI v2's runs it as
a script (``python model_oracle.py [SERVICE...]``) and prints one JSON document:
``{"version", "services", "aliases", "custom_services", "records": {name: record}}``.
The generator's ``cli_facts`` is used only for a hermetic environment.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from cli_facts import create_driver, hermetic_environment

# Traits compared on every shape and every resolved member, with where botocore keeps them.
METADATA_TRAITS = ("required", "min", "max", "pattern", "enum", "union", "document")
METADATA_TRAITS += ("idempotencyToken",)
SERIALIZATION_TRAITS = ("streaming", "eventstream", "event", "payload", "jsonvalue")
SERIALIZATION_TRAITS += ("location", "hostLabel")
TRAITS = (*METADATA_TRAITS, *SERIALIZATION_TRAITS, "deprecated")
CONTAINERS = ("member", "key", "value")


class CliTables:
    """The CLI's top-level command table and each service's, built once."""

    def __init__(self) -> None:
        # Hermetic before the first `import awscli`: it reads AWS_DATA_PATH on import.
        with hermetic_environment():
            import awscli
            from awscli.clidriver import ServiceCommand

            driver = create_driver()
            self.version: str = awscli.__version__
            self.session = driver.session
            self.top = dict(driver._get_command_table())
            self.services = {
                name: command
                for name, command in self.top.items()
                if isinstance(command, ServiceCommand)
            }
            self.commands = {
                name: dict(command._get_command_table()) for name, command in self.services.items()
            }

    def model_commands(self, service: str) -> dict[str, Any]:
        """The service's commands that call a model operation, in the CLI's order."""
        from awscli.clidriver import ServiceOperation

        table = self.commands[service]
        return {name: cmd for name, cmd in table.items() if isinstance(cmd, ServiceOperation)}

    def record(self, service: str) -> dict[str, Any]:
        """The service as the bundled model would hold it (see ``bundled_record`` in the test)."""
        command = self.services[service]
        botocore_model = command.service_model
        exposed = self.model_commands(service)
        operations = {}
        roots = []
        for cli_name, entry in exposed.items():
            expected = entry._operation_model
            operations[cli_name] = {
                "name": expected.name,
                "input": expected.input_shape.name if expected.input_shape else None,
                "output": expected.output_shape.name if expected.output_shape else None,
                "deprecated": bool(expected.deprecated),
                "hidden": _hidden(entry),
                "paginator": _paginator(self.session, botocore_model.service_name, expected.name),
            }
            roots += [shape for shape in (expected.input_shape, expected.output_shape) if shape]
        reachable = sorted(shape.name for shape in _reachable(roots))
        return {
            "name": service,
            "model": botocore_model.service_name,
            "endpoint_prefix": botocore_model.endpoint_prefix,
            "protocol": botocore_model.protocol,
            "api_version": botocore_model.api_version,
            "hidden": _hidden(command),
            "preview": type(command).__name__ == "PreviewCommand",
            "operations": operations,
            "custom_commands": sorted(set(self.commands[service]) - set(exposed)),
            # The unresolved shapes: the ones reached were resolved with a member's traits.
            "shapes": {name: _shape(botocore_model.shape_for(name)) for name in reachable},
        }

    def top_level(self) -> dict[str, Any]:
        """The services (aliases included), and the top-level commands that are no service."""
        return {
            "version": self.version,
            "services": sorted(self.services),
            "custom_services": sorted(set(self.top) - set(self.services)),
        }


def _hidden(command: Any) -> bool:
    return bool(getattr(command, "_UNDOCUMENTED", False))


def _traits(shape: Any) -> dict[str, Any]:
    traits = {name: shape.metadata[name] for name in METADATA_TRAITS if name in shape.metadata}
    traits.update(
        (name, shape.serialization[name])
        for name in SERIALIZATION_TRAITS
        if name in shape.serialization
    )
    if "deprecated" in shape._shape_model:  # botocore keeps no other record of it
        traits["deprecated"] = shape._shape_model["deprecated"]
    return traits


def _children(shape: Any) -> dict[str, Any]:
    """Member name (or member/key/value) -> resolved botocore shape, in model order."""
    if shape.type_name == "structure":
        return dict(shape.members)
    return {part: getattr(shape, part) for part in CONTAINERS if hasattr(shape, part)}


def _shape(shape: Any) -> dict[str, Any]:
    children = {}
    for name, member in _children(shape).items():
        entry_name = member.serialization.get("name") if shape.type_name == "map" else None
        children[name] = {
            "shape": member.name,
            "type": member.type_name,
            "traits": _traits(member),
            "locationName": entry_name,  # kept for a map's key and value only
        }
    return {"type": shape.type_name, "traits": _traits(shape), "children": children}


def _reachable(roots: list[Any]) -> Iterator[Any]:
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        shape = pending.pop()
        if shape.name in seen:
            continue
        seen.add(shape.name)
        yield shape
        pending.extend(_children(shape).values())


def _paginator(session: Any, model_name: str, api_name: str) -> dict[str, Any] | None:
    try:
        config = session.get_paginator_model(model_name).get_paginator(api_name)
    except Exception:  # no paginators for the service (DataNotFoundError) or operation (ValueError)
        return None

    def as_list(value: Any) -> list[str]:
        return [value] if isinstance(value, str) else list(value or [])

    return {
        "input_token": as_list(config.get("input_token")),
        "output_token": as_list(config.get("output_token")),
        "limit_key": config.get("limit_key"),
        "more_results": config.get("more_results"),
        "result_key": as_list(config.get("result_key")),
    }


def main(services: list[str]) -> None:
    """Print the top level and the records of ``services`` (every service when none)."""
    tables = CliTables()
    document = tables.top_level()
    names = services or document["services"]
    document["records"] = {name: tables.record(name) for name in names}
    json.dump(document, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1:])
