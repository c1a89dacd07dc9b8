"""Fuzz ``parse_command(operation, argv, service=...)`` with structured command lines.

Run: ``python fuzz/fuzz_parse_command.py [-atheris_runs=N] [libFuzzer flags]``.

The bytes choose a service and operation of the bundled model (EC2 a quarter
of the time: its customizations are the most special cases), then build argv
from the operation's real option names (whole, abbreviated, ``--opt=value``,
their ``--no-`` twins), global options, shorthand and JSON fragments and
fuzzed text. ``files=None``: opening any file is a crash.

Checked for every input, beyond ``_harness.guarded``'s rules: an error is
placed on the command line (a location, a position, or for an invalid request
its diagnostics); a request is a dict whose keys the operation has, or its
pagination's.
"""

from __future__ import annotations

import sys

from _harness import BadError, Choices, guarded, instrumented, no_file_reads, run

with instrumented(__name__):
    import lark  # noqa: F401  (instrumented with the package)
    import yaml  # noqa: F401

    from ec2shorthand import InvalidRequestError, ShorthandError, parse_command
    from ec2shorthand._awscli.arguments import argument_table
    from ec2shorthand._model.catalog import operation_names, service_names

TARGET = "parse_command"

_GLOBAL = (
    "--",
    "",
    "--debug",
    "--region",
    "--output",
    "--query",
    "--endpoint-url",
    "--no-paginate",
    "--page-size",
    "--max-items",
    "--starting-token",
    "--cli-input-json",
    "--cli-input-yaml",
    "--generate-cli-skeleton",
    "--no-verify-ssl",
    "--color",
    "--profile",
    "--no-cli-pager",
    "--cli-read-timeout",
)
# Values that reach the interesting readers: shorthand, JSON, YAML, numbers, file names.
_VALUES = (
    "a=b",
    "Key=Name,Value=web",
    "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8}]",
    '[{"IpProtocol": "tcp", "FromPort": 22}]',
    '{"a": 1}',
    "[",
    "{",
    "-1",
    "1e400",
    "0x1F",
    "true",
    "input",
    "yaml-input",
    "output",
    "file://x",
    "fileb://x",
    "http://example.invalid/x",
    "a: [1, 2]",
    "*",
    "sg-1a2b3c4d",
    "10.0.0.0/8",
    "::/0",
    "all",
    "22-25",
    "\x00",
)


def _operation(choices: Choices) -> tuple[str, str]:
    # The operations of the version parse_command reads as (the default: 2).
    service = "ec2" if choices.byte() < 64 else choices.pick(service_names(2))
    return service, choices.pick(operation_names(service, 2))


def _word(choices: Choices, options: list[str]) -> str:
    kind = choices.number(7)
    if kind == 0:
        return choices.pick(options)
    if kind == 1:
        return f"{choices.pick(options)}={choices.text()}"
    if kind == 2:
        return choices.text()
    if kind == 3:
        return choices.pick(_VALUES) + choices.text(16)
    if kind == 4:
        return choices.pick(_GLOBAL)
    if kind == 5:  # an abbreviation, as argparse allows
        option = choices.pick(options)
        return option[: 3 + choices.number(max(len(option) - 2, 1))]
    return choices.pick(_VALUES)


def _options(service: str, operation: str) -> list[str]:
    names = [
        name
        for argument in argument_table(service, operation, 2)
        for name in argument.option_strings
    ]
    return names or ["--dry-run"]


def one_input(data: bytes) -> None:
    """Read ``data`` as an operation and a command line, and parse that command."""
    choices = Choices(data)
    service, operation = _operation(choices)
    options = _options(service, operation)
    argv = [_word(choices, options) for _ in range(choices.number(10))]
    validate = choices.flag()
    with no_file_reads():
        request, error = guarded(
            lambda: parse_command(operation, argv, service=service, validate=validate, files=None)
        )
    if error is not None:
        _check_placed(error, argv)
    elif not isinstance(request, dict):
        raise BadError(f"not a dict: {request!r:.300}")


# An option that is missing has no place on the command line to point at.
_ABSENT = "the following arguments are required"


def _check_placed(error: ShorthandError, argv: list[str]) -> None:
    """The error is placed: a location (or a position in its text), or located diagnostics."""
    if isinstance(error, InvalidRequestError):
        if not error.diagnostics:
            raise BadError("an invalid request without diagnostics")
    elif error.location is None and error.pos is None and not error.msg.startswith(_ABSENT):
        raise BadError(f"an error without a place: {error.msg[:300]!r} for {argv!r:.300}")


SEEDS = [
    bytes([0, 0, 4, 3, 0, 0, 0]),
    bytes([200, 7, 0, 20, 3, 4, 1, 2]),
]

if __name__ == "__main__":
    run(TARGET, one_input, SEEDS, dictionary="shorthand.dict")
    sys.exit(0)
