"""What one AWS CLI version has and the other lacks: v2's global options and commands.

``--cli-binary-format``, ``--no-cli-pager``, ``aws logs tail``, ``aws sso login``
and the like are right for the AWS CLI v2 and unknown to v1. Read as v2, the
options go to the engine, which reads them as v2 does, and the commands are out
of scope, like the AWS CLI's own ``s3 cp``.
Read as v1, each is a finding whose message names the version. The other way
round, ``aws ecr get-login`` (removed in v2) is a finding when read as v2.
"""

from __future__ import annotations

from ..._core.version import CliVersion, version_name
from ..commands import AwsCommand
from ..hits import Hit

__all__ = ["V1_COMMANDS", "V2_COMMANDS", "V2_GLOBAL_OPTIONS", "version_hits"]

# The AWS CLI v2's global options v1 lacks, and whether each takes a value.
V2_GLOBAL_OPTIONS = {
    "--cli-binary-format": True,
    "--cli-error-format": True,
    "--no-cli-pager": False,
    "--cli-auto-prompt": False,
    "--no-cli-auto-prompt": False,
}
# The AWS CLI v2's own commands (its customizations) that v1 lacks.
V2_COMMANDS = frozenset(
    {
        ("logs", "tail"),
        ("ec2-instance-connect", "ssh"),
        ("ec2-instance-connect", "open-tunnel"),
        ("ddb", "put"),
        ("ddb", "select"),
        ("sso", "login"),
        ("sso", "logout"),
        ("configure", "export-credentials"),
        ("configure", "sso"),
        ("configure", "sso-session"),
        ("configure", "list-profiles"),
        ("configure", "import"),
        ("configure", "mfa-login"),
    }
)
# The AWS CLI v1's commands that v2 removed, and what v2 has instead.
V1_COMMANDS = {
    ("ecr", "get-login"): (
        "aws ecr get-login-password | docker login --username AWS --password-stdin REGISTRY"
    ),
}
_HINT = "set cli-version to 2 if the scripts run the AWS CLI v2"


def version_hits(command: AwsCommand, version: CliVersion) -> list[Hit]:
    """Take v2's global options out of ``command.args``; findings where ``version`` lacks them.

    A v2 command is left unchecked (its service and operation set to None).
    """
    hits: list[Hit] = []
    kept = []
    skip_value = False
    for word in command.args:
        if skip_value:
            skip_value = False
            continue
        name, equals, _ = word.text.partition("=")
        if name not in V2_GLOBAL_OPTIONS or version == 2:
            # Read as v2, the engine knows v2's global options (--cli-binary-format
            # raw-in-base64-out changes how a blob is read): they stay.
            kept.append(word)
            continue
        skip_value = V2_GLOBAL_OPTIONS[name] and not equals
        if version == 1:
            message = f"{name}: unknown to {version_name(1)}; an option of {version_name(2)}"
            span = word.file_span(0, len(name))
            hits.append(Hit("version.v2-only", message, *span, hint=_HINT))
    command.args = kept
    if (command.service, command.operation) in V2_COMMANDS:
        if version == 1:
            message = (
                f"'aws {command.service} {command.operation}' is unknown to {version_name(1)}; "
                f"a command of {version_name(2)}"
            )
            hits.append(
                Hit(
                    "version.v2-only",
                    message,
                    command.aws.file_start,
                    command.aws.file_end,
                    hint=_HINT,
                )
            )
        command.service = command.operation = None
    instead = V1_COMMANDS.get((command.service or "", command.operation or ""))
    if instead is not None and version == 2:
        message = (
            f"'aws {command.service} {command.operation}' is unknown to {version_name(2)}, "
            f"which removed it; a command of {version_name(1)}"
        )
        aws = command.aws
        hits.append(
            Hit("version.v1-only", message, aws.file_start, aws.file_end, hint=f"use {instead}")
        )
        # Said once: the engine would only repeat that v2 has no such operation.
        command.service = command.operation = None
    return hits
