"""`ec2shorthand explain`, `parse ... --option ??`: an option's members, and examples that work."""

from __future__ import annotations

import io
import re
import shlex
from typing import Any

import pytest

from ec2shorthand import ShorthandError, UnknownOperationError, parse_command
from ec2shorthand._awscli.arguments import MemberArgument, argument_table
from ec2shorthand._awscli.command import check_command
from ec2shorthand._awscli.explain import example_words
from ec2shorthand._cli import run
from ec2shorthand._model.example import example_value

INGRESS = "authorize-security-group-ingress"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _examples(text: str) -> dict[str, list[str]]:
    """The printed examples, as argv words: {"shorthand": [...], "JSON": [...]}."""
    found = re.findall(r"^Example \((\w+)\):\n\n  (.+)$", text, flags=re.MULTILINE)
    return {label: shlex.split(line) for label, line in found}  # the option, then its value


def test_explain_prints_the_member_tree_and_examples_parse_command_accepts() -> None:
    code, out, err = _run("explain", INGRESS, "--ip-permissions")
    assert (code, err) == (0, "")
    assert out.startswith("--ip-permissions (list of structure)\n\n  The permissions for the")
    assert "\n  FromPort -> (integer, -1..65535)\n    If the protocol is TCP or UDP" in out
    assert "\n    CidrIp -> (string, format: ipv4-cidr)\n      The IPv4 address range.\n" in out
    examples = _examples(out)
    assert set(examples) == {"shorthand", "JSON"}
    requests = [
        parse_command(INGRESS, ["--group-id", "sg-12345678", *words], validate=False)
        for words in examples.values()
    ]
    assert all(words[0] == "--ip-permissions" for words in examples.values())
    assert requests[0] == requests[1]
    assert requests[0]["IpPermissions"][0]["IpRanges"] == [
        {"Description": "string", "CidrIp": "10.0.0.0/16"}
    ]
    assert examples["shorthand"][1].startswith("IpProtocol=tcp,FromPort=0,ToPort=0,")


def test_a_value_of_two_question_marks_prints_the_same_help() -> None:
    _, explained, _ = _run("explain", "ec2", "run-instances", "--tag-specifications")
    for argv in (
        ["parse", "run-instances", "--image-id", "ami-1", "--tag-specifications", "??"],
        ["parse", "aws", "ec2", "run-instances", "--tag-specifications=??"],
    ):
        code, out, err = _run(*argv)
        assert (code, out, err) == (0, explained, "")
    assert "Example (shorthand):\n\n  --tag-specifications 'ResourceType=" in explained


def test_without_an_option_every_option_is_listed() -> None:
    code, out, _ = _run("explain", "revoke-security-group-ingress")
    assert code == 0
    assert "\n  --ip-permissions (list of structure)\n      The sets of IP permissions.\n" in out
    assert "\n  --dry-run (boolean)\n" in out
    assert "\n  --port (string)\n" in out


def test_flags_customized_options_and_unknown_names() -> None:
    assert _examples(_run("explain", "run-instances", "--dry-run")[1]) == {"flag": ["--dry-run"]}
    assert "no generated example" in _run("explain", INGRESS, "--port")[1]
    assert "--no-dry-run" not in _run("explain", INGRESS, "--no-dry-run")[1].splitlines()[0]
    code, out, err = _run("explain", INGRESS, "--ip-permission")
    assert (code, out) == (2, "")
    assert "has no option --ip-permission (did you mean --ip-permissions?)" in err
    assert _run("explain", INGRESS, "--a", "--b")[0] == 2
    assert _run("parse", INGRESS, "--nope", "??")[0] == 2


def _required_words(table: Any, root: Any) -> list[str] | None:
    words: list[str] = []
    for argument in table:
        model_required = isinstance(argument, MemberArgument) and argument.model.required
        if argument.required or (model_required and not argument.model.idempotency_token):
            if not isinstance(argument, MemberArgument):
                return None
            written = example_words(argument, root)
            if written is None:
                return None
            words += [f"--{argument.name}", *next(iter(written.values()))]
    return words


@pytest.mark.parametrize("service", ["ec2", "lambda", "dynamodb", "s3api", "iam", "glue"])
def test_every_example_reads_back_to_its_value_and_breaks_no_model_rule(service: str) -> None:
    """For every option of every operation: each printed form gives exactly the example value,
    with every required option given its own example, and validation finds no model error."""
    import awscli  # noqa: F401  (the AWS CLI's own botocore, whose model we bundle)
    import botocore.session
    from botocore import xform_name

    model = botocore.session.get_session().get_service_model({"s3api": "s3"}.get(service, service))
    checked = 0
    for api_name in model.operation_names:
        operation = xform_name(api_name, "-")
        try:
            table = argument_table(service, operation, 1)
        except UnknownOperationError:
            continue
        root = table.operation.schema
        required = _required_words(table, root)
        if required is None:
            continue
        for argument in table:
            if not isinstance(argument, MemberArgument) or f"--{argument.name}" in required:
                continue
            if argument.model.type == "blob":  # a file's bytes (fileb://), not example text
                continue
            written = example_words(argument, root)
            for words in (written or {}).values():
                argv = [*required, f"--{argument.name}", *words]
                result = check_command(operation, argv, service=service, cli_version=1)
                member = argument.model.name
                assert result.params[member] == example_value(argument.model.schema, root), argv
                errors = [
                    d
                    for d in result.diagnostics
                    if d.severity == "error" and d.rule.startswith("model.")
                ]
                assert errors == [], (operation, argv, errors)
                checked += 1
    assert checked > 100


def test_examples_keep_lengths_bounds_and_patterns() -> None:
    schema = {
        "type": "object",
        "required": ["Id", "Count", "Items"],
        "properties": {
            "Id": {"type": "string", "pattern": "^vol-[0-9a-f]{8}$"},
            "Code": {"type": "string", "minLength": 10, "maxLength": 12},
            "Short": {"type": "string", "maxLength": 3},
            "Count": {"type": "integer", "minimum": 5, "maximum": 9},
            "Ratio": {"type": "number", "exclusiveMinimum": 0},
            "Items": {"type": "array", "minItems": 2, "items": {"type": "string"}},
            "Node": {"$ref": "#/$defs/Node"},
        },
        "$defs": {
            "Node": {
                "type": "object",
                "x-aws-union": True,
                "properties": {"Next": {"$ref": "#/$defs/Node"}, "Leaf": {"type": "boolean"}},
            }
        },
    }
    assert example_value(schema, schema) == {
        "Id": "vol-00000000",
        "Code": "stringxxxx",
        "Short": "str",
        "Count": 5,
        "Ratio": 1.0,
        "Items": ["string", "string"],
        "Node": {"Leaf": True},  # the union's member that does not lead back into it
    }
    with pytest.raises(ShorthandError):
        parse_command(INGRESS, ["--ip-permissions", "??"])  # ?? is only special to the CLI


def test_patterns_show_as_written_not_as_translated_for_python() -> None:
    """The end-of-text lookahead our schemas use for Python's ``re`` reads as ``$``."""
    code, out, _ = _run("explain", "revoke-security-group-ingress", "--ip-permissions")
    assert code == 0
    assert "pattern: ^[0-9]{12}$)" in out
    assert "(?![" not in out
    from ec2shorthand import member_schema, syntax_docs

    docs = syntax_docs(member_schema("revoke-security-group-ingress", "IpPermissions"))
    assert "(?![" not in docs.member_table() and "^sg-(?:[0-9a-f]{8}|[0-9a-f]{17})$" in str(docs)
