"""examples/: the two small CLIs, run as processes, as their users run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ARGPARSE = EXAMPLES / "argparse_deploy.py"
CLICK = EXAMPLES / "click_deploy.py"


def _run(script: Path, *argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *argv],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def test_argparse_example_prints_the_json_of_good_input() -> None:
    for value in (
        "Port=443,Protocol=https,Tags=[{Key=team,Value=web}]",
        '{"Port": 443, "Protocol": "https", "Tags": [{"Key": "team", "Value": "web"}]}',
    ):
        done = _run(ARGPARSE, "web", "--listener", value)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == {
            "service": "web",
            "listener": {
                "Port": 443,
                "Protocol": "https",
                "Tags": [{"Key": "team", "Value": "web"}],
            },
        }
        assert done.stderr == ""


def test_argparse_example_shows_the_caret_and_exits_2() -> None:
    done = _run(ARGPARSE, "web", "--listener", "Port=443,Protocol=htps")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.endswith(
        "deploy: error: argument --listener: Protocol: 'htps' is not one of 'http', 'https', "
        "'tcp' (did you mean 'https'?) (at line 1, column 19)\n"
        "  Port=443,Protocol=htps\n"
        "                    ^^^^\n"
    )


def test_a_file_is_refused_in_the_end_users_terms() -> None:
    """The tool's user is told what the tool does, not which argument its author could pass."""
    refused = _run(ARGPARSE, "web", "--listener", f"file://{ARGPARSE}")
    assert refused.returncode == 2
    assert "this tool does not read files: give the value itself" in refused.stderr
    assert "files=" not in refused.stderr and "FileResolver" not in refused.stderr


def test_argparse_example_help_shows_the_syntax_blocks() -> None:
    done = _run(ARGPARSE, "--help")
    assert done.returncode == 0
    assert "Shorthand Syntax:\n" in done.stdout
    assert (
        "Port=integer,Protocol=string,Tags=[{Key=string,Value=string},{Key=string,Value=string}]"
        in done.stdout
    )
    assert "JSON Syntax:\n" in done.stdout and '"Protocol": "http"|"https"|"tcp",' in done.stdout
    assert "Port -> (integer, required, 1..65535)" in done.stdout


def test_click_example_prints_the_json_of_good_input(tmp_path: Path) -> None:
    pytest.importorskip("click")
    expected = {
        "service": "web",
        "healthcheck": {
            "Path": "/health",
            "IntervalSeconds": 10,
            "Headers": {"Host": "example.com"},
        },
    }
    done = _run(
        CLICK, "web", "--healthcheck", "Path=/health,IntervalSeconds=10,Headers={Host=example.com}"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == expected
    # file:// is read from the folder the tool runs in, and from nowhere else.
    (tmp_path / "healthcheck.json").write_text(json.dumps(expected["healthcheck"]), "utf-8")
    from_file = _run(CLICK, "web", "--healthcheck", "file://healthcheck.json", cwd=tmp_path)
    assert from_file.returncode == 0, from_file.stderr
    assert json.loads(from_file.stdout) == expected
    outside = _run(CLICK, "web", "--healthcheck", "file://../healthcheck.json", cwd=tmp_path / ".")
    assert outside.returncode == 2 and "lies outside" in outside.stderr


def test_click_example_shows_the_caret_and_exits_2() -> None:
    pytest.importorskip("click")
    done = _run(CLICK, "web", "--healthcheck", "Path=health,IntervalSeconds=1")
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Error: Invalid value for '--healthcheck': Path: 'health' does not match" in done.stderr
    assert "  Path=health,IntervalSeconds=1\n       ^^^^^^\n" in done.stderr
    assert "IntervalSeconds: 1 is less than the minimum of 5 (at line 1, column 29)" in done.stderr


def test_click_example_help_shows_the_syntax_blocks() -> None:
    pytest.importorskip("click")
    done = _run(CLICK, "--help")
    assert done.returncode == 0
    assert "Shorthand Syntax:" in done.stdout
    assert (
        "Headers={KeyName1=string,KeyName2=string},Healthy=boolean,IntervalSeconds=integer,Path=string"
        in done.stdout
    )
    assert '"IntervalSeconds": integer,' in done.stdout


@pytest.mark.parametrize("script", [ARGPARSE, CLICK], ids=["argparse", "click"])
def test_each_example_runs_from_any_folder_installed_or_not(
    script: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`python /path/to/examples/x.py` from elsewhere, with no PYTHONPATH to the checkout."""
    if script is CLICK:
        pytest.importorskip("click")
    monkeypatch.delenv("PYTHONPATH", raising=False)
    done = _run(script, "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Shorthand Syntax:" in done.stdout
