"""The AWS CLI v2's model beside v1's: what is shared, what differs, and how each version reads.

The figures are facts of the pinned sources (AWS CLI 1.46.2 with botocore
1.43.62, AWS CLI 2.36.7 with its botocore 2.0.0dev155), counted here through
the reader, independently of the generator's own ``versus_v1`` record, which
must agree with them.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

import pytest

from ec2shorthand._core.errors import OutOfScopeError, ShorthandError, UnknownOperationError
from ec2shorthand._core.version import CliVersion
from ec2shorthand._model import bundled, operation
from ec2shorthand._model.catalog import operation_names
from ec2shorthand._model.operation import get_operation
from ec2shorthand._model.to_schema import SchemaBuilder
from ec2shorthand._resources import data_folder


def _index(version: CliVersion) -> dict[str, Any]:
    name = "index.json" if version == 1 else "v2/index.json"
    index: dict[str, Any] = json.loads(data_folder("models").joinpath(name).read_text())
    return index


def test_each_version_names_its_sources() -> None:
    assert bundled.source_versions(1) == ("1.46.2", "1.43.62")
    assert bundled.source_versions(2) == ("2.36.7", "2.0.0dev155")


def test_the_loader_default_is_v1_until_the_engine_passes_the_version() -> None:
    assert bundled.LOADER_DEFAULT == 1
    assert bundled.service("ec2") is bundled.service("ec2", 1)
    assert get_operation("ec2", "run-instances").cli_version == 1


# -- sharing -------------------------------------------------------------------


def test_v2_writes_only_the_files_whose_bytes_differ_from_v1s() -> None:
    models = data_folder("models")
    v1, v2 = _index(1)["services"], _index(2)["services"]
    own = {name: entry["file"] for name, entry in v2.items() if entry["file"].startswith("v2/")}
    for name, entry in v2.items():
        if name not in own:  # a shared file is v1's own file of that service
            assert entry["file"] == v1[name]["file"] == f"{name}.model"
    for name, file in own.items():
        assert file == f"v2/{name}.model"
        if name in v1:  # never a copy of v1's bytes
            assert (
                models.joinpath(file).read_bytes() != models.joinpath(v1[name]["file"]).read_bytes()
            )
    files = {path.name for path in models.joinpath("v2").iterdir() if path.is_file()}
    assert files == {"__init__.py", "index.json"} | {
        file.removeprefix("v2/") for file in own.values()
    }
    assert (len(own), len(v2) - len(own)) == (47, 379)


def test_a_shared_file_is_read_once_for_both_versions() -> None:
    assert bundled.service("sts", 2) is bundled.service("sts", 1)
    assert bundled.service("ec2", 2) is not bundled.service("ec2", 1)
    # the same file, but v2 has no preview services: its own flags, its own object
    assert bundled.service("sdb", 1).preview
    assert not bundled.service("sdb", 2).preview


def test_operations_are_cached_per_version() -> None:
    # From empty caches: an operation cached by an earlier test may hold a service
    # model that the bounded service cache has since let go.
    for cache in (operation._operation, bundled._service, bundled._service_file):
        cache.cache_clear()
    v1 = get_operation("sts", "get-caller-identity", cli_version=1)
    v2 = get_operation("sts", "get-caller-identity", cli_version=2)
    assert (v1.cli_version, v2.cli_version) == (1, 2)
    assert v2 is get_operation("sts", "get-caller-identity", cli_version=2)
    assert v1 is not v2
    assert v1.model is v2.model  # one file, mapped once


def test_the_operation_cache_is_bounded() -> None:
    limit = operation._operation.cache_info().maxsize
    assert limit is not None
    names = operation_names("ec2", 2)
    assert len(names) > limit
    for name in names:
        get_operation("ec2", name, cli_version=2)
    assert operation._operation.cache_info().currsize <= limit


# -- differences ---------------------------------------------------------------


def _services(version: CliVersion) -> set[str]:
    return set(bundled.service_names(version))


def _input_members(model: bundled.ServiceModel, name: str) -> set[str]:
    input_shape = model.operation(name)["input"]
    return set(model.shape(input_shape).get("members", {})) if input_shape else set()


def _operation_differences() -> tuple[dict[CliVersion, set[tuple[str, str]]], dict[Any, Any]]:
    """Model operations one version has only, and input members of shared ones that differ."""
    only: dict[CliVersion, set[tuple[str, str]]] = {1: set(), 2: set()}
    members: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for service in sorted(_services(1) & _services(2)):
        v1, v2 = bundled.service(service, 1), bundled.service(service, 2)
        only[1] |= {(service, name) for name in set(v1.operation_names) - set(v2.operation_names)}
        only[2] |= {(service, name) for name in set(v2.operation_names) - set(v1.operation_names)}
        if v1 is v2:
            continue
        for name in set(v1.operation_names) & set(v2.operation_names):
            old, new = _input_members(v1, name), _input_members(v2, name)
            if old != new:
                members[(service, name)] = (old - new, new - old)
    return only, members


def test_services_in_one_version_only() -> None:
    assert _services(1) - _services(2) == {"pricing-plan-manager", "sms-voice"}
    assert _services(2) - _services(1) == {"agent-toolkit"}
    assert bundled.resolve_service("runtime.sagemaker", 1) == "sagemaker-runtime"
    assert bundled.resolve_service("runtime.sagemaker", 2) is None  # v2 has no hidden alias
    assert len(_services(1)) == 427
    assert len(_services(2)) == 426


def test_operations_and_members_in_one_version_only() -> None:
    """v2 2.36.7's botocore is older than v1 1.46.2's: it lacks some operations and members."""
    only, members = _operation_differences()
    assert (len(only[1]), len(only[2])) == (95, 0)
    assert {
        ("ec2", "create-transit-gateway-policy-table-entry"),
        ("kafka", "create-channel"),
        ("mturk", "list-hi-ts-for-qualification-type"),  # v1's hidden alias of an operation
        ("sso", "logout"),  # an operation in v1, a command of v2's own
    } <= only[1]
    assert len(members) == 29
    assert sum(len(removed) for removed, _ in members.values()) == 37
    assert all(not added for _, added in members.values())
    assert members[("iam", "simulate-custom-policy")] == (
        {"OrderedOrganizationPolicyInputList"},
        set(),
    )
    assert members[("amp", "create-scraper")] == ({"exporters"}, set())
    counts = [sum(len(bundled.service(s, v).operation_names) for s in _services(v)) for v in (1, 2)]
    assert counts == [18884, 18775]


def test_the_recorded_differences_agree_with_the_models() -> None:
    only, members = _operation_differences()
    recorded = bundled.version_differences()
    assert recorded["services_removed"] == sorted(_services(1) - _services(2))
    assert recorded["services_added"] == sorted(_services(2) - _services(1))
    assert recorded["aliases_removed"] == ["runtime.sagemaker"]
    assert recorded["custom_services_added"] == ["cli-dev", "ddb", "login", "logout", "update"]
    assert recorded["operations_made_custom"] == {"sso": ["logout"]}
    removed = {(s, c) for s, commands in recorded["commands_removed"].items() for c in commands}
    # v1's model operations v2 lacks, but for the one v2 keeps as its own command; plus
    # v1's own commands v2 dropped.
    own_removed = {("cloudtrail", "create-subscription"), ("cloudtrail", "update-subscription")}
    own_removed.add(("ecr", "get-login"))
    assert removed == (only[1] - {("sso", "logout")}) | own_removed
    changed = {
        (service, name): (set(entry["removed"]), set(entry["added"]))
        for service, operations in recorded["members_changed"].items()
        for name, entry in operations.items()
    }
    assert changed == members


# -- the CLI's own commands in each version ------------------------------------


@pytest.mark.parametrize(
    ("service", "command"),
    [
        ("logs", "tail"),
        ("ec2-instance-connect", "ssh"),
        ("sso", "login"),
        ("dynamodb", "wizard"),
        ("ddb", "put"),  # a top-level command of v2's own
        ("agent-toolkit", "add-skill"),  # a service of v2's own commands only
    ],
)
def test_v2s_own_commands_are_out_of_scope_in_v2_and_unknown_in_v1(
    service: str, command: str
) -> None:
    with pytest.raises(OutOfScopeError, match=r"the AWS CLI v\d's own commands"):
        get_operation(service, command, cli_version=2)
    with pytest.raises(UnknownOperationError) as caught:  # as v1 says: invalid choice
        get_operation(service, command, cli_version=1)
    assert type(caught.value) is UnknownOperationError
    assert f"in the AWS CLI v1 (the AWS CLI v2 has `aws {service}" in str(caught.value)


def test_a_command_v2_removed_is_unknown_in_v2() -> None:
    with pytest.raises(OutOfScopeError):
        get_operation("ecr", "get-login", cli_version=1)  # v1's own command
    with pytest.raises(UnknownOperationError) as caught:
        get_operation("ecr", "get-login", cli_version=2)
    assert type(caught.value) is UnknownOperationError
    assert str(caught.value) == (
        "unknown operation 'get-login' (did you mean 'get-login-password'?) of ecr "
        "in the AWS CLI v2 (the AWS CLI v1 has `aws ecr get-login`)"
    )


def test_an_alias_v2_dropped_is_an_unknown_service_in_v2() -> None:
    assert get_operation("runtime.sagemaker", "invoke-endpoint", cli_version=1).service == (
        "sagemaker-runtime"
    )
    with pytest.raises(UnknownOperationError, match=r"the AWS CLI v1 has `aws runtime\.sagemaker`"):
        get_operation("runtime.sagemaker", "invoke-endpoint", cli_version=2)


def test_a_name_neither_version_has_says_nothing_of_versions() -> None:
    with pytest.raises(UnknownOperationError) as caught:
        get_operation("ec2", "zzzz-qqqq", cli_version=2)
    assert str(caught.value) == "unknown operation 'zzzz-qqqq' of ec2"


def test_member_schema_reads_the_version_asked_for() -> None:
    v1 = operation.member_schema(
        "simulate-custom-policy", "PolicyInputList", service="iam", cli_version=1
    )
    assert v1["type"] == "array"
    with pytest.raises(ShorthandError, match="OrderedOrganizationPolicyInputList"):
        operation.member_schema("simulate-custom-policy", "X", service="iam", cli_version=1)
    with pytest.raises(ShorthandError, match="no member 'OrderedOrganizationPolicyInputList'"):
        operation.member_schema(
            "simulate-custom-policy",
            "OrderedOrganizationPolicyInputList",
            service="iam",
            cli_version=2,
        )


@pytest.mark.parametrize(
    "name",
    [
        f"{verb}-security-group-{direction}"
        for verb in ("authorize", "revoke")
        for direction in ("ingress", "egress")
    ]
    + [f"update-security-group-rule-descriptions-{d}" for d in ("ingress", "egress")],
)
def test_the_shipped_schemas_serve_both_versions(name: str) -> None:
    """``schemas/`` holds one file per operation: v2's model must build the same schemas."""
    built = []
    for version in (1, 2):
        found = get_operation("ec2", name, cli_version=version)
        assert found.model is not None
        request = SchemaBuilder(found.model).root(found.input_shape, title="", schema_id="", doc="")
        response = SchemaBuilder(found.model, constraints=False).root(
            found.output_shape, title="", schema_id="", doc=""
        )
        built.append((request, response))
    assert built[0] == built[1]
    assert get_operation("ec2", name, cli_version=2).schema == get_operation("ec2", name).schema


@pytest.mark.parametrize("version", [3, 0, True, "3", "three", 2.0])
def test_a_version_that_is_neither_1_nor_2_is_refused(version: Any) -> None:
    with pytest.raises(ShorthandError, match="the AWS CLI version is 1 or 2"):
        get_operation("ec2", "run-instances", cli_version=version)


def test_a_version_spelled_as_text_reads_that_version() -> None:
    as_text: Any = "v2"  # as read from a configuration file
    found = get_operation("ec2", "run-instances", cli_version=as_text)
    assert found is get_operation("ec2", "run-instances", cli_version=2)


def test_both_models_fit_the_wheels_10_mb_with_room_for_the_code() -> None:
    """The wheel deflates each file (level 6); the rest of the package is about 0.4 MB."""
    models = data_folder("models")
    files = [*models.glob("*.model"), *models.glob("*.json"), *models.glob("v2/*")]
    deflated = sum(len(zlib.compress(path.read_bytes(), 6)) for path in files if path.is_file())
    assert 7_000_000 < deflated < 9_500_000  # measured: 8.06 MB (bench/MODEL_RESULTS.md)
