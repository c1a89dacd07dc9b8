"""The bundled JSON Schemas: well-formed, in API-model order, current, and usable."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from operations import OPERATIONS, load_output_schema, load_schema

from ec2shorthand import UnknownOperationError
from ec2shorthand._resources import data_folder

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "scripts" / "generate_schemas.py"
LOADERS: dict[str, Callable[[str], dict[str, Any]]] = {
    "input": load_schema,
    "output": load_output_schema,
}

GROUP_ID = "sg-026c12253ce15eff7"
EXAMPLE_REQUEST = {
    "GroupId": GROUP_ID,
    "IpPermissions": [
        {"IpProtocol": "icmp", "FromPort": 3, "ToPort": 4, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}
    ],
}


def _refs(node: Any) -> Iterator[str]:
    """Every ``$ref`` value anywhere in a schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _errors(operation: str, instance: Any) -> list[tuple[list[Any], str]]:
    """(JSON path, failing keyword) of each validation error, sorted."""
    validator = Draft202012Validator(load_schema(operation))
    return sorted(
        (list(e.absolute_path), str(e.validator)) for e in validator.iter_errors(instance)
    )


def _generate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATOR), *args], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def ec2_model() -> Any:
    """botocore's EC2 model, as the AWS CLI (our oracle) loads it."""
    pytest.importorskip("awscli")  # first: it points `import botocore` at its own copy
    session = pytest.importorskip("botocore.session")
    return session.get_session().get_service_model("ec2")


# -- well-formed and complete -------------------------------------------------


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("kind", LOADERS)
def test_bundled_schema_is_valid_draft_2020_12(kind: str, operation: str) -> None:
    schema = LOADERS[kind](operation)
    Draft202012Validator.check_schema(schema)
    suffix = ".output" if kind == "output" else ""
    assert schema["$id"] == f"urn:ec2shorthand:schema:{operation}{suffix}"
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    # check_schema does not follow references: every $ref must name a $def, and
    # every $def must be used, or the generator collected the wrong shapes.
    defs = schema.get("$defs", {})
    used = {ref.removeprefix("#/$defs/") for ref in _refs(schema)}
    assert used == set(defs)


def test_bundled_files_are_exactly_the_known_operations() -> None:
    # The folder this copy of the package reads (installed, or beside a source tree).
    folder = data_folder("schemas")
    names = {p.name for p in folder.iterdir() if p.name.endswith(".json")}
    expected = {f"{op}.json" for op in OPERATIONS} | {f"{op}.output.json" for op in OPERATIONS}
    assert names == expected


def test_schemas_are_cached() -> None:
    assert load_schema("revoke-security-group-ingress") is load_schema(
        "revoke-security-group-ingress"
    )


# -- generated from, and in the order of, the API model -----------------------


def test_generator_reports_no_drift() -> None:
    pytest.importorskip("awscli")
    result = _generate("--check")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_generator_check_names_stale_missing_and_extra_files(tmp_path: Path) -> None:
    pytest.importorskip("awscli")
    for path in (ROOT / "schemas").glob("*.json"):
        shutil.copy(path, tmp_path)
    (tmp_path / "revoke-security-group-egress.json").write_text("{}\n", encoding="utf-8")
    (tmp_path / "revoke-security-group-ingress.output.json").unlink()
    (tmp_path / "describe-instances.json").write_text("{}\n", encoding="utf-8")

    result = _generate("--check", "--output-dir", str(tmp_path))

    assert result.returncode == 1
    reported = sorted(Path(line.split(": ")[0]).name for line in result.stderr.splitlines())
    assert reported == [
        "describe-instances.json",
        "revoke-security-group-egress.json",
        "revoke-security-group-ingress.output.json",
    ]
    # --check writes nothing: the stale file is still stale, the missing one still missing.
    assert (tmp_path / "revoke-security-group-egress.json").read_text(encoding="utf-8") == "{}\n"
    assert not (tmp_path / "revoke-security-group-ingress.output.json").exists()


def test_ip_permission_properties_follow_model_order() -> None:
    schema = load_schema("revoke-security-group-ingress")
    assert schema["properties"]["IpPermissions"]["items"] == {"$ref": "#/$defs/IpPermission"}
    # The model's order, which is not alphabetical: the parser emits keys in this order.
    assert list(schema["$defs"]["IpPermission"]["properties"]) == [
        "IpProtocol",
        "FromPort",
        "ToPort",
        "UserIdGroupPairs",
        "IpRanges",
        "Ipv6Ranges",
        "PrefixListIds",
    ]


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("kind", LOADERS)
def test_property_order_matches_botocore(ec2_model: Any, kind: str, operation: str) -> None:
    schema = LOADERS[kind](operation)
    api = ec2_model.operation_model(schema["title"])
    shape = api.output_shape if kind == "output" else api.input_shape
    assert list(schema["properties"]) == list(shape.members)
    assert schema.get("required", []) == shape.required_members
    for name, definition in schema.get("$defs", {}).items():
        assert list(definition["properties"]) == list(ec2_model.shape_for(name).members), name


# -- unknown operations -------------------------------------------------------


@pytest.mark.parametrize("loader", LOADERS.values(), ids=list(LOADERS))
def test_unknown_operation_suggests_the_closest_name(
    loader: Callable[[str], dict[str, Any]],
) -> None:
    with pytest.raises(UnknownOperationError) as caught:
        loader("revoke-security-group-ingres")
    message = str(caught.value)
    assert message == (
        "unknown operation 'revoke-security-group-ingres' "
        "(did you mean 'revoke-security-group-ingress'?) of ec2"
    )


def test_unknown_operation_without_close_match_names_the_service() -> None:
    with pytest.raises(UnknownOperationError) as caught:
        load_schema("zzzz-qqqq")
    assert str(caught.value) == "unknown operation 'zzzz-qqqq' of ec2"
    assert isinstance(caught.value, ValueError)


def test_path_like_operation_name_is_unknown() -> None:
    with pytest.raises(UnknownOperationError):
        load_schema("../schemas/revoke-security-group-ingress")


# -- validating real requests -------------------------------------------------


def test_real_request_is_valid() -> None:
    assert _errors("revoke-security-group-ingress", EXAMPLE_REQUEST) == []


@pytest.mark.parametrize(
    ("instance", "expected"),
    [
        (
            {"GroupId": GROUP_ID, "IpPermissions": [{"FromPort": "3"}]},
            [(["IpPermissions", 0, "FromPort"], "type")],
        ),
        ({"GroupId": GROUP_ID, "Bogus": 1}, [([], "additionalProperties")]),
        (
            {"GroupId": GROUP_ID, "IpPermissions": [{"IpRanges": [{"Cidr": "x"}]}]},
            [(["IpPermissions", 0, "IpRanges", 0], "additionalProperties")],
        ),
        ({"GroupName": "web", "DryRun": "true"}, [(["DryRun"], "type")]),
        # The documented rules laid over the model (scripts/schema_constraints.py).
        ({"GroupId": "sg-1"}, [(["GroupId"], "pattern")]),
        ({}, [([], "oneOf")]),
        ({"GroupId": GROUP_ID, "GroupName": "web"}, [([], "oneOf")]),
        (
            {"GroupName": "web", "IpPermissions": [{"FromPort": 70000, "IpProtocol": "tcp "}]},
            [
                (["IpPermissions", 0, "FromPort"], "maximum"),
                (["IpPermissions", 0, "IpProtocol"], "pattern"),
            ],
        ),
    ],
)
def test_invalid_requests_are_rejected(instance: Any, expected: list[Any]) -> None:
    assert _errors("revoke-security-group-ingress", instance) == expected


def test_egress_operations_require_group_id() -> None:
    # The model makes GroupId required for the egress calls only.
    assert _errors("authorize-security-group-egress", {}) == [([], "required")]
    assert _errors("authorize-security-group-ingress", {"GroupName": "web"}) == []


def test_tag_resource_type_is_an_enum() -> None:
    request: dict[str, Any] = {
        "GroupName": "web",
        "TagSpecifications": [{"ResourceType": "security-group-rule", "Tags": []}],
    }
    assert _errors("authorize-security-group-ingress", request) == []
    request["TagSpecifications"][0]["ResourceType"] = "security-group-rules"
    assert _errors("authorize-security-group-ingress", request) == [
        (["TagSpecifications", 0, "ResourceType"], "enum")
    ]


def test_output_schema_describes_a_response() -> None:
    response = {
        "Return": True,
        "UnknownIpPermissions": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22}],
        "RevokedSecurityGroupRules": [{"SecurityGroupRuleId": "sgr-1", "IsEgress": False}],
    }
    validator = Draft202012Validator(load_output_schema("revoke-security-group-ingress"))
    assert list(validator.iter_errors(response)) == []
    assert not validator.is_valid({"Return": "yes"})
