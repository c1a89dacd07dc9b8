"""An ``aws SERVICE OPERATION ARGS...`` command line to the request it would send.

The pipeline has the AWS CLI's steps, each named: build the argument table,
read argv, check the options as given (``operation-args-parsed``), read each
option's value into the request, let customizations finish it
(``calling-command``), then validate and place every finding on the command
line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._core.arguments import expect_files, expect_flag, expect_text
from .._core.diagnostics import Diagnostic, InvalidRequestError, fails
from .._core.errors import CommandLineError, ShorthandError
from .._core.files import Files, resolver_for
from .._core.location import Location
from .._core.version import CliVersion
from .._core.version import cli_version as resolve_version
from .arguments import argument_table
from .argv import CommandLine, read_argv
from .checks import check_request
from .customize import customizations_for
from .global_options import check_global_options
from .models import operation_model
from .reading import Reading, located_error

__all__ = ["CommandResult", "check_command", "parse_command", "read_command"]


@dataclass
class CommandResult:
    """What reading a command gave: the request, the findings, and any skeleton asked for."""

    params: dict[str, Any]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    skeleton: str | None = None
    # Where --generate-cli-skeleton was written (argv index), when it was.
    skeleton_item: int | None = None
    # Warnings about values that keep the request from being built offline.
    unbuilt: list[Diagnostic] = field(default_factory=list)
    # Places findings about the request (made after reading) on the command line.
    place: Callable[[Sequence[Diagnostic]], list[Diagnostic]] | None = None


def parse_command(
    operation: str,
    argv: Sequence[str],
    *,
    service: str = "ec2",
    validate: bool = True,
    strict: bool = False,
    files: Files = True,
    cli_version: CliVersion | None = None,
) -> dict[str, Any]:
    """The request parameters the AWS CLI would send for ``aws SERVICE OPERATION ARGV...``.

    ``argv`` is the argument list after the operation name, as a shell
    splits it; ``service`` and ``operation`` are the AWS CLI's names
    (``ec2``, ``describe-instances``). Keys follow the API model's order.
    With ``validate`` (the default) the request is checked against the
    operation's schema and rules, and :class:`InvalidRequestError` carries
    every diagnostic if any is an error (or, with ``strict``, a warning).
    ``file://`` and ``fileb://`` values are read as the AWS CLI reads them
    (``files=True``); ``files=FileResolver(folder)`` restricts that, and
    ``files=None`` refuses them. Every other problem is a
    :class:`ShorthandError` too, located in ``argv`` (``error.location``),
    and so is an argument of the wrong type (``service=None``).
    ``cli_version`` (1 or 2) is the AWS CLI read as; by default
    ``EC2SHORTHAND_CLI_VERSION``, else 2.
    """
    expect_flag(strict, "strict")
    result = check_command(
        operation, argv, service=service, validate=validate, files=files, cli_version=cli_version
    )
    if result.unbuilt:
        raise located_error(result.unbuilt[0])
    if fails(result.diagnostics, strict=strict):
        raise InvalidRequestError(result.diagnostics)
    return result.params


def check_command(
    operation: str,
    argv: Sequence[str],
    *,
    service: str = "ec2",
    validate: bool = True,
    files: Files = True,
    cli_version: CliVersion | None = None,
) -> CommandResult:
    """The request and (with ``validate``) every diagnostic, placed on the command line."""
    result = read_command(
        operation, argv, service=service, validate=validate, files=files, cli_version=cli_version
    )
    if result.skeleton is not None:
        item = result.skeleton_item
        raise CommandLineError(
            "--generate-cli-skeleton asks for a skeleton, not a request: "
            "use `ec2shorthand skeleton` or `ec2shorthand parse`",
            location=None if item is None else Location(item, 0, max(len(argv[item]), 1)),
        )
    return result


def read_command(
    operation: str,
    argv: Sequence[str],
    *,
    service: str = "ec2",
    validate: bool = True,
    files: Files = True,
    cli_version: CliVersion | None = None,
) -> CommandResult:
    """:func:`check_command`, and the skeleton asked for with --generate-cli-skeleton, if any."""
    expect_text(operation, "operation", "an AWS CLI operation name")
    expect_text(service, "service", "an AWS CLI service name")
    expect_flag(validate, "validate")
    expect_files(files)
    version = resolve_version(cli_version)
    model = operation_model(service, operation, version)
    table = argument_table(service, operation, version)
    command = read_argv(argv, table)
    customizations = customizations_for(service, operation, version)
    reading = Reading(model, command, resolver_for(files), version)
    check_global_options(command)
    for customization in customizations:  # operation-args-parsed
        if customization.parsed is not None:
            customization.parsed(reading)
    params = _build_params(command, reading)
    for customization in customizations:
        if customization.finish is not None:
            customization.finish(params, reading)
    params = model.in_order(params)
    # What reading found counts as validation, but for its warnings.
    diagnostics = _repeated(command) + [
        d for d in reading.diagnostics if validate or d.severity == "warning"
    ]
    if validate:
        found = check_request(model, params, version)
        # A placeholder a customization already reported breaks its member's rules too: once.
        reported = {diagnostic.steps for diagnostic in diagnostics if diagnostic.steps}
        diagnostics += [d for d in found if d.steps not in reported]
    diagnostics = _distinct(reading.origins.place_all(diagnostics))
    return CommandResult(
        params,
        diagnostics,
        reading.state.get("skeleton"),
        reading.state.get("skeleton_item"),
        reading.unbuilt,
        reading.origins.place_all,
    )


def _distinct(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Each finding once where it is shown: ``--port 70000`` breaks the rule for FromPort and
    ToPort, with the same words at the same place."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for diagnostic in diagnostics:
        key = (diagnostic.rule, diagnostic.message, diagnostic.location)
        if diagnostic.location is None or key not in seen:
            seen.add(key)
            kept.append(diagnostic)
    return kept


def _repeated(command: CommandLine) -> list[Diagnostic]:
    """A warning for each option given more than once: only its last value is sent."""
    found = []
    for given in command.given.values():
        for index in given.lost:
            text = command.argv[index]
            found.append(
                Diagnostic(
                    "option.repeated",
                    "warning",
                    "(the command line)",
                    f"{given.option} is given again later: the AWS CLI sends only the last "
                    "value, and this one is lost (give every value to one "
                    f"{given.option})",
                    option=given.option,
                    doc=text,
                    location=Location(index, 0, max(len(text), 1)),
                )
            )
    return found


def _build_params(command: CommandLine, reading: Reading) -> dict[str, Any]:
    """Each given option's part of the request, in the argument table's order."""
    params: dict[str, Any] = {}
    for given in command.given.values():
        try:
            given.argument.add_to_params(params, reading.read_file(given), reading)
        except ShorthandError as error:
            item = given.items[0] if given.items else None
            raise error.placed(
                given.option,
                item.index if item else given.option_item,
                item.offset if item else 0,
                item_text=item.whole if item else None,
            ) from None
    return params
