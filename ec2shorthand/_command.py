"""An ``aws ec2 OPERATION ARGS...`` command line to the request it would send."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._argv import CommandLine, read_argv
from ._diagnostics import Diagnostic, InvalidRequestError, fails, format_path
from ._errors import CommandLineError, ParamFileError, ShorthandError
from ._input_document import load_input_document, merge_input_document
from ._option_values import option_value
from ._options import Kind, options_for
from ._paramfile import names_file, read_paramfile
from ._provenance import Origins
from ._schemas import in_schema_order, load_schema
from ._secgroup import SIMPLIFIED_OPTIONS, permission_from
from ._validate import validate as validate_request

__all__ = ["check_command", "parse_command", "read_command"]

_INPUT_DOCUMENTS = {Kind.INPUT_JSON: False, Kind.INPUT_YAML: True}  # kind -> YAML syntax
_DOCUMENT_OPTIONS = ("cli-input-json", "cli-input-yaml")


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
    if fails(diagnostics, strict=strict):
        raise InvalidRequestError(diagnostics)
    return params


def check_command(
    operation: str, argv: Sequence[str], *, validate: bool = True
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The request, and (with ``validate``) every diagnostic, pointing into the command line."""
    params, diagnostics, skeleton = read_command(operation, argv, validate=validate)
    if skeleton is not None:
        raise CommandLineError(
            "--generate-cli-skeleton asks for a skeleton, not a request: "
            "use `ec2shorthand skeleton` or `ec2shorthand parse`"
        )
    return params, diagnostics


def read_command(
    operation: str, argv: Sequence[str], *, validate: bool = True
) -> tuple[dict[str, Any], list[Diagnostic], str | None]:
    """:func:`check_command`, and the skeleton asked for with --generate-cli-skeleton, if any."""
    options = options_for(operation)
    command = read_argv(argv, options)
    if "cli-input-json" in command.values and "cli-input-yaml" in command.values:
        raise command.error_at("cli-input-yaml", "give the request as JSON or as YAML, not both")
    origins = Origins(command)
    unfilled: list[Diagnostic] = []
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
                taken = document.keys() - params.keys()
                for member in taken:
                    origins.record(str(member), option.name)
                merge_input_document(params, document, load_schema(operation)["properties"])
                unfilled += _unfilled({member: document[member] for member in taken})
        except ShorthandError as error:
            raise error.with_option(f"--{option.name}") from None
    diagnostics = _add_simplified_rule(command, params, rule_values, origins)
    # Placeholders count only where the document's value is the one sent.
    unfilled = [d for d in unfilled if origins.option_of(str(d.steps[0])) in _DOCUMENT_OPTIONS]
    root = load_schema(operation)
    params = in_schema_order(params, root, root)
    if validate:
        # An empty placeholder also breaks the rules of its member: say it once.
        placeholders = {diagnostic.steps for diagnostic in unfilled}
        checked = validate_request(operation, params)
        found = unfilled + [d for d in checked if d.steps not in placeholders]
        diagnostics += [origins.place(diagnostic) for diagnostic in found]
    return params, diagnostics, command.values.get("generate-cli-skeleton")


def _unfilled(document: Any, steps: tuple[str | int, ...] = ()) -> list[Diagnostic]:
    """The empty strings a whole-request document still holds: a skeleton's placeholders."""
    if isinstance(document, dict):
        items: Any = document.items()
    elif isinstance(document, list):
        items = enumerate(document)
    elif document == "":
        path = format_path(steps)
        message = f"{path} is still empty, as a skeleton leaves it: fill it in, or delete it"
        return [Diagnostic("skeleton.unfilled", "error", path, message, steps)]
    else:
        return []
    return [found for step, child in items for found in _unfilled(child, (*steps, step))]


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
