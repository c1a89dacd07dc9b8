"""``ec2shorthand lint [PATH...]``: the subcommand's arguments, and running it.

Exit 0 when no finding reaches ``--fail-on`` (default ``error``), 1 when one
does, 2 for a usage error, a configuration error or a path that cannot be read.
A file named on the command line that is not read (of no kind the linter
knows) is said on stderr, never counted as checked. Every message quoting a
path or a file's text shows its control characters escaped.
"""

from __future__ import annotations

import argparse
import os
from typing import TextIO

from .._core.errors import ShorthandError
from .._core.text import escape_controls
from .._report import render_github, render_json, render_sarif, render_text
from .._resources import package_version
from ._progress import ProgressLine
from .config import ConfigError, load_config
from .discover import UnreadablePath
from .rules import SEVERITIES
from .run import LintRun, lint_paths
from .version import target_version

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
        target_version(config, args)  # a bad version is a usage error, before any file
        progress = ProgressLine(stderr) if ProgressLine.wanted(stderr) else None
        try:
            run = lint_paths(args.paths, config, jobs=args.jobs, progress=progress)
        finally:
            if progress is not None:
                progress.close()
    except (ConfigError, UnreadablePath, ShorthandError) as error:
        print(f"ec2shorthand lint: {escape_controls(str(error))}", file=stderr)
        return EXIT_USAGE
    for path, why in run.skipped:
        print(f"ec2shorthand lint: {escape_controls(path)}: skipped: {why}", file=stderr)
    stdout.write(_render(run, args.format, _wants_color(args.color, stdout)))
    threshold = SEVERITIES.index(config.fail_on)
    failing = [f for f in run.findings if SEVERITIES.index(f.severity) >= threshold]
    counts = {severity: 0 for severity in reversed(SEVERITIES)}
    for finding in run.findings:
        counts[finding.severity] += 1
    summary = ", ".join(f"{count} {severity}(s)" for severity, count in counts.items())
    skipped = f", {len(run.skipped)} skipped" if run.skipped else ""
    print(f"ec2shorthand lint: {run.files} file(s) checked{skipped}: {summary}", file=stderr)
    return EXIT_FINDINGS if failing else EXIT_OK


def _split(values: list[str]) -> list[str]:
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def _wants_color(choice: str, stream: TextIO) -> bool:
    """``--color``: ``auto`` colours a terminal unless ``NO_COLOR`` is set (no-color.org)."""
    if choice != "auto":
        return choice == "always"  # asked for on this command line: it overrides NO_COLOR
    return ProgressLine.wanted(stream) and not os.environ.get("NO_COLOR")


def _render(run: LintRun, form: str, color: bool = False) -> str:
    if form == "json":
        return render_json(run.findings)
    if form == "sarif":
        return render_sarif(run.findings, run.rules(), run.line_of, package_version())
    if form == "github":
        return render_github(run.findings)
    return render_text(run.findings, run.line_of, color=color)
