"""The language server in neovim's own LSP client (Debian's neovim, headless).

neovim opens a script, attaches the server, waits for its diagnostics and asks
for a completion; a Lua script writes what neovim got to a file. CI installs
neovim; elsewhere its absence skips the test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

_LUA = """
local client = vim.lsp.start_client({{ name = "ec2shorthand", cmd = {command} }})
vim.cmd("edit " .. {script})
vim.lsp.buf_attach_client(0, client)
vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local found = {{}}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""
  table.insert(found, {{ line = d.lnum, column = d.col, code = code }})
end
local params = {{ textDocument = {{ uri = vim.uri_from_bufnr(0) }},
                 position = {{ line = 1, character = {column} }} }}
local answers = vim.lsp.buf_request_sync(0, "textDocument/completion", params, 60000) or {{}}
local offered = {{}}
for _, answer in pairs(answers) do
  local items = answer.result and (answer.result.items or answer.result) or {{}}
  for _, item in ipairs(items) do table.insert(offered, item.textEdit.newText) end
end
vim.fn.writefile({{ vim.fn.json_encode({{ diagnostics = found, offered = offered }}) }}, {out})
vim.cmd("qa!")
"""


def test_neovim_shows_the_diagnostics_and_completes(tmp_path: Path) -> None:
    if shutil.which("nvim") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("nvim is not installed: .ci/run installs it")
        pytest.skip("nvim is not installed")
    script = tmp_path / "deploy.sh"
    second = "aws ec2 run-instances --image-id ami-1 --instance-type t3.mic"
    script.write_text(f"aws ec2 describe-instances --regiosn us-east-1\n{second}\n")
    out = tmp_path / "out.json"
    command = "{" + ", ".join(json.dumps(w) for w in (sys.executable, "-m", "ec2shorthand", "lsp"))
    lua = tmp_path / "drive.lua"
    lua.write_text(
        _LUA.format(
            command=command + "}",
            script=json.dumps(str(script)),
            column=len(second),
            out=json.dumps(str(out)),
        )
    )
    import ec2shorthand

    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    package_parent = str(Path(ec2shorthand.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_parent, env.get("PYTHONPATH")]))
    subprocess.run(
        ["nvim", "--headless", "-u", "NONE", "-c", f"luafile {lua}"],
        env=env,
        timeout=180,
        check=True,
        capture_output=True,
    )
    got = json.loads(out.read_text())
    assert got["diagnostics"] == [
        {"line": 0, "column": 27, "code": "option.unknown"},
        {"line": 1, "column": second.index("t3.mic"), "code": "enum.unknown"},
    ]
    assert got["offered"] == ["t3.micro"]
