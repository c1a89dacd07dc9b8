"""``ec2shorthand lint [PATH...]``: the subcommand's arguments, and running it.

Exit 0 when no finding reaches ``--fail-on`` (default ``error``), 1 when one
does, 2 for a usage error, a configuration error or a path that cannot be read.
"""

from __future__ import annotations

import argparse
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

from .._report import render_github, render_json, render_sarif, render_text
from .config import ConfigError, load_config
from .discover import UnreadablePath
from .rules import SEVERITIES
from .run import LintRun, lint_paths

__all__ = ["add_lint_command", "run_lint"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
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
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="processes to lint in (default 1; each takes at least 100 files)",
    )
    return lint


def run_lint(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``lint`` with parsed ``args``; the report goes to stdout, messages to stderr."""
    try:
        config = load_config(args.config).with_options(
            select=_split(args.select),
            ignore=_split(args.ignore),
            wrappers=args.wrapper,
            fail_on=args.fail_on,
        )
        run = lint_paths(args.paths, config, jobs=args.jobs)
    except (ConfigError, UnreadablePath) as error:
        print(f"ec2shorthand lint: {error}", file=stderr)
        return EXIT_USAGE
    stdout.write(_render(run, args.format))
    threshold = SEVERITIES.index(config.fail_on)
    failing = [f for f in run.findings if SEVERITIES.index(f.severity) >= threshold]
    counts = {severity: 0 for severity in reversed(SEVERITIES)}
    for finding in run.findings:
        counts[finding.severity] += 1
    summary = ", ".join(f"{count} {severity}(s)" for severity, count in counts.items())
    print(f"ec2shorthand lint: {run.files} file(s) checked: {summary}", file=stderr)
    return EXIT_FINDINGS if failing else EXIT_OK


def _split(values: list[str]) -> list[str]:
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def _render(run: LintRun, form: str) -> str:
    if form == "json":
        return render_json(run.findings)
    if form == "sarif":
        return render_sarif(run.findings, run.rules(), run.line_of, _version())
    if form == "github":
        return render_github(run.findings)
    return render_text(run.findings, run.line_of)


def _version() -> str:
    try:
        return metadata.version("ec2shorthand")
    except metadata.PackageNotFoundError:  # run from a source tree
        return "0+unknown"
