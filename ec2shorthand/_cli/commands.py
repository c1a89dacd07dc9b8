"""The subcommands: each reads its arguments, calls the library, and hands results to a reporter."""

from __future__ import annotations

import argparse
import base64
import json
import os
from collections.abc import Callable
from typing import TextIO

from .._awscli.command import check_command, read_command
from .._awscli.docs import render_docs
from .._awscli.explain import UnknownOptionError, explain_operation, explain_option
from .._awscli.models import operation_model
from .._awscli.skeletons import skeleton_kinds
from .._awscli.to_argv import to_command
from .._core.diagnostics import Diagnostic, fails
from .._core.errors import ParamFileError, ShorthandError
from .._core.files import DEFAULT_MAX_BYTES, read_regular_file
from .._core.version import CliVersion, version_name
from .._model.operation import get_operation
from .._model.skeleton import render_skeleton
from .._report.diagnostics import render_diagnostics, verdict
from .._report.json import render_json
from .._syntax.documents import load_json
from .target import split_target
from .usage import UsageError

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "HANDLERS", "UsageError"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _target(args: argparse.Namespace) -> tuple[str, str, list[str]]:
    service, operation, rest = split_target(args.words)
    if operation is None:
        raise UsageError(
            f"ec2shorthand {args.command}: name an operation: [aws] [SERVICE] OPERATION"
        )
    get_operation(service, operation)  # an unknown name is a usage error, said here
    return service, operation, rest


# The Azure CLI's convention: `--option ??` asks for that option's help instead of a value.
ASK_FOR_HELP = "??"


def _asked_for_help(rest: list[str]) -> str | None:
    """The option whose value is ``??`` (``--opt ??`` or ``--opt=??``), if any."""
    for index, word in enumerate(rest):
        if word.startswith("--") and word.endswith("=" + ASK_FOR_HELP):
            return word.split("=", 1)[0]
        if word == ASK_FOR_HELP and index > 0 and rest[index - 1].startswith("--"):
            return rest[index - 1]
    return None


def _parse(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    service, operation, rest = _target(args)
    option = _asked_for_help(rest)
    if option is not None:
        stdout.write(_explained(service, operation, option, args.version))
        return EXIT_OK
    # As in the AWS CLI: an input skeleton needs only a readable command line; an
    # output skeleton needs a valid request.
    result = read_command(
        operation,
        rest,
        service=service,
        validate=not args.no_validate,
        cli_version=args.version,
    )
    model = operation_model(service, operation, args.version)
    if result.skeleton in ("input", "yaml-input"):
        stdout.write(render_skeleton(model, result.skeleton))
        return EXIT_OK
    render_diagnostics(result.diagnostics, stderr)
    if fails(result.diagnostics, strict=args.strict):
        return EXIT_INVALID
    if result.skeleton == "output":
        stdout.write(render_skeleton(model, "output"))
        return EXIT_OK
    write_json(result.params, stdout)
    return EXIT_OK


def write_json(value: object, stdout: TextIO) -> None:
    """JSON on stdout, indented by 4: strict JSON (no NaN), readable where the terminal allows."""
    try:
        text = json.dumps(value, indent=4, ensure_ascii=False, allow_nan=False, default=_as_json)
    except ValueError:
        raise ShorthandError("the request holds NaN or Infinity, which JSON cannot carry") from None
    try:
        stdout.write(text + "\n")
    except UnicodeEncodeError:  # a lone surrogate, or a terminal that cannot show the text
        stdout.write(json.dumps(value, indent=4, default=_as_json) + "\n")


def _as_json(value: object) -> str | int | float:
    # A fileb:// value is bytes; on the wire botocore sends bytes base64-encoded.
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    # A streamed body (s3api put-object --body PATH): the AWS CLI opens that file and
    # streams it; the request shows the file's path, which the option takes back.
    if isinstance(value, os.PathLike):
        return str(os.fspath(value))
    # An exact decimal (cloudwatch put-metric-data --value): a JSON number.
    import decimal  # only a request with a value JSON cannot show comes here

    if isinstance(value, decimal.Decimal):
        return (
            int(value) if value.is_finite() and value == value.to_integral_value() else float(value)
        )
    raise ShorthandError(f"the request holds a {type(value).__name__}, which JSON cannot show")


def _validate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    service, operation, rest = _target(args)
    try:
        diagnostics = check_command(
            operation, rest, service=service, cli_version=args.version
        ).diagnostics
    except ShorthandError as error:  # unreadable: reported like any other finding
        diagnostics = [Diagnostic.from_error(error)]
    failed = fails(diagnostics, strict=args.strict)
    if args.format == "json":
        stdout.write(render_json(diagnostics))
    else:
        render_diagnostics(diagnostics, stdout)
        print(verdict(diagnostics, failed=failed), file=stdout)
    return EXIT_INVALID if failed else EXIT_OK


def _skeleton(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    service, operation, rest = _target(args)
    kinds = skeleton_kinds(args.version)
    if len(rest) > 1 or (rest and rest[0] not in kinds):
        raise UsageError(
            f"ec2shorthand skeleton: KIND is one of {', '.join(kinds)} in "
            f"{version_name(args.version)}, not {rest[0]!r}"
        )
    model = operation_model(service, operation, args.version)
    stdout.write(render_skeleton(model, rest[0] if rest else "input"))
    return EXIT_OK


def _docs(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    service, operation, rest = _target(args)
    if rest:
        raise UsageError(f"ec2shorthand docs: unexpected {rest[0]!r}")
    markdown = args.format == "markdown"
    stdout.write(
        render_docs(operation, service=service, markdown=markdown, cli_version=args.version)
    )
    return EXIT_OK


def _explain(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    service, operation, rest = _target(args)
    if len(rest) > 1 or (rest and not rest[0].startswith("--")):
        raise UsageError(f"ec2shorthand explain: name one option (--NAME), not {rest!r}")
    if rest:
        stdout.write(_explained(service, operation, rest[0], args.version))
    else:
        stdout.write(explain_operation(service, operation, args.version))
    return EXIT_OK


def _explained(service: str, operation: str, option: str, version: CliVersion) -> str:
    try:
        return explain_option(service, operation, option, version)
    except UnknownOptionError as error:
        raise UsageError(f"ec2shorthand: {error}") from None


def _schema(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    service, operation, rest = _target(args)
    if rest:
        raise UsageError(f"ec2shorthand schema: unexpected {rest[0]!r}")
    schema = operation_model(service, operation, args.version).schema
    stdout.write(json.dumps(schema, indent=2) + "\n")
    return EXIT_OK


def _to_shorthand(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    service, operation, rest = _target(args)
    file = rest[0] if rest else "-"
    text = _read_stdin(args.stdin) if file == "-" else _read_text(file)
    if any("\udc80" <= char <= "\udcff" for char in text):  # undecodable bytes, escaped
        raise ParamFileError("the input is not UTF-8 text")
    request = load_json(text)
    if not isinstance(request, dict):
        raise ShorthandError("a request is one JSON object", text, 0)
    print(to_command(operation, request, service=service, cli_version=args.version), file=stdout)
    return EXIT_OK


def _read_text(path: str) -> str:
    # The file policy: a FIFO or /dev/zero is refused, not waited on or read forever.
    try:
        return read_regular_file(path).decode("utf-8")
    except UnicodeDecodeError:
        raise ParamFileError(f"{path!r} is not UTF-8 text") from None


def _read_stdin(stdin: TextIO) -> str:
    text = stdin.read(DEFAULT_MAX_BYTES + 1)  # `< /dev/zero` ends here, not in MemoryError
    if len(text) > DEFAULT_MAX_BYTES:
        raise ParamFileError(f"the input is larger than {DEFAULT_MAX_BYTES} bytes, the limit")
    return text


def _fmt(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    service, operation, rest = _target(args)
    version = args.version
    request = check_command(
        operation, rest, service=service, validate=False, cli_version=version
    ).params
    print(to_command(operation, request, service=service, cli_version=version), file=stdout)
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "parse": _parse,
    "validate": _validate,
    "fmt": _fmt,
    "skeleton": _skeleton,
    "docs": _docs,
    "explain": _explain,
    "schema": _schema,
    "to-shorthand": _to_shorthand,
}
