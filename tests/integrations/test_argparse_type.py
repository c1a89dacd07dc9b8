"""argparse: ShorthandType reads, types and validates one value; its help keeps its layout."""

from __future__ import annotations

import argparse
import functools
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from strategies import ip_permission_shorthand

from ec2shorthand import (
    FileResolver,
    InvalidRequestError,
    ParamFileError,
    ShorthandError,
    ShorthandSyntaxError,
    ShorthandType,
    TypeCoercionError,
    add_shorthand_argument,
    member_schema,
    parse_command,
)

LISTENER: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["Port"],
    "properties": {
        "Port": {"type": "integer", "minimum": 1, "maximum": 65535, "description": "The port."},
        "Protocol": {"type": "string", "enum": ["http", "https"]},
        "Secure": {"type": "boolean"},
        "Weight": {"type": "number"},
        "Tags": {"type": "array", "items": {"$ref": "#/$defs/Tag"}},
        "Labels": {"type": "object", "additionalProperties": {"type": "string"}},
    },
    "$defs": {
        "Tag": {
            "type": "object",
            "required": ["Key"],
            "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}},
        }
    },
}


def test_shorthand_and_json_give_the_same_typed_value() -> None:
    read = ShorthandType(LISTENER)
    expected = {
        "Port": 8080,
        "Protocol": "https",
        "Secure": True,
        "Weight": 0.5,
        "Tags": [{"Key": "team", "Value": "web"}],
        "Labels": {"tier": "front"},
    }
    shorthand = (
        "Port=8080,Protocol=https,Secure=true,Weight=0.5,"
        "Tags=[{Key=team,Value=web}],Labels={tier=front}"
    )
    assert read(shorthand) == expected
    assert read(json.dumps(expected)) == expected
    assert read("  " + json.dumps(expected)) == expected  # JSON after blanks, as the AWS CLI


def test_a_single_structure_stands_for_a_one_item_list_and_scalars_are_plain() -> None:
    tags = ShorthandType({"type": "array", "items": LISTENER["$defs"]["Tag"]})
    assert tags("Key=a,Value=b") == [{"Key": "a", "Value": "b"}]
    assert tags('[{"Key": "a"}, {"Key": "b"}]') == [{"Key": "a"}, {"Key": "b"}]
    assert ShorthandType({"type": "integer", "minimum": 0})("42") == 42
    assert ShorthandType({"type": "array", "items": {"type": "integer"}})("[1, 2]") == [1, 2]
    assert ShorthandType({"type": "string"})("a=b,c") == "a=b,c"  # no shorthand for a string


def test_errors_point_into_the_text() -> None:
    read = ShorthandType(LISTENER).read
    with pytest.raises(TypeCoercionError) as typed:
        read("Protocol=http,Port=abc")
    assert (typed.value.pos, typed.value.end) == (19, 22)
    assert typed.value.caret().endswith("\n                     ^^^")
    with pytest.raises(ShorthandSyntaxError) as syntax:
        read("Port=8,Tags=[{Key=a}")
    assert syntax.value.pos == len("Port=8,Tags=[{Key=a}")
    with pytest.raises(InvalidRequestError) as invalid:
        read('{"Port": 70000, "Protocol": "ftp", "Tags": [{"Value": "x"}]}')
    found = [
        (d.rule, d.path, d.location.start if d.location else None)
        for d in invalid.value.diagnostics
    ]
    assert found == [
        ("schema.maximum", "Port", 9),
        ("schema.enum", "Protocol", 28),
        ("model.required", "Tags[0].Key", 44),
    ]


def test_validation_can_be_left_to_the_caller() -> None:
    assert ShorthandType(LISTENER, validate=False)("Port=70000,Extra=1") == {
        "Port": 70000,
        "Extra": "1",
    }


def test_files_are_read_only_as_the_policy_allows(tmp_path: Path) -> None:
    (tmp_path / "listener.txt").write_text("Port=443,Tags=[{Key@=file://key.txt}]", "utf-8")
    (tmp_path / "key.txt").write_text("from-a-file", "utf-8")
    (tmp_path / "listener.json").write_text('{"Port": 80}', "utf-8")
    for value in (
        f"file://{tmp_path}/listener.json",
        f"Port=1,Protocol@=file://{tmp_path}/key.txt",
    ):
        with pytest.raises(ParamFileError, match="file loading is off"):
            ShorthandType(LISTENER).read(value)
    inside = ShorthandType(LISTENER, files=FileResolver(tmp_path))
    assert inside("file://listener.json") == {"Port": 80}
    assert inside("file://listener.txt") == {"Port": 443, "Tags": [{"Key": "from-a-file"}]}
    with pytest.raises(ParamFileError, match="lies outside"):
        inside.read("file://../listener.json")
    assert ShorthandType(LISTENER, files=True)(f"file://{tmp_path}/listener.json") == {"Port": 80}
    with pytest.raises(ShorthandSyntaxError, match="fileb:// file holds bytes"):
        inside.read("fileb://listener.json")


def test_a_schema_is_required_to_be_a_mapping() -> None:
    with pytest.raises(
        ShorthandError, match=r"schema: expected a JSON Schema \(a mapping\), got str"
    ):
        ShorthandType("Port=integer")  # type: ignore[arg-type]


IP_PERMISSIONS = "authorize-security-group-ingress"


@given(ip_permission_shorthand())
def test_an_aws_member_reads_as_parse_command_reads_it(text: str) -> None:
    """member_schema + ShorthandType give what parse_command gives for the same option text."""
    reader = _ip_permissions_type()
    try:
        expected: Any = parse_command(IP_PERMISSIONS, ["--ip-permissions", text], validate=False)
    except ShorthandError as error:
        with pytest.raises(ShorthandError) as caught:
            reader.read(text)
        assert type(caught.value) is type(error)
    else:
        assert reader.read(text) == expected["IpPermissions"]


@functools.cache
def _ip_permissions_type() -> ShorthandType:
    return ShorthandType(member_schema(IP_PERMISSIONS, "IpPermissions"), validate=False)


def _parser(**kwargs: Any) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="deploy", **kwargs)
    add_shorthand_argument(
        parser, "--listener", schema=LISTENER, help="The listener (100%% sure).", required=True
    )
    parser.add_argument("--name", help="a name " * 20)
    return parser


def _run(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            parser.parse_args(argv)
            code = 0
        except SystemExit as leaving:
            code = int(leaving.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_a_bad_value_is_an_argparse_error_with_its_caret() -> None:
    code, _, err = _run(_parser(), ["--listener", "Port=abc"])
    assert code == 2
    assert err.endswith(
        "deploy: error: argument --listener: Port: 'abc' is not an integer (at line 1, column 6)\n"
        "  Port=abc\n"
        "       ^^^\n"
    )
    assert err.startswith("usage: deploy")
    code, _, err = _run(_parser(), ["--listener", "Port=0,Protocol=ftp"])
    assert code == 2
    assert "Port: 0 is less than the minimum of 1 (at line 1, column 6)" in err
    assert "Protocol: 'ftp' is not one of 'http', 'https' (at line 1, column 17)" in err
    assert _parser().parse_args(["--listener", "Port=1"]).listener == {"Port": 1}


def test_help_shows_the_generated_blocks_as_laid_out() -> None:
    code, out, _ = _run(_parser(), ["--help"])
    assert code == 0
    docs = ShorthandType(LISTENER).docs
    column = " " * out.splitlines()[-2].index("a name")  # where argparse puts help text
    for block in (docs.shorthand, docs.json, docs.member_table()):
        indented = "\n".join(column + "  " + line for line in block.splitlines())
        assert indented in out
    assert "The listener (100% sure).\n" in out
    assert not any(line != line.rstrip() for line in out.splitlines())
    # Other options are still wrapped as argparse wraps them.
    assert (
        "a name a name" in out
        and max(len(line) for line in out.splitlines() if "a name" in line) < 100
    )


def test_help_keeps_its_layout_in_groups_and_with_custom_formatters() -> None:
    for formatter in (
        argparse.RawDescriptionHelpFormatter,
        functools.partial(argparse.HelpFormatter, max_help_position=10),
    ):
        parser = argparse.ArgumentParser(prog="deploy", formatter_class=formatter)  # type: ignore[arg-type]
        group = parser.add_mutually_exclusive_group()
        add_shorthand_argument(parser, "--listener", schema=LISTENER, group=group)
        help_text = parser.format_help()
        assert '    "Port": integer,\n' in help_text
        assert "Shorthand Syntax:\n" in help_text
    parser = argparse.ArgumentParser(prog="deploy")
    add_shorthand_argument(parser, "--a", schema=LISTENER)
    add_shorthand_argument(parser, "--b", schema=LISTENER, group=parser.add_argument_group("more"))
    assert parser.format_help().count("Shorthand Syntax:") == 2
    assert "more:\n  --b B " in parser.format_help()
    with pytest.raises(ShorthandError, match="parser: expected the ArgumentParser itself"):
        add_shorthand_argument(parser.add_argument_group("x"), "--c", schema=LISTENER)  # type: ignore[arg-type]


@pytest.mark.parametrize("how", [{"nargs": "+"}, {"nargs": 2}, {"action": "append"}])
def test_a_list_member_given_several_values_takes_one_call(how: dict[str, Any]) -> None:
    """Each value is one item, typed by the list's item schema (its $refs kept)."""
    from ec2shorthand import member_schema

    parser = argparse.ArgumentParser()
    schema = member_schema("run-instances", "TagSpecifications")
    add_shorthand_argument(parser, "--tag-specifications", schema=schema, **how)
    values = ["ResourceType=instance,Tags=[{Key=a,Value=b}]", '{"ResourceType": "volume"}']
    argv = ["--tag-specifications", *values]
    if how.get("action") == "append":
        argv = ["--tag-specifications", values[0], "--tag-specifications", values[1]]
    assert parser.parse_args(argv).tag_specifications == [
        {"ResourceType": "instance", "Tags": [{"Key": "a", "Value": "b"}]},
        {"ResourceType": "volume"},
    ]
    assert "ResourceType=string,Tags=[{Key=string,Value=string}" in parser.format_help()
