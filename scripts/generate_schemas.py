"""Generate the bundled JSON Schemas from botocore's EC2 API model.

Usage: ``python scripts/generate_schemas.py [--check] [--output-dir DIR]``

Writes ``schemas/<cli-operation>.json`` (the request) and
``schemas/<cli-operation>.output.json`` (the response) for each supported
operation. ``--check`` writes nothing and exits 1, naming the files, when the
checked-in schemas differ from what would be generated.

A development tool: botocore is a dev-only dependency, and at run time the
package reads only the checked-in JSON files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from doc_text import plain_text
from schema_constraints import CONSTRAINTS, ONE_GROUP

DEFAULT_OUTPUT_DIR = Path(__file__).resolve().parent.parent / "schemas"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
ID_PREFIX = "urn:ec2shorthand:schema:"

# API names, in the order ec2shorthand._schemas.OPERATIONS lists their CLI names.
API_OPERATIONS = (
    "AuthorizeSecurityGroupIngress",
    "AuthorizeSecurityGroupEgress",
    "RevokeSecurityGroupIngress",
    "RevokeSecurityGroupEgress",
    "UpdateSecurityGroupRuleDescriptionsIngress",
    "UpdateSecurityGroupRuleDescriptionsEgress",
)

# botocore scalar type -> JSON Schema type. Timestamps and blobs travel as strings.
SCALAR_TYPES = {
    "string": "string",
    "integer": "integer",
    "long": "integer",
    "boolean": "boolean",
    "float": "number",
    "double": "number",
    "timestamp": "string",
    "blob": "string",
}


def _described(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with ``description`` as its first key, when there is one."""
    return {"description": description, **schema} if description else schema


class Converter:
    """Turns botocore shapes into JSON Schema, gathering named structures in ``defs``.

    With ``constrained``, the documented rules of ``schema_constraints`` are
    added to the members they name (requests only: responses are not checked).
    """

    def __init__(self, model: Any, *, constrained: bool = False) -> None:
        self.model = model
        self.defs: dict[str, dict[str, Any]] = {}
        self.constrained = constrained

    def object_schema(self, shape: Any, *, request: bool = False) -> dict[str, Any]:
        """A structure shape as an inline object schema (properties in model order)."""
        if shape.is_tagged_union or shape.is_document_type:
            raise NotImplementedError(f"{shape.name}: unions and documents are not supported")
        rules = CONSTRAINTS.get("*" if request else shape.name, {}) if self.constrained else {}
        properties = {
            name: {**self.member(member), **rules.get(name, {})}
            for name, member in shape.members.items()
        }
        schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if shape.required_members:
            schema["required"] = list(shape.required_members)
        return schema

    def member(self, shape: Any) -> dict[str, Any]:
        """A member's schema with its documentation (botocore merges member-level docs in)."""
        schema = self.convert(shape)
        description = plain_text(shape.documentation)
        if "$ref" in schema and description == self.defs[shape.name].get("description"):
            return schema  # the $def already says it; don't repeat it at every use
        return _described(description, schema)

    def convert(self, shape: Any) -> dict[str, Any]:
        """The schema of one shape; named structures become a ``$ref`` into ``defs``."""
        kind = shape.type_name
        if kind == "structure":
            if shape.name not in self.defs:
                # Reserve the slot before descending so a recursive shape refers to
                # itself instead of looping; it also fixes $defs in first-use order.
                self.defs[shape.name] = {}
                own = self.model.shape_for(shape.name)  # without member-level overrides
                self.defs[shape.name] = _described(
                    plain_text(own.documentation), self.object_schema(own)
                )
            return {"$ref": f"#/$defs/{shape.name}"}
        if kind == "list":
            return {"type": "array", "items": self.member(shape.member)}
        if kind == "map":
            return {"type": "object", "additionalProperties": self.member(shape.value)}
        if kind in SCALAR_TYPES:
            schema: dict[str, Any] = {"type": SCALAR_TYPES[kind]}
            if kind == "string" and shape.enum:
                schema["enum"] = list(shape.enum)
            return schema
        raise NotImplementedError(f"{shape.name}: botocore type {kind!r} is not supported")


def operation_schema(model: Any, api_name: str, cli_name: str, *, output: bool) -> dict[str, Any]:
    """The request (or, with ``output``, the response) schema of one operation."""
    operation = model.operation_model(api_name)
    shape = operation.output_shape if output else operation.input_shape
    converter = Converter(model, constrained=not output)
    body: dict[str, Any]
    if shape is None:
        body = {"type": "object", "properties": {}, "additionalProperties": False}
    else:
        body = converter.object_schema(shape, request=not output)
        if not output and {"GroupId", "GroupName"} <= set(body["properties"]):
            body.update(ONE_GROUP)
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": ID_PREFIX + cli_name + (".output" if output else ""),
        "title": api_name,
        **_described(plain_text(operation.documentation), body),
    }
    if converter.defs:
        schema["$defs"] = converter.defs
    return schema


def render_all() -> dict[str, str]:
    """File name -> exact file text, for every schema this script owns."""
    import awscli  # noqa: F401  # first: it makes `import botocore` load the AWS CLI's own copy
    import botocore.session
    from botocore import xform_name

    model = botocore.session.get_session().get_service_model("ec2")
    files: dict[str, str] = {}
    for api_name in API_OPERATIONS:
        cli_name = xform_name(api_name, "-")  # the same transform the AWS CLI applies
        for output, suffix in ((False, ".json"), (True, ".output.json")):
            schema = operation_schema(model, api_name, cli_name, output=output)
            files[cli_name + suffix] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return files


def drift(directory: Path, expected: dict[str, str]) -> list[str]:
    """One message per file in ``directory`` that differs from ``expected``."""
    problems = []
    for name, text in expected.items():
        path = directory / name
        # Bytes, not text: reading text would hide a CRLF checkout behind newline translation.
        if not path.is_file() or path.read_bytes() != text.encode("utf-8"):
            problems.append(f"{path}: out of date (run scripts/generate_schemas.py)")
    for path in sorted(directory.glob("*.json")):
        if path.name not in expected:
            problems.append(f"{path}: not generated by scripts/generate_schemas.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, verify) the schemas; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report drift, write nothing")
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT_DIR)
    args = parser.parse_args(argv)
    directory: Path = args.output_dir
    expected = render_all()
    if args.check:
        problems = drift(directory, expected)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for name, text in expected.items():
        (directory / name).write_text(text, encoding="utf-8", newline="\n")
        print(directory / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
