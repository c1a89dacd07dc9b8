"""The bundled model of each AWS CLI version against that CLI's own: services, operations, shapes.

The oracle (``tests/support/model_oracle.py``) walks the CLI's command tables
afresh and reads the shapes botocore resolves, and writes both in the bundled
model's terms. For v1 it runs in this process (the tests' awscli is v1); for v2
the AWS CLI v2's own interpreter runs it and prints JSON (its ``awscli`` and
vendored botocore cannot share a process with v1's).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from typing import Any

import pytest
from model_oracle import TRAITS

from ec2shorthand._core.version import CliVersion
from ec2shorthand._model import bundled

ORACLE_SCRIPT = "model_oracle.py"


class Oracle:
    """One AWS CLI's top level (``model_oracle.CliTables.top_level``) and its service records."""

    def __init__(self, top: dict[str, Any], record: Callable[[str], dict[str, Any]]) -> None:
        self.top, self.record = top, record


@pytest.fixture(scope="module")
def v1_cli() -> Oracle:
    pytest.importorskip("awscli")
    from model_oracle import CliTables

    tables = CliTables()
    return Oracle(tables.top_level(), tables.record)


@pytest.fixture(scope="module")
def v2_cli() -> Oracle:
    """Every service of the AWS CLI v2, read by its own interpreter in one child (~40 MB JSON)."""
    from pathlib import Path

    # The v2 server's environment: no AWS_DATA_PATH of the v1 imported here, no PYTHONPATH.
    from v2_oracle import _server_environment, require_v2

    script = Path(__file__).resolve().parents[1] / "support" / ORACLE_SCRIPT
    result = subprocess.run(
        [str(require_v2()), str(script)],
        capture_output=True,
        text=True,
        check=False,
        env=_server_environment(),
        timeout=1800,  # a hang guard only
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    return Oracle(document, document["records"].__getitem__)


def _cli(request: pytest.FixtureRequest, version: CliVersion) -> Oracle:
    oracle: Oracle = request.getfixturevalue(f"v{version}_cli")
    return oracle


def _same(actual: Any, expected: Any) -> bool:
    """Equal as JSON: ``1`` is not ``true`` and ``1.0`` is not ``1`` here."""
    return json.dumps(actual, sort_keys=True) == json.dumps(expected, sort_keys=True)


def _traits(shape: dict[str, Any]) -> dict[str, Any]:
    return {name: shape[name] for name in TRAITS if name in shape}


def _bundled_shape(model: bundled.ServiceModel, name: str) -> dict[str, Any]:
    shape = model.shape(name)
    if "members" in shape:
        refs = dict(shape["members"])
    else:
        refs = {part: shape[part] for part in ("member", "key", "value") if part in shape}
    children = {}
    for child, ref in refs.items():
        resolved = model.resolve(ref)
        children[child] = {
            "shape": ref["shape"],
            "type": resolved["type"],
            "traits": _traits(resolved),
            "locationName": ref.get("locationName"),
        }
    return {"type": shape["type"], "traits": _traits(shape), "children": children}


def bundled_record(name: str, version: CliVersion) -> dict[str, Any]:
    """The bundled service in the oracle's terms (``model_oracle.CliTables.record``)."""
    model = bundled.service(name, version)
    operations = {}
    for cli_name in model.operation_names:
        operation = model.operation(cli_name)
        operations[cli_name] = {
            "name": operation["name"],
            "input": operation["input"],
            "output": operation["output"],
            "deprecated": operation.get("deprecated", False),
            "hidden": operation.get("hidden", False),
            "paginator": operation.get("paginator"),
        }
    return {
        "name": model.name,
        "model": model.model,
        "endpoint_prefix": model.endpoint_prefix,
        "protocol": model.protocol,
        "api_version": model.api_version,
        "hidden": model.hidden,
        "preview": model.preview,
        "operations": operations,
        "custom_commands": sorted(bundled.custom_commands(name, version)),
        "shapes": {shape: _bundled_shape(model, shape) for shape in model.shape_names},
    }


def _differences(actual: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Where two records differ: fields, operations (and their order), shapes (and member order)."""
    problems = [
        f"{field}: {actual[field]!r} != {expected[field]!r}"
        for field in expected
        if field not in ("operations", "shapes") and not _same(actual[field], expected[field])
    ]
    for part in ("operations", "shapes"):
        if list(actual[part]) != list(expected[part]):
            only = sorted(set(actual[part]) ^ set(expected[part]))
            problems.append(f"{part}: the names or their order differ (one side only: {only})")
            continue
        for name, entry in expected[part].items():
            mine = actual[part][name]
            if not _same(mine, entry) or list(mine.get("children", ())) != list(
                entry.get("children", ())
            ):
                problems.append(f"{part} {name}: {mine} != {entry}")
    return problems


# The top-level commands with no model behind them, and the hidden aliases of services.
TOP_LEVEL: dict[CliVersion, tuple[set[str], dict[str, str]]] = {
    1: ({"s3", "configure", "history"}, {"runtime.sagemaker": "sagemaker-runtime"}),
    # v2 has commands of its own, and no hidden alias of a service.
    2: ({"cli-dev", "configure", "ddb", "history", "login", "logout", "s3", "update"}, {}),
}


@pytest.mark.parametrize("version", [1, 2])
def test_services_aliases_and_custom_services_are_the_cli_top_level(
    request: pytest.FixtureRequest, version: CliVersion
) -> None:
    cli = _cli(request, version)
    custom, aliases = TOP_LEVEL[version]
    names = set(bundled.service_names(version))
    assert set(cli.top["services"]) == names | set(aliases)
    assert {alias: bundled.resolve_service(alias, version) for alias in aliases} == aliases
    for alias, target in aliases.items():
        record = cli.record(alias)
        assert record["model"] == bundled.service(target, version).model
        assert list(record["operations"]) == list(bundled.service(alias, version).operation_names)
    assert set(cli.top["custom_services"]) == custom
    assert all(bundled.is_custom_service(name, version) for name in custom)
    assert not any(bundled.is_custom_service(name, version) for name in cli.top["services"])


@pytest.mark.parametrize(
    ("version", "service_name"),
    [(version, name) for version in (1, 2) for name in bundled.service_names(version)],
)
def test_service_matches_the_cli_and_botocore(
    request: pytest.FixtureRequest, version: CliVersion, service_name: str
) -> None:
    expected = _cli(request, version).record(service_name)
    problems = _differences(bundled_record(service_name, version), expected)
    assert not problems, "\n".join(problems[:20])
