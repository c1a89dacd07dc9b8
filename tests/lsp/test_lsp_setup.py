"""The README's editor set-ups name this server's command."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_setups_start_this_server() -> None:
    editor = (ROOT / "README.md").read_text(encoding="utf-8").split("## In the editor", 1)[1]
    editor = editor.split("\n## ", 1)[0]
    helix = tomllib.loads(re.findall(r"```toml\n(.*?)```", editor, re.DOTALL)[0])
    server = helix["language-server"]["ec2shorthand"]
    assert [server["command"], *server["args"]] == ["ec2shorthand", "lsp"]
    assert "ec2shorthand" in helix["language"][0]["language-servers"]
    vscode = json.loads(re.findall(r"```json\n(.*?)```", editor, re.DOTALL)[0])
    assert [vscode["glspc.server.command"], *vscode["glspc.server.commandArguments"]] == [
        "ec2shorthand",
        "lsp",
    ]
    lua = re.findall(r"```lua\n(.*?)```", editor, re.DOTALL)[0]
    assert 'cmd = { "ec2shorthand", "lsp" }' in lua


def test_the_readme_request_file_names_its_operation_and_is_a_valid_request() -> None:
    from ec2shorthand.lsp.requests import request_findings, request_target

    editor = (ROOT / "README.md").read_text(encoding="utf-8").split("## In the editor", 1)[1]
    editor = editor.split("\n## ", 1)[0]
    request = re.findall(r"```yaml\n(.*?)```", editor, re.DOTALL)[0]
    target = request_target(request, "instances.yaml", "yaml", 2)
    assert target is not None
    assert (target.service, target.operation, target.named) == ("ec2", "describe-instances", True)
    assert request_findings("instances.yaml", request, target, 2) == []
    # The same request with a mistake: found on its line.
    broken = request.replace("MaxResults: 5", "MaxResults: five")
    found = request_findings("instances.yaml", broken, target, 2)
    assert [(finding.rule, finding.line) for finding in found] == [("model.type", 4)]
