"""The ``ec2shorthand`` command: ``main(argv) -> exit code`` around ``run``.

stdout carries data only; messages go to stderr. Exit 0 on success, 1 for
invalid input, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from ._command import check_command, read_command
from ._diagnostics import Diagnostic, fails
from ._docs import render_docs
from ._errors import ParamFileError, ShorthandError, UnknownOperationError
from ._json_value import load_json
from ._options import SKELETON_FORMATS
from ._schemas import OPERATIONS
from ._skeleton import render_skeleton
from ._to_argv import to_command
from .lint.cli import add_lint_command, run_lint

__all__ = ["main", "run"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

# Our own options, which may also stand among the AWS CLI's (it has none of these names).
_OWN_FLAGS = ("--no-validate", "--strict")


class _UsageError(Exception):
    pass


_OPERATION_HELP = f"one of: {', '.join(OPERATIONS)}"


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # raise, never exit
        raise _UsageError(f"{self.prog}: {message}\n{self.format_usage().strip()}")


def _build_parser() -> _ArgumentParser:
    parser = _ArgumentParser(
        prog="ec2shorthand",
        description="Parse and check AWS CLI security-group commands offline.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_ArgumentParser)
    parse = commands.add_parser(
        "parse",
        help="print the request an `aws ec2 OPERATION ...` command would send, as JSON",
        description="Print the request parameters `aws ec2 OPERATION ARGS...` would send.",
    )
    parse.add_argument(
        "--no-validate", action="store_true", help="do not check the request (rules, schema)"
    )
    validate = commands.add_parser(
        "validate",
        help="check an `aws ec2 OPERATION ...` command offline and list what is wrong",
        description="Check the request `aws ec2 OPERATION ARGS...` would send. "
        "Exit 0 if it is valid, 1 if not.",
    )
    validate.add_argument("--format", choices=("text", "json"), default="text")
    skeleton = commands.add_parser(
        "skeleton",
        help="print a skeleton request (or response) to fill in",
        description="Print what `aws ec2 OPERATION --generate-cli-skeleton [KIND]` prints.",
    )
    skeleton.add_argument("operation", help=_OPERATION_HELP)
    skeleton.add_argument("kind", nargs="?", default="input", choices=SKELETON_FORMATS)
    docs = commands.add_parser(
        "docs",
        help="print the Synopsis and Options of an operation's reference page",
        description="Print the Synopsis and Options (with shorthand and JSON syntax) "
        "of OPERATION's reference page, generated from its schema.",
    )
    docs.add_argument("operation", help=_OPERATION_HELP)
    docs.add_argument("--format", choices=("text", "markdown"), default="text")
    to_shorthand = commands.add_parser(
        "to-shorthand",
        help="turn a request (JSON, or a filled skeleton) into the aws command line",
        description="Print the `aws ec2 OPERATION ...` command that sends the request in FILE "
        "(JSON; - or nothing for stdin).",
    )
    to_shorthand.add_argument("operation", help=_OPERATION_HELP)
    to_shorthand.add_argument(
        "file", nargs="?", default="-", help="a request as JSON (default: stdin)"
    )
    fmt = commands.add_parser(
        "fmt",
        help="print an `aws ec2 OPERATION ...` command in canonical form",
        description="Print the command in canonical form: API key order, minimal quoting.",
    )
    fmt.add_argument("operation", help=_OPERATION_HELP)
    fmt.add_argument("aws_args", nargs=argparse.REMAINDER, help="the AWS CLI arguments")
    for command in (parse, validate):
        command.add_argument("operation", help=_OPERATION_HELP)
        command.add_argument(
            "--strict", action="store_true", help="fail on warnings as well as errors"
        )
        command.add_argument("aws_args", nargs=argparse.REMAINDER, help="the AWS CLI arguments")
    add_lint_command(commands)
    return parser


def run(argv: Sequence[str], stdout: TextIO, stderr: TextIO, stdin: TextIO | None = None) -> int:
    """Run the command line ``argv`` (without the program name)."""
    try:
        args = _build_parser().parse_args(argv)
    except _UsageError as error:
        print(error, file=stderr)
        return EXIT_USAGE
    aws_args = list(getattr(args, "aws_args", []))
    for flag in _OWN_FLAGS:
        if flag in aws_args and hasattr(args, flag[2:].replace("-", "_")):
            aws_args.remove(flag)
            setattr(args, flag[2:].replace("-", "_"), True)
    handler: Callable[[argparse.Namespace, list[str], TextIO, TextIO], int]
    handler = {
        "parse": _parse,
        "validate": _validate,
        "skeleton": _skeleton,
        "docs": _docs,
        "to-shorthand": _to_shorthand,
        "fmt": _fmt,
        "lint": _lint,
    }[args.command]
    args.stdin = stdin if stdin is not None else sys.stdin
    try:
        return handler(args, aws_args, stdout, stderr)
    except UnknownOperationError as error:
        print(f"ec2shorthand: {error}", file=stderr)
        return EXIT_USAGE
    except ShorthandError as error:
        print(f"ec2shorthand: {error}", file=stderr)
        return EXIT_INVALID


def _parse(args: argparse.Namespace, aws_args: list[str], stdout: TextIO, stderr: TextIO) -> int:
    # As in the AWS CLI: an input skeleton needs only a readable command line; an
    # output skeleton needs a valid request.
    request, diagnostics, skeleton = read_command(
        args.operation, aws_args, validate=not args.no_validate
    )
    if skeleton in ("input", "yaml-input"):
        stdout.write(render_skeleton(args.operation, skeleton))
        return EXIT_OK
    for diagnostic in diagnostics:
        print(diagnostic, file=stderr)
    if fails(diagnostics, strict=args.strict):
        return EXIT_INVALID
    if skeleton == "output":
        stdout.write(render_skeleton(args.operation, "output"))
        return EXIT_OK
    _write_json(request, stdout)
    return EXIT_OK


def _write_json(value: object, stdout: TextIO) -> None:
    """JSON on stdout, indented by 4: strict JSON (no NaN), readable where the terminal allows."""
    try:
        text = json.dumps(
            value, indent=4, ensure_ascii=False, allow_nan=False, default=_bytes_as_base64
        )
    except ValueError:
        raise ShorthandError("the request holds NaN or Infinity, which JSON cannot carry") from None
    try:
        stdout.write(text + "\n")
    except UnicodeEncodeError:  # a lone surrogate, or a terminal that cannot show the text
        stdout.write(json.dumps(value, indent=4, default=_bytes_as_base64) + "\n")


def _skeleton(args: argparse.Namespace, aws_args: list[str], stdout: TextIO, stderr: TextIO) -> int:
    stdout.write(render_skeleton(args.operation, args.kind))
    return EXIT_OK


def _docs(args: argparse.Namespace, aws_args: list[str], stdout: TextIO, stderr: TextIO) -> int:
    stdout.write(render_docs(args.operation, markdown=args.format == "markdown"))
    return EXIT_OK


def _validate(args: argparse.Namespace, aws_args: list[str], stdout: TextIO, stderr: TextIO) -> int:
    try:
        _, diagnostics = check_command(args.operation, aws_args)
    except UnknownOperationError:
        raise
    except ShorthandError as error:  # unreadable: reported like any other finding
        diagnostics = [Diagnostic.from_error(error)]
    if args.format == "json":
        print(json.dumps([found.as_dict() for found in diagnostics], indent=4), file=stdout)
    else:
        for diagnostic in diagnostics:
            print(diagnostic, file=stdout)
        errors = sum(found.severity == "error" for found in diagnostics)
        warnings = len(diagnostics) - errors
        verdict = "invalid" if fails(diagnostics, strict=args.strict) else "valid"
        print(f"{verdict}: {errors} error(s), {warnings} warning(s)", file=stdout)
    return EXIT_INVALID if fails(diagnostics, strict=args.strict) else EXIT_OK


def _to_shorthand(
    args: argparse.Namespace, aws_args: list[str], stdout: TextIO, stderr: TextIO
) -> int:
    text = args.stdin.read() if args.file == "-" else _read_text(args.file)
    if any("\udc80" <= char <= "\udcff" for char in text):  # undecodable bytes, escaped
        raise ParamFileError("the input is not UTF-8 text")
    request = load_json(text)
    if not isinstance(request, dict):
        raise ShorthandError("a request is one JSON object", text, 0)
    print(to_command(args.operation, request), file=stdout)
    return EXIT_OK


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError as error:
        raise ParamFileError(f"cannot read {path!r}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise ParamFileError(f"{path!r} is not UTF-8 text") from None


def _fmt(args: argparse.Namespace, aws_args: list[str], stdout: TextIO, stderr: TextIO) -> int:
    request, _ = check_command(args.operation, aws_args, validate=False)
    print(to_command(args.operation, request), file=stdout)
    return EXIT_OK


def _lint(args: argparse.Namespace, aws_args: list[str], stdout: TextIO, stderr: TextIO) -> int:
    return run_lint(args, stdout, stderr)


def _bytes_as_base64(value: object) -> str:
    # A fileb:// value is bytes; on the wire botocore sends bytes base64-encoded.
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")  # pragma: no cover


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point."""
    # Diagnostics quote the user's text; a terminal that cannot show a
    # character gets an escape, never a UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    return run(sys.argv[1:] if argv is None else argv, sys.stdout, sys.stderr, sys.stdin)
