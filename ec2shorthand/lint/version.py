"""The AWS CLI version the linter reads commands as: one function, for every caller to wire up.

Until every subcommand takes ``--cli-version`` and the configuration has a
``cli-version`` key, the version comes from whichever of them exists, then from
``EC2SHORTHAND_CLI_VERSION``, then the default (2).
"""

from __future__ import annotations

from .._core.version import CliVersion, cli_version

__all__ = ["target_version"]


def target_version(config: object = None, args: object = None) -> CliVersion:
    """The version given by ``args.cli_version``, else ``config.cli_version``, else the default.

    Raises:
        ShorthandError: the version given is neither 1 nor 2.
    """
    given = getattr(args, "cli_version", None)
    if given is not None:
        return cli_version(given, origin="--cli-version")
    configured = getattr(config, "cli_version", None)
    if configured is not None:
        return cli_version(configured, origin="[tool.ec2shorthand] cli-version")
    return cli_version()
