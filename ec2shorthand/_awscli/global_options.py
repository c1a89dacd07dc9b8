"""The AWS CLI's global options: accepted anywhere on the command line, no part of the request."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GLOBAL_OPTIONS", "GlobalOption"]


@dataclass(frozen=True)
class GlobalOption:
    """An option of the ``aws`` command itself."""

    name: str
    takes_value: bool = True
    choices: tuple[str, ...] | None = None
    integer: bool = False


# The AWS CLI v1's global options (its data/cli.json), which it reads wherever
# they stand, also after the operation name.
GLOBAL_OPTIONS = (
    GlobalOption("debug", takes_value=False),
    GlobalOption("endpoint-url"),
    GlobalOption("no-verify-ssl", takes_value=False),
    GlobalOption("no-paginate", takes_value=False),
    GlobalOption("output", choices=("json", "text", "table")),
    GlobalOption("query"),
    GlobalOption("profile"),
    GlobalOption("region"),
    GlobalOption("version", takes_value=False),
    GlobalOption("color", choices=("on", "off", "auto")),
    GlobalOption("no-sign-request", takes_value=False),
    GlobalOption("ca-bundle"),
    GlobalOption("cli-read-timeout", integer=True),
    GlobalOption("cli-connect-timeout", integer=True),
    GlobalOption("v2-debug", takes_value=False),
)
