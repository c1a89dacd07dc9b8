"""``$LATEST`` (Lambda's latest version) that bash expands: found, fixed, checked with bash."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from lint_support import lint, rules

from ec2shorthand.lint.fixing import fix_text

GET_LOGS = (
    "aws logs get-log-events --log-group-name /aws/lambda/f "
    '--log-stream-name "2025/08/07/[$LATEST]abc"\n'
)
INVOKE = "aws lambda invoke --function-name f --qualifier $LATEST out.json\n"


@pytest.mark.parametrize("script", [GET_LOGS, INVOKE, INVOKE.replace("$LATEST", "${LATEST}")])
def test_latest_that_bash_expands_is_found(script: str) -> None:
    assert rules(script, "shell") == ["shell.lambda-latest"]


@pytest.mark.parametrize(
    "script",
    [
        INVOKE.replace("$LATEST", "'$LATEST'"),
        INVOKE.replace("$LATEST", "\\$LATEST"),
        INVOKE.replace("$LATEST", "$'$LATEST'"),
        "LATEST=3\n" + INVOKE,
        "for LATEST in 1 2; do\n" + INVOKE + "done\n",
    ],
)
def test_latest_bash_leaves_alone_or_the_script_sets_is_not(script: str) -> None:
    assert "shell.lambda-latest" not in rules(script, "shell")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_fix_gives_the_aws_cli_the_text_latest() -> None:
    fixed = fix_text(GET_LOGS, lambda text: lint(text, "shell")).text
    assert fixed == GET_LOGS.replace("[$LATEST]", "[\\$LATEST]")
    words = subprocess.run(
        ["bash", "-c", "aws() { printf '%s\\n' \"$@\"; }\n" + fixed],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    ).stdout.splitlines()
    assert words[-1] == "2025/08/07/[$LATEST]abc"
    assert "shell.lambda-latest" not in rules(fixed, "shell")
