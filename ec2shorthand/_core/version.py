"""Which AWS CLI a command is read as: the major version 1 or 2, and how the default is chosen.

The AWS CLI v1 entered maintenance on 2026-08-05 and reaches end of support on
2027-07-15; v2 is what AWS's installers and GitHub's runners ship, so 2 is the
default. The version is data that travels with a request (the model slice, the
customizations that differ), never a fork of the engine.

The default comes, first found wins, from the caller's ``cli_version=`` (or a
command's ``--cli-version``), then ``[tool.ec2shorthand] cli-version`` (the
linter's and CLI's configuration), then the environment variable
``EC2SHORTHAND_CLI_VERSION``, then :data:`DEFAULT_CLI_VERSION`.
"""

from __future__ import annotations

import os
from typing import Final, Literal

from .errors import ShorthandError

__all__ = [
    "DEFAULT_CLI_VERSION",
    "ENVIRONMENT_VARIABLE",
    "CliVersion",
    "cli_version",
    "version_name",
]

CliVersion = Literal[1, 2]

DEFAULT_CLI_VERSION: Final[CliVersion] = 2
ENVIRONMENT_VARIABLE: Final = "EC2SHORTHAND_CLI_VERSION"

_SPELLINGS: Final[dict[str, CliVersion]] = {"1": 1, "2": 2, "v1": 1, "v2": 2}


def cli_version(value: object = None, *, origin: str = "cli_version") -> CliVersion:
    """``value`` as a :data:`CliVersion`; ``None`` means the environment's default.

    ``origin`` names where the value came from (``--cli-version``,
    ``pyproject.toml``, the environment variable) in the error.

    Raises:
        ShorthandError: ``value`` (or the environment variable) is neither 1 nor 2.
    """
    if value is None:
        from_environment = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
        if not from_environment:
            return DEFAULT_CLI_VERSION
        value, origin = from_environment, ENVIRONMENT_VARIABLE
    # bool is an int: True must not pass as version 1.
    if isinstance(value, int) and not isinstance(value, bool) and value in (1, 2):
        return 1 if value == 1 else 2
    if isinstance(value, str) and value.strip().lower() in _SPELLINGS:
        return _SPELLINGS[value.strip().lower()]
    raise ShorthandError(f"{origin}: the AWS CLI version is 1 or 2, not {value!r}")


def version_name(version: CliVersion) -> str:
    """How a message names the version: ``the AWS CLI v2``."""
    return f"the AWS CLI v{version}"
