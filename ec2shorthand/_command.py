"""An ``aws ec2 OPERATION ARGS...`` command line to the request it would send."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from ._argv import read_argv
from ._coerce import Coercer, compile_coercer
from ._errors import ShorthandError, ShorthandSyntaxError, TypeCoercionError
from ._json_value import load_json
from ._locate import locate
from ._options import Kind, Option, options_for
from ._schemas import load_schema
from ._shorthand import parse_shorthand
from ._validate import validate_request

__all__ = ["parse_command"]

_JSON_OPENERS = ("[", "{")


def parse_command(operation: str, argv: Sequence[str], *, validate: bool = True) -> dict[str, Any]:
    """The request parameters the AWS CLI would send for ``aws ec2 OPERATION ARGV...``.

    ``argv`` is the argument list after the operation name, as a shell
    splits it. Keys follow the API model's order. With ``validate`` (the
    default) the request is checked against the operation's JSON Schema and
    :class:`SchemaValidationError` lists what is wrong. Every other problem
    is a :class:`ShorthandError` too.
    """
    options = options_for(operation)
    given = read_argv(argv, options)
    params: dict[str, Any] = {}
    for option in options:
        if option.name in given:
            try:
                params[option.member] = _value(operation, option, given[option.name])
            except ShorthandError as error:
                raise error.with_option(f"--{option.name}") from None
    if validate:
        validate_request(operation, params)
    return params


def _value(operation: str, option: Option, raw: Any) -> Any:
    if option.kind is Kind.FLAG:
        return raw
    if option.kind is Kind.STRUCTURED:
        return _structured(operation, option, raw)
    if option.kind is Kind.SCALAR_LIST:
        if len(raw) == 1 and raw[0].strip().startswith("["):
            return load_json(raw[0])
        return [_scalar(option.kind, text) for text in raw]
    return _scalar(option.kind, raw)


def _scalar(kind: Kind, text: str) -> Any:
    try:
        if kind is Kind.INTEGER:
            return int(text)
        if kind is Kind.NUMBER:
            return float(text)
    except ValueError:
        raise TypeCoercionError(
            f"{text!r} is not {'an integer' if kind is Kind.INTEGER else 'a number'}"
        ) from None
    return text


def _structured(operation: str, option: Option, raw: str | list[str]) -> Any:
    """Shorthand or JSON, decided as the AWS CLI decides: by the first value's first character."""
    texts = raw if isinstance(raw, list) else [raw]
    if texts and texts[0].strip().startswith(_JSON_OPENERS):
        return _from_json(option, texts)
    trees: Any = [parse_shorthand(text) for text in texts]
    if not option.takes_many:
        trees = trees[0]
    try:
        return _coercer(operation, option.member)(trees)
    except TypeCoercionError as error:
        raise _pointed(error, texts, option.takes_many) from None


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
