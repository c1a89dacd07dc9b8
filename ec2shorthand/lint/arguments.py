"""The ``lint`` subcommand's arguments: cheap to import, so ``ec2shorthand`` starts fast.

Running it (``cli.run_lint``) imports the linter itself.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .rules import SEVERITIES

__all__ = ["FORMATS", "add_lint_command"]

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
    lint.add_argument("paths", nargs="*", default=["."], metavar="PATH", help="default: .")
    lint.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    lint.add_argument(
        "--fail-on", choices=SEVERITIES, default=None, help="the lowest severity that fails"
    )
    lint.add_argument("--select", action="append", default=[], metavar="RULE", help="only these")
    lint.add_argument("--ignore", action="append", default=[], metavar="RULE", help="not these")
    lint.add_argument(
        "--wrapper",
        action="append",
        default=[],
        metavar="NAME",
        help="a command that runs aws, as written (run_aws, '$AWS')",
    )
    lint.add_argument("--config", type=Path, default=None, help="a pyproject.toml to read")
    lint.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text report (default auto: on a terminal, unless NO_COLOR is set)",
    )
    lint.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="processes to lint in (default 1; each takes at least 100 files)",
    )
    return lint


def _positive(text: str) -> int:
    """``--jobs N``: a whole number of processes, 1 or more (0 or -1 is refused: exit 2)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} processes: give 1 or more")
    return number
