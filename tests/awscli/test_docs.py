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

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "revoke-security-group-ingress.txt"


def _block(text: str, label: str, end: str) -> str:
    start = text.index(label) + len(label) + 2  # the label, then a blank line
    return text[start : text.index(end, start)]


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.is_file():
        pytest.skip(f"the reference page is not at {SEED}")
    return SEED.read_text(encoding="utf-8")


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
        for argument in argument_table("ec2", operation)
        if argument.member is not None
        and argument_table("ec2", operation).operation.member(argument.member).shorthand
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
