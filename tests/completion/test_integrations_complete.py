"""CLI authors' options complete through argcomplete (argparse) and click's shell completion."""

from __future__ import annotations

import argparse
import io
import os
from typing import Any

import pytest

from ec2shorthand import add_shorthand_argument

LISTENER: dict[str, Any] = {
    "type": "object",
    "properties": {
        "Port": {"type": "integer"},
        "Protocol": {"enum": ["HTTP", "HTTPS", "TCP"]},
        "Rules": {
            "type": "array",
            "items": {"type": "object", "properties": {"Path": {"type": "string"}}},
        },
        "Public": {"type": "boolean"},
    },
}


def _argcomplete(parser: argparse.ArgumentParser, line: str) -> list[str]:
    """What argcomplete prints for ``line`` (its own entry point, as a shell would call it)."""
    argcomplete = pytest.importorskip("argcomplete")
    output = io.StringIO()
    environment = {
        "_ARGCOMPLETE": "1",
        "_ARGCOMPLETE_IFS": "\n",
        "COMP_LINE": line,
        "COMP_POINT": str(len(line)),
        "_ARGCOMPLETE_COMP_WORDBREAKS": " \t\n\"'><;|&(",
    }
    saved = {key: os.environ.get(key) for key in environment}
    os.environ.update(environment)
    try:
        argcomplete.autocomplete(parser, exit_method=lambda code: None, output_stream=output)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return [item.rstrip() for item in output.getvalue().split("\n") if item]


def test_argcomplete_offers_the_members_not_yet_given() -> None:
    parser = argparse.ArgumentParser(prog="deploy")
    add_shorthand_argument(parser, "--listener", schema=LISTENER)
    assert _argcomplete(parser, "deploy --listener Port=80,Pro") == ["Port=80,Protocol="]
    assert _argcomplete(parser, "deploy --listener Port=80,Protocol=HTTP") == [
        "Port=80,Protocol=HTTP",
        "Port=80,Protocol=HTTPS",
    ]
    assert _argcomplete(parser, "deploy --listener 'Rules=[{P") == ["Rules=[{Path="]


def test_click_shell_completion_offers_the_same() -> None:
    click = pytest.importorskip("click")
    from click.shell_completion import ShellComplete

    from ec2shorthand.integrations.click_type import shorthand_option

    @click.command()
    @shorthand_option("--listener", schema=LISTENER)
    def deploy(listener: Any) -> None:
        """Deploy."""

    completer = ShellComplete(deploy, {}, "deploy", "_DEPLOY_COMPLETE")
    found = completer.get_completions(["--listener"], "Public=t")
    assert [item.value for item in found] == ["Public=true"]
    found = completer.get_completions(["--listener"], "Port=1,")
    assert [item.value for item in found] == [
        "Port=1,Protocol=",
        "Port=1,Rules=[{",
        "Port=1,Public=",
    ]
