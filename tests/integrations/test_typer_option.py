"""typer, its newest release too: shorthand_option reads as ShorthandType does; help shows [a-z]."""

# No "from __future__ import annotations": typer reads the annotations of closures at run time.

import json
import re
from pathlib import Path
from typing import Annotated, Any

import pytest

typer = pytest.importorskip("typer")
from typer.testing import CliRunner  # noqa: E402

from ec2shorthand import FileResolver  # noqa: E402
from ec2shorthand.integrations.typer_option import shorthand_option  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
RULE: dict[str, Any] = {
    "type": "object",
    "required": ["Port"],
    "properties": {
        "Port": {"type": "integer", "minimum": 1, "maximum": 65535},
        "Name": {"type": "string", "pattern": "^[a-z]+$"},
    },
}


def _app(**option: Any) -> Any:
    app = typer.Typer()

    @app.command()
    def add(
        rule: Annotated[Any, shorthand_option("--rule", schema=RULE, help="The rule.", **option)],
    ) -> None:
        print(json.dumps(rule))

    return app


def test_a_value_is_read_typed_and_checked() -> None:
    good = CliRunner().invoke(_app(), ["--rule", "Port=443,Name=web"])
    assert good.exit_code == 0, good.output
    assert json.loads(good.output) == {"Port": 443, "Name": "web"}
    as_json = CliRunner().invoke(_app(), ["--rule", '{"Port": 80}'])
    assert json.loads(as_json.output) == {"Port": 80}


def test_a_bad_value_exits_2_with_the_message_and_a_caret() -> None:
    bad = CliRunner().invoke(_app(), ["--rule", "Port=x"])
    assert bad.exit_code == 2
    assert "'x' is not an integer" in bad.output
    assert re.search(r"Port=x\s*│?\n\S*\s+\^", bad.output)  # the caret under the x


def test_rich_help_shows_the_pattern_and_keeps_the_blocks() -> None:
    shown = CliRunner().invoke(_app(), ["--help"], env={"COLUMNS": "200"}).output
    assert "pattern: ^[a-z]+$" in shown  # rich markup would read [a-z] as a tag
    assert "Name=string,Port=integer" in shown
    assert "Shorthand Syntax:" in shown and "SHORTHAND" in shown


def test_without_rich_markup_nothing_is_escaped() -> None:
    app = typer.Typer(rich_markup_mode=None)

    @app.command()
    def add(rule: Annotated[Any, shorthand_option("--rule", schema=RULE, markup=None)]) -> None:
        print(rule)

    shown = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"}).output
    assert "^[a-z]+$" in shown and "\\[a-z]" not in shown


def test_files_are_read_only_as_allowed(tmp_path: Path) -> None:
    (tmp_path / "rule.json").write_text('{"Port": 443}', encoding="utf-8")
    off = CliRunner().invoke(_app(), ["--rule", f"file://{tmp_path}/rule.json"])
    assert off.exit_code == 2 and "file" in off.output
    inside = _app(files=FileResolver(tmp_path))
    done = CliRunner().invoke(inside, ["--rule", f"file://{tmp_path}/rule.json"])
    assert done.exit_code == 0 and json.loads(done.output) == {"Port": 443}


def test_the_readme_recipe_runs_on_this_typer() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", readme, re.DOTALL) if "typer" in b]
    assert len(blocks) == 1
    space: dict[str, Any] = {}
    exec(compile(blocks[0], "README.md", "exec"), space)  # our own README
    good = CliRunner().invoke(space["app"], ["--listener", "Port=443"])
    assert good.exit_code == 0, good.output
