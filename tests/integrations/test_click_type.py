"""click (typer before 0.26 too): ShorthandParamType reads as ShorthandType does; exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

click = pytest.importorskip("click")
from click.testing import CliRunner  # noqa: E402

from ec2shorthand import FileResolver, ShorthandType  # noqa: E402
from ec2shorthand.integrations.click_type import (  # noqa: E402
    ShorthandParamType,
    shorthand_option,
)

RULE: dict[str, Any] = {
    "type": "object",
    "required": ["Port"],
    "additionalProperties": False,
    "properties": {
        "Port": {"type": "integer", "minimum": 1, "maximum": 65535},
        "Sources": {"type": "array", "items": {"type": "string"}},
        "Options": {"$ref": "#/$defs/Options"},
    },
    "$defs": {"Options": {"type": "object", "properties": {"Log": {"type": "boolean"}}}},
}


def _command(**option: Any) -> Any:
    @click.command()
    @shorthand_option("--rule", schema=RULE, help="The rule to add.", **option)
    def add(rule: object) -> None:
        click.echo(json.dumps(rule))

    return add


def test_good_values_print_the_same_value_as_shorthand_type() -> None:
    runner = CliRunner()
    for text in (
        "Port=22,Sources=a,b,Options={Log=true}",
        '{"Port": 22, "Sources": ["a", "b"], "Options": {"Log": true}}',
    ):
        result = runner.invoke(_command(), ["--rule", text])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output) == ShorthandType(RULE)(text)
        assert json.loads(result.output) == {
            "Port": 22,
            "Sources": ["a", "b"],
            "Options": {"Log": True},
        }


def test_a_bad_value_fails_with_the_message_and_caret() -> None:
    result = CliRunner().invoke(_command(), ["--rule", "Port=0,Options={Log=true"])
    assert result.exit_code == 2
    assert "Error: Invalid value for '--rule': unexpected end of input" in result.output
    text = "Port=0,Options={Log=true"
    assert f"  {text}\n  {' ' * len(text)}^\n" in result.output  # after the end of the text
    result = CliRunner().invoke(_command(), ["--rule", "Port=0"])
    assert result.exit_code == 2
    assert (
        "Port: 0 is less than the minimum of 1 (at line 1, column 6)\n  Port=0\n       ^\n"
        in result.output
    )


def test_help_keeps_the_generated_blocks() -> None:
    result = CliRunner().invoke(_command(), ["--help"], terminal_width=100)
    assert result.exit_code == 0
    docs = ShorthandParamType(RULE).docs
    assert docs.shorthand in result.output
    lines = [line.strip() for line in result.output.splitlines()]
    json_lines = [line.strip() for line in docs.json.splitlines()]
    start = lines.index(json_lines[0], lines.index("JSON Syntax:"))
    assert lines[start : start + len(json_lines)] == json_lines
    assert "Port -> (integer, required, 1..65535)" in lines


def test_files_follow_the_policy(tmp_path: Path) -> None:
    (tmp_path / "rule.json").write_text('{"Port": 443}', encoding="utf-8")
    runner = CliRunner()
    off = runner.invoke(_command(), ["--rule", f"file://{tmp_path}/rule.json"])
    assert off.exit_code == 2 and "file loading is off" in off.output
    inside = runner.invoke(_command(files=FileResolver(tmp_path)), ["--rule", "file://rule.json"])
    assert inside.exit_code == 0 and json.loads(inside.output) == {"Port": 443}


def test_a_default_given_as_a_value_is_kept() -> None:
    result = CliRunner().invoke(_command(default={"Port": 80}), [])
    assert result.exit_code == 0 and json.loads(result.output) == {"Port": 80}


def test_typer_before_026_takes_it_as_a_click_type() -> None:
    """typer before 0.26 runs on click; later ones are tested in test_typer_option.py."""
    typer = pytest.importorskip("typer")
    if hasattr(typer, "_click"):
        pytest.skip("typer 0.26 and later carry their own click and take no click_type=")
    app = typer.Typer()

    @app.command()
    def add(rule: str = typer.Option(..., click_type=ShorthandParamType(RULE))) -> None:
        print(json.dumps(rule))

    from typer.testing import CliRunner as TyperRunner

    good = TyperRunner().invoke(app, ["--rule", "Port=443,Sources=x"])
    assert good.exit_code == 0, good.output
    assert json.loads(good.output) == {"Port": 443, "Sources": ["x"]}
    bad = TyperRunner().invoke(app, ["--rule", "Port=x"])
    assert bad.exit_code == 2
    assert "'x' is not an integer" in bad.output


def test_without_click_the_error_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['click'] = None\n"
        "try:\n"
        "    import ec2shorthand.integrations.click_type\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'ec2shorthand[click]'" in done.stdout
    # The package itself needs no click.
    plain = "import sys; sys.modules['click'] = None; import ec2shorthand; print('ok')"
    assert (
        subprocess.run([sys.executable, "-c", plain], capture_output=True, text=True).stdout
        == "ok\n"
    )


def test_a_list_member_given_several_times_takes_one_call() -> None:
    from ec2shorthand import member_schema

    schema = member_schema("run-instances", "TagSpecifications")

    @click.command()
    @shorthand_option("--tag-specifications", schema=schema, multiple=True)
    def run(tag_specifications: tuple[object, ...]) -> None:
        click.echo(json.dumps(list(tag_specifications)))

    argv = ["--tag-specifications", "ResourceType=instance,Tags=[{Key=a,Value=b}]"]
    result = CliRunner().invoke(run, [*argv, "--tag-specifications", "ResourceType=volume"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"ResourceType": "instance", "Tags": [{"Key": "a", "Value": "b"}]},
        {"ResourceType": "volume"},
    ]
