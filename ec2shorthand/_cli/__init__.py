"""The ``ec2shorthand`` command: ``main(argv) -> exit code`` around ``run``.

stdout carries data only; messages go to stderr. Exit 0 on success, 1 for
invalid input, 2 for a usage error. Each subcommand is a small handler in
``commands``; this module only reads the command line and dispatches.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from .._awscli.skeletons import skeleton_kinds
from .._core.errors import ShorthandError, UnknownOperationError
from .._core.text import escape_controls
from .._core.version import cli_version
from .._model.bundled import source_versions
from .._resources import package_version
from ..lint.arguments import add_lint_command, add_migrate_command
from . import commands
from .commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from .usage import ArgumentParser, UsageError

__all__ = ["SUBCOMMANDS", "main", "run"]

# Our own options, which may also stand among the AWS CLI's (it has none of these names).
_OWN_FLAGS = ("--no-validate", "--strict")
_VERSION_OPTION = "--cli-version"
_VERSION_HELP = (
    "read commands as the AWS CLI v1 or v2 (default: $EC2SHORTHAND_CLI_VERSION, else 2, the "
    "version AWS supports)"
)
_TARGET_HELP = "[aws] [SERVICE] OPERATION (SERVICE defaults to ec2)"


def _build_parser() -> ArgumentParser:
    parser = ArgumentParser(
        prog="ec2shorthand",
        description="Parse, check and write AWS CLI commands offline.",
    )
    parser.add_argument(
        "--version", action="store_true", help="print the version and the AWS CLI models' version"
    )
    # Not required here: --version stands alone; run() asks for a command otherwise.
    sub = parser.add_subparsers(dest="command", parser_class=ArgumentParser)
    parse = sub.add_parser(
        "parse",
        help="print the request an `aws SERVICE OPERATION ...` command would send, as JSON",
        description="Print the request parameters `aws SERVICE OPERATION ARGS...` would send.",
    )
    parse.add_argument(
        "--no-validate", action="store_true", help="do not check the request (rules, schema)"
    )
    validate = sub.add_parser(
        "validate",
        help="check an `aws SERVICE OPERATION ...` command offline and list what is wrong",
        description="Check the request `aws SERVICE OPERATION ARGS...` would send. "
        "Exit 0 if it is valid, 1 if not.",
    )
    validate.add_argument("--format", choices=("text", "json"), default="text")
    fmt = sub.add_parser(
        "fmt",
        help="print an `aws SERVICE OPERATION ...` command in canonical form",
        description="Print the command in canonical form: API key order, minimal quoting.",
    )
    for command in (parse, validate, fmt):
        if command is not fmt:
            command.add_argument(
                "--strict", action="store_true", help="fail on warnings as well as errors"
            )
        command.add_argument("words", nargs=argparse.REMAINDER, help=f"{_TARGET_HELP} ARGS...")
    skeleton = sub.add_parser(
        "skeleton",
        help="print a skeleton request (or response) to fill in",
        description="Print what `aws SERVICE OPERATION --generate-cli-skeleton [KIND]` prints "
        f"(KIND: {', '.join(skeleton_kinds(2))}; v1 has no yaml-input).",
    )
    skeleton.add_argument("words", nargs="+", help=f"{_TARGET_HELP} [KIND]")
    docs = sub.add_parser(
        "docs",
        help="print the Synopsis and Options of an operation's reference page",
        description="Print the Synopsis and Options (with shorthand and JSON syntax) "
        "of OPERATION's reference page, generated from its model.",
    )
    docs.add_argument("--format", choices=("text", "markdown"), default="text")
    docs.add_argument("words", nargs="+", help=_TARGET_HELP)
    explain = sub.add_parser(
        "explain",
        help="explain an option: its members, their types, rules and docs, and an example",
        description="Print OPTION's member tree (types, constraints, docs) and one example "
        "value in shorthand and in JSON; without OPTION, list the operation's options. "
        "`ec2shorthand parse OPERATION --OPTION ??` prints the same.",
    )
    explain.add_argument("words", nargs=argparse.REMAINDER, help=f"{_TARGET_HELP} [--OPTION]")
    schema = sub.add_parser(
        "schema",
        help="print the JSON Schema of an operation's request",
        description="Print the JSON Schema (draft 2020-12) of OPERATION's request, for editors "
        "and tools that validate --cli-input-json files.",
    )
    schema.add_argument("words", nargs="+", help=_TARGET_HELP)
    to_shorthand = sub.add_parser(
        "to-shorthand",
        help="turn a request (JSON, or a filled skeleton) into the aws command line",
        description="Print the `aws SERVICE OPERATION ...` command that sends the request in "
        "FILE (JSON; - or nothing for stdin).",
    )
    to_shorthand.add_argument("words", nargs="+", help=f"{_TARGET_HELP} [FILE]")
    for command in (parse, validate, fmt, skeleton, docs, explain, schema, to_shorthand):
        command.add_argument(_VERSION_OPTION, choices=("1", "2"), help=_VERSION_HELP)
    add_lint_command(sub)
    add_migrate_command(sub)
    completion = sub.add_parser(
        "completion",
        help="print a shell completion script (bash, zsh, fish)",
        description="Print the script that completes ec2shorthand's command lines in SHELL "
        "(and, with --aws, the AWS CLI's: services, operations, options, shorthand members, "
        'enum values, filter names, file:// paths). bash: eval "$(ec2shorthand completion '
        'bash)"; zsh: eval "$(ec2shorthand completion zsh)"; fish: ec2shorthand '
        "completion fish | source.",
    )
    completion.add_argument("shell", choices=("bash", "zsh", "fish"))
    completion.add_argument(
        "--aws", action="store_true", help="complete `aws` commands too (replaces aws_completer)"
    )
    sub.add_parser(
        "lsp",
        help="run the language server on stdio (diagnostics, hover, completion in editors)",
        description="Run ec2shorthand's language server over stdin/stdout for an editor: "
        "lint diagnostics as you type, explain on hover, completion of aws commands. "
        "Needs the lsp extra.",
    )
    return parser


# The subcommands a user types (completion offers them); `__complete` is the scripts' own.
SUBCOMMANDS = (
    "parse",
    "validate",
    "fmt",
    "skeleton",
    "docs",
    "explain",
    "schema",
    "to-shorthand",
    "lint",
    "migrate",
    "completion",
    "lsp",
)


def _serve(stderr: TextIO) -> int:
    """``ec2shorthand lsp``: the language server on stdio, until the editor ends it."""
    try:
        from ..lsp.server import make_server
    except ModuleNotFoundError as error:
        print(f"ec2shorthand lsp: needs {error.name}: install the lsp extra", file=stderr)
        return EXIT_USAGE
    make_server().start_io()
    return 0


def _complete(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """``__complete --shell SHELL [--word-breaks CHARS] -- LINE``: the scripts' call, per TAB."""
    from .completion import SHELLS, complete_line

    parser = ArgumentParser(prog="ec2shorthand __complete", add_help=False)
    parser.add_argument("--shell", choices=SHELLS, required=True)
    parser.add_argument("--word-breaks", default=" \t\n\"'><=;|&(:")
    parser.add_argument("line")
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        print(error, file=stderr)
        return EXIT_USAGE
    return complete_line(args.shell, args.line, word_breaks=args.word_breaks, stdout=stdout)


def _take_version(words: list[str]) -> tuple[list[str], str | None]:
    """``--cli-version N`` (or ``=N``) taken out of the AWS CLI's words, where it may stand too
    (the AWS CLI has no option of that name): the words left, and N."""
    found = None
    left: list[str] = []
    at = 0
    while at < len(words):
        word = words[at]
        if word == _VERSION_OPTION and at + 1 < len(words):
            found, at = words[at + 1], at + 2
            continue
        if word.startswith(_VERSION_OPTION + "="):
            found = word.split("=", 1)[1]
        else:
            left.append(word)
        at += 1
    return left, found


def run(argv: Sequence[str], stdout: TextIO, stderr: TextIO, stdin: TextIO | None = None) -> int:
    """Run the command line ``argv`` (without the program name)."""
    if argv[:1] == ["__complete"]:
        return _complete(argv[1:], stdout, stderr)
    try:
        parser = _build_parser()
        args = parser.parse_args(argv)
        if args.version:
            print(_version(), file=stdout)
            return EXIT_OK
        if args.command is None:
            parser.error("name a command (--help lists them)")
        if args.command in ("lint", "migrate"):
            from ..lint.cli import run_lint, run_migrate

            args.stdin = stdin if stdin is not None else sys.stdin
            run = run_lint if args.command == "lint" else run_migrate
            return run(args, stdout, stderr)
        if args.command == "lsp":
            return _serve(stderr)
        if args.command == "completion":
            from .completion import print_script

            return print_script(args.shell, aws=args.aws, stdout=stdout)
        words = list(args.words)
        for flag in _OWN_FLAGS:
            name = flag[2:].replace("-", "_")
            if flag in words and hasattr(args, name):
                words.remove(flag)
                setattr(args, name, True)
        words, version = _take_version(words)
        if version is not None:
            args.cli_version = version
        args.words = words
        args.version = cli_version(args.cli_version, origin=_VERSION_OPTION)
        args.stdin = stdin if stdin is not None else sys.stdin
        return commands.HANDLERS[args.command](args, stdout, stderr)
    # Messages quote input (a file's text, a path): its control characters are escaped.
    except UsageError as error:
        print(escape_controls(str(error), keep_newlines=True), file=stderr)
        return EXIT_USAGE
    except UnknownOperationError as error:
        print(f"ec2shorthand: {escape_controls(str(error), keep_newlines=True)}", file=stderr)
        return EXIT_USAGE
    except ShorthandError as error:
        print(f"ec2shorthand: {escape_controls(str(error), keep_newlines=True)}", file=stderr)
        return EXIT_INVALID


def _version() -> str:
    models = ", ".join(
        f"the AWS CLI {awscli} (botocore {botocore})"
        for awscli, botocore in (source_versions(1), source_versions(2))
    )
    return f"ec2shorthand {package_version()}; models of {models}; default: v{cli_version()}"


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point."""
    # Diagnostics quote the user's text; a terminal that cannot show a
    # character gets an escape, never a UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return run(sys.argv[1:] if argv is None else argv, sys.stdout, sys.stderr, sys.stdin)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as a command killed by SIGPIPE
        # would, and keep Python from failing again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_INVALID
