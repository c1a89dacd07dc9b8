"""The bundled model's reader: lookups, aliases, custom commands, file format, finding data."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ec2shorthand import _resources
from ec2shorthand._core.version import CliVersion
from ec2shorthand._model import bundled

ROOT = Path(__file__).resolve().parents[2]
HTML_TAG = re.compile(r"</?(?:p|a|b|i|code|ul|li|note|important|div|br)\b", re.IGNORECASE)


def test_services_are_the_cli_names_sorted() -> None:
    names = bundled.service_names()
    assert list(names) == sorted(names)
    assert {"ec2", "s3api", "configservice", "deploy", "sagemaker-runtime"} <= set(names)
    # botocore's names of renamed services, an alias and a custom command are no services
    assert not {"s3", "config", "codedeploy", "runtime.sagemaker"} & set(names)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ec2", "ec2"),
        ("s3api", "s3api"),
        ("runtime.sagemaker", "sagemaker-runtime"),
        ("s3", None),  # a custom service
        ("config", None),  # renamed configservice by the CLI
        ("EC2", None),
        ("../models/index", None),
        ("", None),
    ],
)
def test_resolve_service(name: str, expected: str | None) -> None:
    assert bundled.resolve_service(name) == expected


def test_an_alias_gives_the_same_model() -> None:
    assert bundled.service("runtime.sagemaker") is bundled.service("sagemaker-runtime")
    assert bundled.service("runtime.sagemaker").name == "sagemaker-runtime"


@pytest.mark.parametrize("name", ["s3", "configure", "config", "nope", "ec2.model", "../ec2"])
def test_unknown_service_is_a_key_error(name: str) -> None:
    with pytest.raises(KeyError, match="no service called"):
        bundled.service(name)
    with pytest.raises(KeyError):
        bundled.custom_commands(name)


def test_custom_services() -> None:
    assert all(bundled.is_custom_service(name) for name in ("s3", "configure", "history"))
    # `aws deploy` is CodeDeploy renamed, with commands of its own added.
    assert not bundled.is_custom_service("deploy")
    assert {"push", "register", "install"} <= bundled.custom_commands("deploy")
    assert not bundled.is_custom_service("ec2")


def test_hidden_and_preview_services() -> None:
    assert bundled.service("sms-voice").hidden  # left out of the CLI's docs
    assert bundled.service("sdb").preview  # refused unless enabled in the config
    ec2 = bundled.service("ec2")
    assert not ec2.hidden
    assert not ec2.preview


def test_custom_commands_are_not_operations() -> None:
    assert bundled.custom_commands("ec2") == {"wait"}
    assert bundled.custom_commands("sts") == frozenset()
    emr = bundled.service("emr")
    # The CLI replaces these operations with commands of its own of the same name.
    assert {"create-cluster", "describe-cluster", "add-steps"} <= bundled.custom_commands("emr")
    assert "describe-cluster" not in emr.operation_names
    with pytest.raises(KeyError, match="emr has no operation 'describe-cluster'"):
        emr.operation("describe-cluster")


def test_operations_are_the_cli_commands() -> None:
    ec2 = bundled.service("ec2")
    assert len(ec2.operation_names) == 773
    assert "import-instance" not in ec2.operation_names  # removed by the CLI
    assert ec2.operation("run-instances") == {
        "name": "RunInstances",
        "input": "RunInstancesRequest",
        "output": "Reservation",
        "doc": "Launches the specified number of instances using an AMI for which you have "
        "permissions.",
    }
    assert ec2.operation("describe-instances")["paginator"] == {
        "input_token": ["NextToken"],
        "output_token": ["NextToken"],
        "limit_key": "MaxResults",
        "more_results": None,
        "result_key": ["Reservations"],
    }
    # Two commands of the CLI's own making call one operation.
    rds = bundled.service("rds")
    assert rds.operation("add-option-to-option-group")["name"] == "ModifyOptionGroup"
    assert rds.operation("remove-option-from-option-group")["name"] == "ModifyOptionGroup"
    assert "modify-option-group" not in rds.operation_names
    # A hidden alias of an operation, kept for old scripts.
    hidden = bundled.service("mturk").operation("list-hi-ts-for-qualification-type")
    assert hidden["name"] == "ListHITsForQualificationType"
    assert hidden["hidden"] is True


def test_shapes_and_member_traits() -> None:
    ec2 = bundled.service("ec2")
    request = ec2.shape("RunInstancesRequest")
    assert request["type"] == "structure"
    assert request["required"] == ["MaxCount", "MinCount"]
    assert list(request["members"])[:3] == ["BlockDeviceMappings", "ImageId", "InstanceType"]
    assert request["members"]["MaxCount"] == {
        "shape": "Integer",
        "doc": "The maximum number of instances to launch.",
    }
    assert ec2.shape("RunInstancesRequest") is request  # decoded once
    # A reference's traits are laid over its shape's, as botocore resolves them.
    token = ec2.resolve(request["members"]["ClientToken"])
    assert token["type"] == "string"
    assert token["idempotencyToken"] is True
    assert "idempotencyToken" not in ec2.shape("String")
    with pytest.raises(KeyError, match="ec2 has no shape 'NoSuchShape'"):
        ec2.shape("NoSuchShape")
    # Error shapes are reached by no operation's input or output.
    with pytest.raises(KeyError):
        bundled.service("s3api").shape("NoSuchBucket")


def test_streaming_and_header_traits_are_kept() -> None:
    s3 = bundled.service("s3api")
    put = s3.shape(s3.operation("put-object")["input"] or "")
    assert s3.resolve(put["members"]["Body"])["streaming"] is True
    assert put["payload"] == "Body"
    assert put["members"]["Bucket"]["location"] == "uri"
    # A JSON document sent in a header: the CLI and botocore treat it apart.
    lex = bundled.service("lex-runtime")
    post_text = lex.shape(lex.operation("post-content")["input"] or "")
    assert post_text["members"]["sessionAttributes"] == {
        "shape": "AttributesString",
        "jsonvalue": True,
        "location": "header",
        "doc": "You pass this value as the x-amz-lex-session-attributes HTTP header.",
    }
    # A member bound to the host name: botocore gives it a minimum length of 1.
    s3control = bundled.service("s3control")
    request = s3control.shape(s3control.operation("get-bucket")["input"] or "")
    assert request["members"]["AccountId"]["hostLabel"] is True


def test_docs_are_one_plain_sentence_at_most_200_characters() -> None:
    ec2 = bundled.service("ec2")
    docs = [ec2.operation(name)["doc"] for name in ec2.operation_names]
    for name in ec2.shape_names:
        shape = ec2.shape(name)
        docs.append(shape.get("doc", ""))
        docs += [ref.get("doc", "") for ref in shape.get("members", {}).values()]
    assert all(len(doc) <= 200 for doc in docs)
    assert not [doc for doc in docs if HTML_TAG.search(doc) or "&amp;" in doc or "  " in doc]
    assert any(doc.endswith("...") for doc in docs)
    # The first sentence of the first paragraph, not the list that follows it.
    filters = ec2.shape("DescribeInstancesRequest")["members"]["Filters"]
    assert filters["doc"] == "The filters."


@pytest.mark.parametrize("version", [1, 2])
def test_every_file_is_well_formed(version: CliVersion) -> None:
    """Offsets tile each body, names are sorted, every reference resolves (all services)."""
    folder = _resources.data_folder("models")
    index = "index.json" if version == 1 else "v2/index.json"
    files = json.loads(folder.joinpath(index).read_text())["services"]
    for name in bundled.service_names(version):
        data = folder.joinpath(files[name]["file"]).read_bytes()
        header_end = data.index(b"\n")
        header = json.loads(data[:header_end])
        records = len(header["operations"]) + len(header["shapes"])
        assert len(header["offsets"]) == records + 1
        assert header["offsets"][0] == 0
        assert header["offsets"][-1] == len(data) - header_end - 1
        assert header["shapes"] == sorted(header["shapes"])
        model = bundled.service(name, version)
        known = set(model.shape_names)
        for operation in model.operation_names:
            entry = model.operation(operation)
            assert {entry["input"], entry["output"]} - {None} <= known, (name, operation)
        for shape_name in model.shape_names:
            shape = model.shape(shape_name)
            refs = [*shape.get("members", {}).values()]
            refs += [shape[part] for part in ("member", "key", "value") if part in shape]
            assert {ref["shape"] for ref in refs} <= known, (name, shape_name)


def test_source_versions() -> None:
    assert bundled.source_versions() == ("1.46.2", "1.43.62")


def test_data_folder_falls_back_to_the_source_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed(package: str) -> None:
        raise ModuleNotFoundError(package)

    monkeypatch.setattr(_resources.importlib, "import_module", not_installed)
    # As the source copy of the module (the tests may run against an installed one).
    monkeypatch.setattr(_resources, "__file__", str(ROOT / "ec2shorthand" / "_resources.py"))
    _resources.data_folder.cache_clear()
    try:
        assert _resources.data_folder("models") == ROOT / "models"
        with pytest.raises(ValueError, match="not a data folder"):
            _resources.data_folder("../tests")
    finally:
        _resources.data_folder.cache_clear()


def test_data_folder_refuses_a_folder_outside_a_source_tree(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def not_installed(package: str) -> None:
        raise ModuleNotFoundError(package)

    (tmp_path / "models").mkdir()  # some other project's folder beside site-packages
    monkeypatch.setattr(_resources.importlib, "import_module", not_installed)
    monkeypatch.setattr(_resources, "__file__", str(tmp_path / "ec2shorthand" / "_resources.py"))
    _resources.data_folder.cache_clear()
    try:
        with pytest.raises(ModuleNotFoundError):
            _resources.data_folder("models")
    finally:
        _resources.data_folder.cache_clear()


def test_reading_from_the_checkout_root() -> None:
    """Python started in the checkout imports the source package, installed or not beside it."""
    code = (
        "import ec2shorthand\n"
        "from ec2shorthand._model import bundled\n"
        "print(ec2shorthand.__file__)\n"
        "print(bundled.service('ec2').operation('run-instances')['name'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    package_file, operation = result.stdout.split()
    assert Path(package_file).resolve() == ROOT / "ec2shorthand" / "__init__.py"
    assert operation == "RunInstances"


def test_no_awscli_or_botocore_at_run_time() -> None:
    code = (
        "import sys\n"
        "from ec2shorthand._model import bundled\n"
        "model = bundled.service('ec2')\n"
        "model.shape(model.operation('run-instances')['input'])\n"
        "roots = {name.split('.')[0] for name in sys.modules}\n"
        "print(sorted(roots & {'awscli', 'botocore'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
