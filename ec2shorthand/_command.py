"""An ``aws ec2 OPERATION ARGS...`` command line to the request it would send."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from ._argv import CommandLine, read_argv
from ._coerce import Coercer, compile_coercer
from ._errors import (
    ParamFileError,
    ShorthandError,
    ShorthandSyntaxError,
    TypeCoercionError,
)
from ._input_document import load_input_document, merge_input_document
from ._json_value import load_json
from ._locate import locate
from ._options import Kind, Option, options_for
from ._paramfile import names_file, read_paramfile
from ._schemas import load_schema
from ._secgroup import SIMPLIFIED_OPTIONS, permission_from
from ._shorthand import parse_shorthand
from ._validate import validate_request

__all__ = ["parse_command"]

_JSON_OPENERS = ("[", "{")
_INPUT_DOCUMENTS = {Kind.INPUT_JSON: False, Kind.INPUT_YAML: True}  # kind -> YAML syntax


def parse_command(operation: str, argv: Sequence[str], *, validate: bool = True) -> dict[str, Any]:
    """The request parameters the AWS CLI would send for ``aws ec2 OPERATION ARGV...``.

    ``argv`` is the argument list after the operation name, as a shell
    splits it. Keys follow the API model's order. With ``validate`` (the
    default) the request is checked against the operation's JSON Schema and
    :class:`SchemaValidationError` lists what is wrong. Every other problem
    is a :class:`ShorthandError` too.
    """
    options = options_for(operation)
    command = read_argv(argv, options)
    if "cli-input-json" in command.values and "cli-input-yaml" in command.values:
        raise command.error_at("cli-input-yaml", "give the request as JSON or as YAML, not both")
    if "generate-cli-skeleton" in command.values:
        raise command.error_at(
            "generate-cli-skeleton",
            "asks for a skeleton, not a request: use `ec2shorthand skeleton`",
        )
    params: dict[str, Any] = {}
    rule_values: dict[str, str] = {}
    for option in options:
        if option.name not in command.values:
            continue
        try:
            raw = _read_file_if_named(command.values[option.name])
            if option.member is not None:
                params[option.member] = _value(operation, option, raw)
            elif option.kind is Kind.RULE:
                rule_values[option.name] = raw
            elif option.kind in _INPUT_DOCUMENTS:
                document = load_input_document(raw, yaml_syntax=_INPUT_DOCUMENTS[option.kind])
                merge_input_document(params, document, load_schema(operation)["properties"])
        except ShorthandError as error:
            raise error.with_option(f"--{option.name}") from None
    _add_simplified_rule(command, params, rule_values)
    params = _in_schema_order(operation, params)
    if validate:
        validate_request(operation, params)
    return params


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
    command: CommandLine, params: dict[str, Any], given: dict[str, str]
) -> None:
    """The IpPermission of --protocol/--port/... into ``params`` (never beside --ip-permissions).

    As in the AWS CLI, an option given an empty value counts as not given.
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


def _in_schema_order(operation: str, params: dict[str, Any]) -> dict[str, Any]:
    return {
        member: params[member]
        for member in load_schema(operation)["properties"]
        if member in params
    }


def _value(operation: str, option: Option, raw: Any) -> Any:
    if option.kind is Kind.FLAG:
        return raw
    if option.kind is Kind.STRUCTURED:
        return _structured(operation, option, raw)
    if option.kind is Kind.SCALAR_LIST:
        return _scalar_list(option, raw)
    return _scalar(option.kind, raw)


def _scalar_list(option: Option, raw: str | bytes | list[str]) -> Any:
    if isinstance(raw, list):
        if len(raw) == 1 and raw[0].strip().startswith("["):
            return load_json(raw[0])
        item_kind = (
            Kind.INTEGER if option.schema.get("items", {}).get("type") == "integer" else Kind.STRING
        )
        return [_scalar(item_kind, text) for text in raw]
    # One file's content for the whole list.
    if isinstance(raw, str) and raw.strip().startswith("["):
        return load_json(raw)
    raise ShorthandSyntaxError(
        "a file given for a list option must hold a JSON list "
        "(the AWS CLI would split any other text into single characters)",
        raw if isinstance(raw, str) else None,
        0 if isinstance(raw, str) else None,
    )


def _scalar(kind: Kind, raw: str | bytes) -> Any:
    if isinstance(raw, bytes) or kind not in (Kind.INTEGER, Kind.NUMBER):
        return raw
    try:
        return int(raw) if kind is Kind.INTEGER else float(raw)
    except ValueError:
        wanted = "an integer" if kind is Kind.INTEGER else "a number"
        raise TypeCoercionError(f"{raw!r} is not {wanted}", raw, 0) from None


def _structured(operation: str, option: Option, raw: str | bytes | list[str]) -> Any:
    """Shorthand or JSON, decided as the AWS CLI decides: by the first value's first character."""
    if isinstance(raw, bytes):
        raise ShorthandSyntaxError("a fileb:// file holds bytes: use file:// for shorthand or JSON")
    if isinstance(raw, str) and option.takes_many:
        return _list_from_file(operation, option, raw)
    texts = raw if isinstance(raw, list) else [raw]
    if texts and texts[0].strip().startswith(_JSON_OPENERS):
        return _from_json(option, texts)
    trees: Any = [parse_shorthand(text) for text in texts]
    if not option.takes_many:
        trees = trees[0]
    try:
        return _coercer(operation, option.member or "")(trees)
    except TypeCoercionError as error:
        raise _pointed(error, texts, option.takes_many) from None


def _list_from_file(operation: str, option: Option, content: str) -> Any:
    """A list option given one file: only a JSON list works as the AWS CLI reads it."""
    if content.strip().startswith("["):
        return load_json(content)
    raise ShorthandSyntaxError(
        f"a file given for --{option.name} must hold a JSON list: the AWS CLI reads "
        "shorthand or a JSON object from a file as the wrong type",
        content,
        0,
    )


def _pointed(error: TypeCoercionError, texts: list[str], many: bool) -> TypeCoercionError:
    """The same error, showing the value in the shorthand text it came from."""
    index, inner = (int(error.path[0]), error.path[1:]) if many and error.path else (0, error.path)
    text = texts[index]
    pointed = TypeCoercionError(error.msg, text, locate(text, inner))
    pointed.path = error.path
    return pointed


def _from_json(option: Option, texts: list[str]) -> Any:
    if not option.takes_many:
        return load_json(texts[0])
    if len(texts) == 1 and texts[0].strip().startswith("["):
        return load_json(texts[0])
    # Several values: the AWS CLI reads each as one JSON object of the list.
    values = []
    for text in texts:
        if not text.lstrip().startswith("{"):
            raise ShorthandSyntaxError(
                "expected a JSON object: once the first value is JSON, every value must be",
                text,
                0,
            )
        values.append(load_json(text))
    return values


@functools.cache
def _coercer(operation: str, member: str) -> Coercer:
    root = load_schema(operation)
    return compile_coercer(root["properties"][member], root)
