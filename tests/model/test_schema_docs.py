"""syntax_docs: the blocks and the member table for any schema, and for the AWS model's shapes."""

from __future__ import annotations

from typing import Any

from ec2shorthand import MemberDoc, member_schema, syntax_docs
from ec2shorthand._model.operation import get_operation
from ec2shorthand._model.syntax_docs import json_syntax, shorthand_syntax

SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["Name"],
    "properties": {
        "Name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "pattern": "^[a-z]+$",
            "description": "The name.  It is\nshort. Nothing else is said here.",
        },
        "Size": {"type": "number", "exclusiveMinimum": 0, "maximum": 10},
        "Mode": {"type": "string", "enum": [f"m{i}" for i in range(15)]},
        "Rules": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/Rule"}},
        "Env": {"type": "object", "additionalProperties": {"type": "string"}},
        "Pick": {"type": "object", "x-aws-union": True, "minProperties": 1, "maxProperties": 1},
    },
    "$defs": {
        "Rule": {
            "type": "object",
            "properties": {
                "Port": {"type": "integer", "minimum": 0},
                "Parent": {"$ref": "#/$defs/Rule"},
            },
        }
    },
}


def test_member_table_rows_say_type_required_constraints_enum_and_doc() -> None:
    rows = {row.path: row for row in syntax_docs(SCHEMA).members}
    assert list(rows) == [
        "Name",
        "Size",
        "Mode",
        "Rules",
        "Rules[].Port",
        "Rules[].Parent",
        "Env",
        "Env.<key>",
        "Pick",
    ]
    assert rows["Name"] == MemberDoc(
        path="Name",
        name="Name",
        depth=0,
        type="string",
        required=True,
        constraints=("1..64 characters", "pattern: ^[a-z]+$"),
        doc="The name.",
    )
    assert rows["Size"].constraints == ("at most 10", "more than 0")
    assert rows["Rules"].type == "list of structure"
    assert rows["Rules"].constraints == ("at least 1 items",)
    assert rows["Rules[].Port"].depth == 1 and rows["Rules[].Port"].constraints == ("at least 0",)
    assert rows["Rules[].Parent"].constraints == ("recursive: as above",)
    assert rows["Env"].type == "map of string" and rows["Env.<key>"].type == "string"
    assert rows["Pick"].constraints == ("exactly one member",)
    assert rows["Mode"].heading().endswith("m10, m11, ... (3 more))")
    assert len(rows["Mode"].enum) == 15


def test_the_text_has_members_then_both_blocks_indented() -> None:
    docs = syntax_docs(SCHEMA)
    text = str(docs)
    assert text.startswith("Members:\n\n  Name -> (string, required, 1..64 characters, pattern:")
    assert "\n\nShorthand Syntax:\n\n  Env={KeyName1=string,KeyName2=string},Mode=string," in text
    assert "Rules=[{Parent=( ... recursive ... ),Port=integer}," in docs.shorthand
    assert text.endswith("\n  }")
    assert docs.json.splitlines()[:3] == ["{", '  "Env": {"string": "string"', "    ...},"]
    assert '"Parent": {\n' in docs.json and '"Parent": { ... recursive ... },' in docs.json
    assert docs.type == "structure"


def test_an_aws_member_schema_stands_alone_and_documents_as_the_operation_does() -> None:
    for operation, member in (
        ("authorize-security-group-ingress", "IpPermissions"),
        ("run-instances", "BlockDeviceMappings"),
        ("run-instances", "TagSpecifications"),
    ):
        alone = member_schema(operation, member)
        root = get_operation("ec2", operation).schema
        assert all(ref in alone.get("$defs", {}) for ref in _refs(alone))
        assert shorthand_syntax(alone, alone) == shorthand_syntax(root["properties"][member], root)
        assert json_syntax(alone, alone) == json_syntax(root["properties"][member], root)
        assert syntax_docs(alone).type.startswith("list of structure")


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[-1]} if "$ref" in node else set()
        return found.union(*(_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(value) for value in node))
    return set()
