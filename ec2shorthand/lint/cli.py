"""``ec2shorthand lint [PATH...]`` and ``ec2shorthand migrate [PATH...]``: running them.

Exit 0 when no finding reaches ``--fail-on`` (default ``error``), 1 when one
does, 2 for a usage error, a configuration error or a path that cannot be read.
With ``--fix`` the findings left after fixing decide; with ``--diff``, exit 1
when there is something to fix (as ruff does). ``--interactive`` needs a
terminal: without one it refuses, with exit 2. A file named on the command
line that is not read (of no kind the linter knows) is said on stderr, never
counted as checked. Every message quoting a path or a file's text shows its
control characters escaped.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from typing import TextIO

from .._core.errors import ShorthandError
from .._core.text import escape_controls
from .._report import render_github, render_json, render_sarif, render_text
from .._report.finding import Fix
from .._resources import package_version
from ._progress import ProgressLine
from .config import ConfigError, LintConfig, load_config
from .discover import UnreadablePath
from .fix_files import FixRun, Reviewer, fix_paths
from .rules import SEVERITIES
from .run import LINT_CHECKS, Checks, LintRun, lint_paths
from .version import target_version

__all__ = ["run_lint", "run_migrate"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
_ANSWERS = {"y": "y", "yes": "y", "n": "n", "no": "n", "a": "a", "all": "a", "q": "q", "quit": "q"}


def run_lint(
    args: argparse.Namespace, stdout: TextIO, stderr: TextIO, checks: Checks = LINT_CHECKS
) -> int:
    """Run ``lint`` with parsed ``args``; the report goes to stdout, messages to stderr."""
    name = "ec2shorthand " + args.command
    stdin = getattr(args, "stdin", None)
    fixing = args.fix or args.diff or args.interactive
    if args.unsafe_fixes and not fixing:
        print(f"{name}: --unsafe-fixes goes with --fix, --diff or --interactive", file=stderr)
        return EXIT_USAGE
    if args.interactive and (stdin is None or not stdin.isatty()):
        print(f"{name}: --interactive asks at a terminal, and stdin is not one", file=stderr)
        return EXIT_USAGE
    fixed: FixRun | None = None
    try:
        config = load_config(args.config).with_options(
            select=_split(args.select),
            ignore=_split(args.ignore),
            wrappers=args.wrapper,
            fail_on=args.fail_on,
        )
        # --cli-version wins over the configuration; a bad one is a usage error, before any file.
        config = replace(config, cli_version=target_version(config, args))
        if fixing:
            review = _reviewer(stdin, stderr) if args.interactive and stdin else None
            fixed = fix_paths(
                args.paths,
                config,
                checks,
                unsafe=args.unsafe_fixes,
                write=not args.diff,
                review=review,
            )
            run = fixed.run
        else:
            run = _lint(args, config, checks, stderr)
    except (ConfigError, UnreadablePath, ShorthandError) as error:
        print(f"{name}: {escape_controls(str(error))}", file=stderr)
        return EXIT_USAGE
    for path, why in run.skipped:
        print(f"{name}: {escape_controls(path)}: skipped: {why}", file=stderr)
    if fixed is not None:
        for refusal in fixed.refused:
            print(f"{name}: {escape_controls(refusal)}", file=stderr)
    if args.diff and fixed is not None:
        diff = "".join(fixed.diffs)  # a patch; on a terminal, the files' controls escaped
        stdout.write(escape_controls(diff, keep_newlines=True) if stdout.isatty() else diff)
        done = f"{fixed.applied} fix(es) would be applied in {len(fixed.diffs)} file(s)"
        print(f"{name}: {done}", file=stderr)
        return EXIT_FINDINGS if fixed.diffs else EXIT_OK
    stdout.write(_render(run, args.format, _wants_color(args.color, stdout)))
    threshold = SEVERITIES.index(config.fail_on)
    failing = [f for f in run.findings if SEVERITIES.index(f.severity) >= threshold]
    counts = {severity: 0 for severity in reversed(SEVERITIES)}
    for finding in run.findings:
        counts[finding.severity] += 1
    summary = ", ".join(f"{count} {severity}(s)" for severity, count in counts.items())
    if fixed is not None:
        summary = f"{fixed.applied} fix(es) applied in {len(fixed.diffs)} file(s); left: {summary}"
    skipped = f", {len(run.skipped)} skipped" if run.skipped else ""
    print(f"{name}: {run.files} file(s) checked{skipped}: {summary}", file=stderr)
    return EXIT_FINDINGS if failing else EXIT_OK


def run_migrate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``migrate``: lint's machinery with the migrate rules."""
    from .migrate.check import MIGRATE_CHECKS

    return run_lint(args, stdout, stderr, MIGRATE_CHECKS)


def _lint(args: argparse.Namespace, config: LintConfig, checks: Checks, stderr: TextIO) -> LintRun:
    progress = ProgressLine(stderr) if ProgressLine.wanted(stderr) else None
    try:
        return lint_paths(args.paths, config, jobs=args.jobs, progress=progress, checks=checks)
    finally:
        if progress is not None:
            progress.close()


def _reviewer(stdin: TextIO, stderr: TextIO) -> Reviewer:
    """Asks on the terminal, once per fix: the diff, then y/n/all/quit."""

    def ask(diff: str, fix: Fix) -> str:
        stderr.write(escape_controls(diff, keep_newlines=True))  # the file's text, on a terminal
        while True:
            kind = "" if fix.safe else " (unsafe)"
            stderr.write(f"{fix.description}{kind}: apply? [y]es/[n]o/[a]ll/[q]uit ")
            stderr.flush()
            line = stdin.readline()
            if not line:  # the terminal closed: nothing more is applied
                return "q"
            answer = _ANSWERS.get(line.strip().lower())
            if answer is not None:
                return answer

    return ask


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
