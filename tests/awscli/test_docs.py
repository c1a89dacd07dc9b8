"""Reference docs from the schemas: the syntax blocks equal the reference page's."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from operations import OPERATIONS, load_schema

from ec2shorthand._awscli.arguments import argument_table
from ec2shorthand._awscli.docs import render_docs
from ec2shorthand._cli import run
from ec2shorthand._model.syntax_docs import json_syntax, shorthand_syntax

# The AWS CLI's reference page, shipped with the tests (tests/data/seed/README.md says whence).
SEED = Path(__file__).resolve().parents[1] / "data" / "seed" / "revoke-security-group-ingress.txt"


def _block(text: str, label: str, end: str) -> str:
    start = text.index(label) + len(label) + 2  # the label, then a blank line
    return text[start : text.index(end, start)]


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")  # in the repository: never skipped


def test_shorthand_block_equals_the_reference_page(seed: str) -> None:
    ours = render_docs("revoke-security-group-ingress")
    expected = _block(seed, "Shorthand Syntax:", "\n\nJSON Syntax:")
    assert _block(ours, "Shorthand Syntax:", "\n\nJSON Syntax:") == expected
    assert expected.startswith("FromPort=integer,IpProtocol=string,IpRanges=[{CidrIp=string,")


def test_json_block_equals_the_reference_page(seed: str) -> None:
    ours = render_docs("revoke-security-group-ingress")
    expected = _block(seed, "JSON Syntax:", "\n\n--dry-run")
    assert _block(ours, "JSON Syntax:", "\n\n--security-group-rule-ids") == expected
    assert expected.splitlines()[:3] == ["[", "  {", '    "FromPort": integer,']


def _structured(operation: str) -> list[tuple[str, str]]:
    return [
        (operation, argument.member or "")
        for argument in argument_table("ec2", operation, 1)
        if argument.member is not None
        and argument_table("ec2", operation, 1).operation.member(argument.member).shorthand
    ]


STRUCTURED = [pair for operation in OPERATIONS for pair in _structured(operation)]


@pytest.mark.parametrize(("operation", "member"), STRUCTURED)
def test_shorthand_syntax_follows_the_aws_cli_doc_generator(operation: str, member: str) -> None:
    """Same text as the AWS CLI's own generator, once its members are sorted by name."""
    pytest.importorskip("awscli")
    import botocore.session
    from awscli.argprocess import ParamShorthandDocGen
    from botocore import xform_name

    model = botocore.session.get_session().get_service_model("ec2")
    names = {xform_name(name, "-"): name for name in model.operation_names}
    shape = model.operation_model(names[operation]).input_shape.members[member]
    _sort_members(shape, set())

    class Argument:
        argument_model = shape
        name = xform_name(member, "-")
        cli_name = f"--{name}"

    theirs = ParamShorthandDocGen().generate_shorthand_example(Argument, "ec2", operation)
    root = load_schema(operation)
    assert shorthand_syntax(root["properties"][member], root) == theirs


def _sort_members(shape: object, seen: set[str]) -> None:
    """Put the botocore shape's members in name order (the reference pages' order)."""
    name = getattr(shape, "name", "")
    if name in seen:
        return
    seen.add(name)
    if getattr(shape, "type_name", "") == "structure":
        members = shape.members  # type: ignore[attr-defined]
        sorted_members = dict(sorted(members.items()))
        shape.__dict__["members"] = sorted_members  # the cached property's slot
        for member in sorted_members.values():
            _sort_members(member, seen)
    elif getattr(shape, "type_name", "") == "list":
        _sort_members(shape.member, seen)  # type: ignore[attr-defined]


def test_json_syntax_shows_enums_and_scalar_lists() -> None:
    root = load_schema("authorize-security-group-ingress")
    text = json_syntax(root["properties"]["TagSpecifications"], root)
    assert '"ResourceType": "capacity-reservation"|' in text
    rule_ids = load_schema("revoke-security-group-ingress")
    assert (
        json_syntax(rule_ids["properties"]["SecurityGroupRuleIds"], rule_ids) == '["string", ...]'
    )


def test_docs_command_text_and_markdown() -> None:
    out = io.StringIO()
    assert run(["docs", "revoke-security-group-ingress"], out, io.StringIO()) == 0
    assert out.getvalue().startswith(
        "Synopsis\n\n  revoke-security-group-ingress\n[--group-id <value>]"
    )
    assert "[--dry-run | --no-dry-run]" in out.getvalue()
    assert "--ip-protocol" not in out.getvalue()  # hidden by the AWS CLI: --protocol replaces it
    markdown = io.StringIO()
    assert (
        run(
            ["docs", "revoke-security-group-ingress", "--format", "markdown"],
            markdown,
            io.StringIO(),
        )
        == 0
    )
    assert "**Shorthand Syntax:**\n\n```\nFromPort=integer," in markdown.getvalue()


# Services whose every structured argument is compared with the AWS CLI's own doc generators:
# maps, recursive shapes, documents, blobs, timestamps, longs and doubles among them.
DOC_SERVICES = ("ec2", "lambda", "dynamodb", "s3api", "glue", "iam")
# Where the AWS CLI's JSON sample is broken text (a recursive list written as `"Children": ,`).
AWS_BROKEN_JSON = {
    ("glue", "create-job", "CodeGenConfigurationNodes"),
    ("glue", "update-job", "JobUpdate"),
}


def _aws_json_syntax(shape: object) -> str:
    from awscli.clidocs import OperationDocumentEventHandler
    from botocore.docs.bcdoc.restdoc import ReSTDocument

    handler = OperationDocumentEventHandler.__new__(OperationDocumentEventHandler)
    document = ReSTDocument(target="man")
    handler._json_example(document, shape, [])
    return str(document.getvalue().decode("utf-8"))


def _sorted_shape(shape: object, path: tuple[str, ...] = ()) -> None:
    """Members in name order at every level (the reference pages' order), recursion bounded."""
    name = getattr(shape, "name", "")
    if path.count(name) > 3:
        return
    kind = getattr(shape, "type_name", "")
    if kind == "structure":
        members = dict(sorted(shape.members.items()))  # type: ignore[attr-defined]
        shape.__dict__["members"] = members
        for member in members.values():
            _sorted_shape(member, (*path, name))
    elif kind == "list":
        _sorted_shape(shape.member, (*path, name))  # type: ignore[attr-defined]
    elif kind == "map":
        _sorted_shape(shape.value, (*path, name))  # type: ignore[attr-defined]


@pytest.mark.parametrize("service", DOC_SERVICES)
def test_syntax_blocks_equal_the_aws_cli_generators_for_every_structured_argument(
    service: str,
) -> None:
    pytest.importorskip("awscli")
    import botocore.session
    from awscli.argprocess import ParamShorthandDocGen
    from botocore import xform_name

    from ec2shorthand import UnknownOperationError
    from ec2shorthand._model.operation import get_operation

    model = botocore.session.get_session().get_service_model({"s3api": "s3"}.get(service, service))
    compared = 0
    for api_name in model.operation_names:
        input_shape = model.operation_model(api_name).input_shape
        if input_shape is None:
            continue
        operation = xform_name(api_name, "-")
        try:
            root = get_operation(service, operation).schema
        except UnknownOperationError:  # one the AWS CLI removes (ec2 import-instance)
            continue
        for member, shape in input_shape.members.items():
            if shape.type_name not in ("structure", "list", "map"):
                continue
            _sorted_shape(shape)

            class Argument:
                argument_model = shape
                name = xform_name(member, "-")
                cli_name = f"--{name}"

            schema = root["properties"][member]
            theirs = ParamShorthandDocGen().generate_shorthand_example(Argument, service, api_name)
            if theirs is not None:  # None: the AWS CLI shows no shorthand for it
                assert shorthand_syntax(schema, root) == theirs, (operation, member)
            if (service, operation, member) not in AWS_BROKEN_JSON:
                assert json_syntax(schema, root) == _aws_json_syntax(shape), (operation, member)
            compared += 1
    assert compared > 20
