"""The ``lint`` subcommand's arguments: cheap to import, so ``ec2shorthand`` starts fast.

Running it (``cli.run_lint``) imports the linter itself.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .rules import SEVERITIES

__all__ = ["FORMATS", "add_lint_command", "add_migrate_command"]

FORMATS = ("text", "json", "sarif", "github")


def add_lint_command(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``lint`` to the ``ec2shorthand`` command's subparsers."""
    lint: argparse.ArgumentParser = subparsers.add_parser(
        "lint",
        help="find the aws commands in files and report their mistakes",
        description="Find every `aws SERVICE OPERATION ...` command in shell scripts, Markdown "
        "and reStructuredText code blocks, CI files, Makefiles and Dockerfiles, and report "
        "what is wrong with it. Exit 0 if nothing reaches --fail-on, 1 if something does.",
    )
    _add_run_options(lint)
    return lint


def add_migrate_command(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``migrate`` to the ``ec2shorthand`` command's subparsers."""
    migrate: argparse.ArgumentParser = subparsers.add_parser(
        "migrate",
        help="find the aws commands that mean something else to the AWS CLI v2 than to v1",
        description="Read every `aws SERVICE OPERATION ...` command in the files lint reads as "
        "the AWS CLI v1 reads it and as v2 does, and report where v2 differs (blob text, URL "
        "downloads, hidden aliases, ecr get-login, timestamps, exit codes...), with the fix. "
        "--fix applies the proven ones. Exit 0 if nothing reaches --fail-on, 1 if something does.",
    )
    _add_run_options(migrate)
    return migrate


def _add_run_options(command: argparse.ArgumentParser) -> None:
    """The options ``lint`` and ``migrate`` share: paths, output, rules, fixes."""
    command.add_argument("paths", nargs="*", default=["."], metavar="PATH", help="default: .")
    command.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    command.add_argument(
        "--fail-on", choices=SEVERITIES, default=None, help="the lowest severity that fails"
    )
    command.add_argument("--select", action="append", default=[], metavar="RULE", help="only these")
    command.add_argument("--ignore", action="append", default=[], metavar="RULE", help="not these")
    command.add_argument(
        "--wrapper",
        action="append",
        default=[],
        metavar="NAME",
        help="a command that runs aws, as written (run_aws, '$AWS')",
    )
    command.add_argument(
        "--cli-version",
        choices=("1", "2"),
        default=None,
        help="the AWS CLI the commands are read as (default: cli-version in [tool.ec2shorthand], "
        "else EC2SHORTHAND_CLI_VERSION, else 2)",
    )
    command.add_argument("--config", type=Path, default=None, help="a pyproject.toml to read")
    command.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text report (default auto: on a terminal, unless NO_COLOR is set)",
    )
    command.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="processes to lint in (default 1; each takes at least 100 files)",
    )
    fixes = command.add_mutually_exclusive_group()
    fixes.add_argument("--fix", action="store_true", help="apply the safe fixes, in place")
    fixes.add_argument(
        "--diff",
        action="store_true",
        help="print the fixes as a unified diff and write nothing (exit 1 if there is one)",
    )
    fixes.add_argument(
        "--interactive",
        action="store_true",
        help="show each fix as a diff and ask y/n/all/quit (needs a terminal)",
    )
    command.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix, --diff or --interactive: the fixes that change behaviour too",
    )


def _positive(text: str) -> int:
    """``--jobs N``: a whole number of processes, 1 or more (0 or -1 is refused: exit 2)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} processes: give 1 or more")
    return number
