"""``$(aws ...)`` standing as a command: bash runs what the aws command prints.

``$(aws ecr get-login-password) | docker login ...`` runs the password as a
command; ``$(aws ecr get-login-password | docker login ...)``, common in
CodeBuild buildspecs, runs docker's "Login Succeeded". Only ``aws ecr
get-login`` (AWS CLI v1) prints a command to run.
"""

from __future__ import annotations

import bisect
import re

from ..commands import AwsCommand
from ..hits import Hit

__all__ = ["output_run_hits"]

# What may stand between the start of a command and the `$(` or backquote before aws.
# (Not after `x=(`, an array, nor on a line a `\` continues: `<<< \` + `$(aws ...)`.)
_COMMAND_START = re.compile(r"(?:^|[;&|]|(?<!=)\(|\b(?:then|do|else)\b)[ \t]*(?:\$\(|`)[ \t]*$")
_PRINTS_A_COMMAND = frozenset({("ecr", "get-login")})


def output_run_hits(command: AwsCommand) -> list[Hit]:
    """The hit when the command substitution around ``command`` is itself a command's name."""
    if (command.service, command.operation) in _PRINTS_A_COMMAND:
        return []
    snippet = command.snippet
    at = bisect.bisect_left(snippet.starts, command.aws.file_start)
    line_start = snippet.text.rfind("\n", 0, at) + 1
    before = snippet.text[line_start:at]
    continued = snippet.text[:line_start].endswith("\\\n")
    match = _COMMAND_START.search(before)
    if match is None or (continued and before.lstrip().startswith(("$(", "`"))):
        return []
    opener = snippet.file_span(line_start + before.rstrip().rfind("$("), at)[0]
    if before.rstrip().endswith("`"):
        opener = snippet.file_span(line_start + before.rstrip().rfind("`"), at)[0]
    name = " ".join(part for part in ("aws", command.service, command.operation) if part)
    message = (
        f"this command substitution around '{name}' stands where a command's name goes: "
        f"bash runs what it prints as a command"
    )
    hint = "pipe the output instead (aws ... | docker login --password-stdin), or assign it"
    return [Hit("shell.output-run", message, opener, command.aws.file_end, hint=hint)]
