"""``ec2shorthand lint [PATH...]``: the subcommand's arguments, and running it.

Exit 0 when no finding reaches ``--fail-on`` (default ``error``), 1 when one
does, 2 for a usage error, a configuration error or a path that cannot be read.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from .._report import render_github, render_json, render_sarif, render_text
from .._resources import package_version
from .config import ConfigError, load_config
from .discover import UnreadablePath
from .rules import SEVERITIES
from .run import LintRun, lint_paths

__all__ = ["run_lint"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


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
        return render_sarif(run.findings, run.rules(), run.line_of, package_version())
    if form == "github":
        return render_github(run.findings)
    return render_text(run.findings, run.line_of)
