"""The ``ec2shorthand`` command: ``main(argv) -> exit code`` around ``run``.

stdout carries data only; messages go to stderr. Exit 0 on success, 1 for
invalid input, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from ._command import parse_command
from ._errors import ShorthandError, UnknownOperationError
from ._schemas import OPERATIONS

__all__ = ["main", "run"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    pass


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
    parse.add_argument("operation", help=f"one of: {', '.join(OPERATIONS)}")
    parse.add_argument(
        "--no-validate",
        action="store_true",
        help="do not check the request against the operation's schema",
    )
    parse.add_argument("aws_args", nargs=argparse.REMAINDER, help="the AWS CLI arguments")
    return parser


def run(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """Run the command line ``argv`` (without the program name)."""
    try:
        args = _build_parser().parse_args(argv)
    except _UsageError as error:
        print(error, file=stderr)
        return EXIT_USAGE
    aws_args = list(args.aws_args)
    # Our own options may also come among the AWS CLI's (no AWS CLI option has these names).
    if "--no-validate" in aws_args:
        aws_args.remove("--no-validate")
        args.no_validate = True
    try:
        request = parse_command(args.operation, aws_args, validate=not args.no_validate)
    except UnknownOperationError as error:
        print(f"ec2shorthand: {error}", file=stderr)
        return EXIT_USAGE
    except ShorthandError as error:
        print(f"ec2shorthand: {error}", file=stderr)
        return EXIT_INVALID
    print(json.dumps(request, indent=4, ensure_ascii=False, default=_bytes_as_base64), file=stdout)
    return EXIT_OK


def _bytes_as_base64(value: object) -> str:
    # A fileb:// value is bytes; on the wire botocore sends bytes base64-encoded.
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")  # pragma: no cover


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point."""
    return run(sys.argv[1:] if argv is None else argv, sys.stdout, sys.stderr)
