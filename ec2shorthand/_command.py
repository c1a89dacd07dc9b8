"""An ``aws ec2 OPERATION ARGS...`` command line to the request it would send."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._argv import CommandLine, read_argv
from ._diagnostics import Diagnostic, InvalidRequestError
from ._errors import ParamFileError, ShorthandError
from ._input_document import load_input_document, merge_input_document
from ._option_values import option_value
from ._options import Kind, options_for
from ._paramfile import names_file, read_paramfile
from ._provenance import Origins
from ._schemas import load_schema
from ._secgroup import SIMPLIFIED_OPTIONS, permission_from
from ._validate import validate as validate_request

__all__ = ["check_command", "parse_command"]

_INPUT_DOCUMENTS = {Kind.INPUT_JSON: False, Kind.INPUT_YAML: True}  # kind -> YAML syntax


def parse_command(
    operation: str, argv: Sequence[str], *, validate: bool = True, strict: bool = False
) -> dict[str, Any]:
    """The request parameters the AWS CLI would send for ``aws ec2 OPERATION ARGV...``.

    ``argv`` is the argument list after the operation name, as a shell
    splits it. Keys follow the API model's order. With ``validate`` (the
    default) the request is checked against the operation's schema and
    rules, and :class:`InvalidRequestError` carries every diagnostic if any
    is an error (or, with ``strict``, a warning). Every other problem is a
    :class:`ShorthandError` too.
    """
    params, diagnostics = check_command(operation, argv, validate=validate)
    failing = ("error", "warning") if strict else ("error",)
    if any(diagnostic.severity in failing for diagnostic in diagnostics):
        raise InvalidRequestError(diagnostics)
    return params


def check_command(
    operation: str, argv: Sequence[str], *, validate: bool = True
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The request, and (with ``validate``) every diagnostic, pointing into the command line."""
    options = options_for(operation)
    command = read_argv(argv, options)
    _refuse_what_is_no_request(command)
    origins = Origins(command)
    params: dict[str, Any] = {}
    rule_values: dict[str, str] = {}
    for option in options:
        if option.name not in command.values:
            continue
        try:
            raw = _read_file_if_named(command.values[option.name])
            if option.member is not None:
                params[option.member] = option_value(operation, option, raw)
                written = command.values[option.name]
                shorthand = option.kind is Kind.STRUCTURED and raw is written
                _record(origins, option.member, option.name, written, shorthand)
            elif option.kind is Kind.RULE:
                rule_values[option.name] = raw
            elif option.kind in _INPUT_DOCUMENTS:
                document = load_input_document(raw, yaml_syntax=_INPUT_DOCUMENTS[option.kind])
                for member in document.keys() - params.keys():
                    origins.record(str(member), option.name)
                merge_input_document(params, document, load_schema(operation)["properties"])
        except ShorthandError as error:
            raise error.with_option(f"--{option.name}") from None
    diagnostics = _add_simplified_rule(command, params, rule_values, origins)
    schema_order = load_schema(operation)["properties"]
    params = {member: params[member] for member in schema_order if member in params}
    if validate:
        diagnostics += [origins.place(found) for found in validate_request(operation, params)]
    return params, diagnostics


def _refuse_what_is_no_request(command: CommandLine) -> None:
    if "cli-input-json" in command.values and "cli-input-yaml" in command.values:
        raise command.error_at("cli-input-yaml", "give the request as JSON or as YAML, not both")
    if "generate-cli-skeleton" in command.values:
        raise command.error_at(
            "generate-cli-skeleton",
            "asks for a skeleton, not a request: use `ec2shorthand skeleton`",
        )


def _record(origins: Origins, member: str, option: str, written: Any, shorthand: bool) -> None:
    """Note where a member came from: its shorthand texts, when it was written in shorthand."""
    texts = written if isinstance(written, list) else [written]
    in_shorthand = shorthand and all(
        isinstance(text, str) and not text.strip().startswith(("[", "{")) for text in texts
    )
    many = isinstance(written, list)
    origins.record(member, option, tuple(texts) if in_shorthand and texts else (), many)


def _read_file_if_named(raw: Any) -> Any:
    """A ``file://``/``fileb://`` value's content, where the AWS CLI reads it.

    It reads a value that names a file, and also the one value of a list
    option given just one: the content then stands for the whole list.
    """
    text = raw[0] if isinstance(raw, list) and len(raw) == 1 else raw
    if isinstance(text, str) and names_file(text):
        try:
            return read_paramfile(text)
        except ParamFileError as error:
            raise ParamFileError(error.msg, text, 0) from None
    return raw


def _add_simplified_rule(
    command: CommandLine, params: dict[str, Any], given: dict[str, str], origins: Origins
) -> list[Diagnostic]:
    """The IpPermission of --protocol/--port/... into ``params`` (never beside --ip-permissions).

    As in the AWS CLI, an option given an empty value counts as not given;
    that is worth a warning.
    """
    if "ip-permissions" in command.values:
        for name in SIMPLIFIED_OPTIONS:
            if command.values.get(name):
                raise command.error_at(
                    name,
                    "cannot be combined with --ip-permissions: "
                    "describe the rule with one or the other",
                )
    permission = permission_from(given)
    if permission is not None:
        params["IpPermissions"] = [permission]
        origins.record("IpPermissions", "rule options")
    return [
        Diagnostic(
            "option.empty",
            "warning",
            "(the command line)",
            f"--{name} is given an empty value, which the AWS CLI ignores: give a value or leave "
            f"it out",
        ).located(f"--{name}", command.line, *(command.value_span(name) or (0, 0)))
        for name, value in given.items()
        if value == ""
    ]
