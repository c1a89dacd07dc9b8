"""The bundled model against the AWS CLI's own: every service, operation and reachable shape.

The oracle is the AWS CLI itself: its command tables (built here by walking
them afresh, not with the generator's code) and the botocore shapes it resolves
(``botocore.model``, member traits laid over their shapes by botocore). The
generator is used only for a hermetic environment in which to build them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("awscli")

from ec2shorthand._model import bundled

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from cli_facts import create_driver, hermetic_environment

# Traits compared on every shape and every resolved member, with where botocore keeps them.
METADATA_TRAITS = ("required", "min", "max", "pattern", "enum", "union", "document")
METADATA_TRAITS += ("idempotencyToken",)
SERIALIZATION_TRAITS = ("streaming", "eventstream", "event", "payload", "jsonvalue")
SERIALIZATION_TRAITS += ("location", "hostLabel")
CONTAINERS = ("member", "key", "value")


class CliTables:
    """The CLI's top-level command table and each service's, built once for the module."""

    def __init__(self) -> None:
        from awscli.clidriver import ServiceCommand

        with hermetic_environment():
            driver = create_driver()
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


@pytest.fixture(scope="module")
def cli() -> CliTables:
    return CliTables()


def _model_commands(table: dict[str, Any]) -> dict[str, Any]:
    from awscli.clidriver import ServiceOperation

    return {name: cmd for name, cmd in table.items() if isinstance(cmd, ServiceOperation)}


def _botocore_traits(shape: Any) -> dict[str, Any]:
    traits = {name: shape.metadata[name] for name in METADATA_TRAITS if name in shape.metadata}
    traits.update(
        (name, shape.serialization[name])
        for name in SERIALIZATION_TRAITS
        if name in shape.serialization
    )
    if "deprecated" in shape._shape_model:  # botocore keeps no other record of it
        traits["deprecated"] = shape._shape_model["deprecated"]
    return traits


def _bundled_traits(shape: dict[str, Any]) -> dict[str, Any]:
    return {
        name: shape[name]
        for name in (*METADATA_TRAITS, *SERIALIZATION_TRAITS, "deprecated")
        if name in shape
    }


def _same(actual: dict[str, Any], expected: dict[str, Any]) -> bool:
    """Equal as JSON: ``1`` is not ``true`` and ``1.0`` is not ``1`` here."""
    return json.dumps(actual, sort_keys=True) == json.dumps(expected, sort_keys=True)


def _botocore_children(shape: Any) -> dict[str, Any]:
    """Member name (or member/key/value) -> resolved botocore shape, in model order."""
    if shape.type_name == "structure":
        return dict(shape.members)
    return {part: getattr(shape, part) for part in CONTAINERS if hasattr(shape, part)}


def _bundled_children(shape: dict[str, Any]) -> dict[str, Any]:
    if "members" in shape:
        return dict(shape["members"])
    return {part: shape[part] for part in CONTAINERS if part in shape}


def _reachable(roots: list[Any]) -> Iterator[Any]:
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        shape = pending.pop()
        if shape.name in seen:
            continue
        seen.add(shape.name)
        yield shape
        pending.extend(_botocore_children(shape).values())


def _compare_shape(model: bundled.ServiceModel, expected: Any) -> list[str]:
    """Differences between one botocore shape (unresolved) and the bundled one of that name."""
    name = expected.name
    actual = model.shape(name)
    problems = []
    if actual["type"] != expected.type_name:
        problems.append(f"{name}: type {actual['type']} != {expected.type_name}")
    if not _same(_bundled_traits(actual), _botocore_traits(expected)):
        problems.append(f"{name}: {_bundled_traits(actual)} != {_botocore_traits(expected)}")
    expected_children = _botocore_children(expected)
    actual_children = _bundled_children(actual)
    if list(actual_children) != list(expected_children):
        problems.append(f"{name}: members {list(actual_children)} != {list(expected_children)}")
        return problems
    for child, ref in actual_children.items():
        member = expected_children[child]
        resolved = model.resolve(ref)
        where = f"{name}.{child}"
        if ref["shape"] != member.name or resolved["type"] != member.type_name:
            problems.append(f"{where}: {ref['shape']} != {member.name}")
        if not _same(_bundled_traits(resolved), _botocore_traits(member)):
            problems.append(f"{where}: {_bundled_traits(resolved)} != {_botocore_traits(member)}")
        entry_name = member.serialization.get("name") if expected.type_name == "map" else None
        if ref.get("locationName") != entry_name:  # kept for a map's key and value only
            problems.append(f"{where}: locationName {ref.get('locationName')!r}")
    return problems


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


def test_services_aliases_and_custom_services_are_the_cli_top_level(cli: CliTables) -> None:
    names = set(bundled.service_names())
    aliases = {name for name in cli.services if name not in names}
    assert names <= set(cli.services)
    assert aliases == {"runtime.sagemaker"}
    for alias in aliases:
        target = bundled.resolve_service(alias)
        assert target is not None
        assert cli.services[alias].service_model.service_name == bundled.service(target).model
        exposed = _model_commands(cli.commands[alias])
        assert list(exposed) == list(bundled.service(alias).operation_names)
    custom = {name for name in cli.top if name not in cli.services}
    assert custom == {"s3", "configure", "history"}
    assert all(bundled.is_custom_service(name) for name in custom)
    assert not any(bundled.is_custom_service(name) for name in cli.services)


@pytest.mark.parametrize("service_name", bundled.service_names())
def test_service_matches_the_cli_and_botocore(cli: CliTables, service_name: str) -> None:
    model = bundled.service(service_name)
    command = cli.services[service_name]
    botocore_model = command.service_model
    assert (model.name, model.model) == (service_name, botocore_model.service_name)
    assert model.endpoint_prefix == botocore_model.endpoint_prefix
    assert model.protocol == botocore_model.protocol
    assert model.api_version == botocore_model.api_version
    assert model.hidden == bool(getattr(command, "_UNDOCUMENTED", False))
    assert model.preview == (type(command).__name__ == "PreviewCommand")

    table = cli.commands[service_name]
    exposed = _model_commands(table)
    assert list(model.operation_names) == list(exposed)
    assert bundled.custom_commands(service_name) == set(table) - set(exposed)

    roots = []
    for cli_name, entry in exposed.items():
        expected = entry._operation_model
        operation = model.operation(cli_name)
        assert operation["name"] == expected.name
        for part, shape in (("input", expected.input_shape), ("output", expected.output_shape)):
            assert operation[part] == (shape.name if shape else None), (cli_name, part)
            if shape is not None:
                roots.append(shape)
        assert operation.get("deprecated", False) == expected.deprecated
        assert operation.get("hidden", False) == bool(getattr(entry, "_UNDOCUMENTED", False))
        paginator = _paginator(cli.session, model.model, expected.name)
        assert operation.get("paginator") == paginator, cli_name

    reachable = {shape.name: shape for shape in _reachable(roots)}
    assert sorted(model.shape_names) == sorted(reachable)
    problems = []
    for name in model.shape_names:
        # The unresolved shape: the ones reached were resolved with a member's traits.
        problems += _compare_shape(model, botocore_model.shape_for(name))
    assert not problems, "\n".join(problems[:20])
