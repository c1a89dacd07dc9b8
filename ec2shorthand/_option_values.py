"""An option's command-line text as its part of the request: scalar, list, shorthand or JSON.

Each branch follows the AWS CLI's own reading of that kind of option,
including which first character makes a value JSON.
"""

from __future__ import annotations

import functools
from typing import Any

from ._coerce import Coercer, compile_coercer
from ._errors import ShorthandSyntaxError, TypeCoercionError
from ._json_value import load_json
from ._locate import locate
from ._options import Kind, Option
from ._schemas import load_schema
from ._shorthand import parse_shorthand

__all__ = ["option_value"]

_JSON_OPENERS = ("[", "{")


def option_value(operation: str, option: Option, raw: Any) -> Any:
    """The request value of ``option`` given ``raw`` (text, texts, a flag, or file content)."""
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
    return _list_from_file(option, raw, "it would split any other text into single characters")


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
        return _list_from_file(option, raw, "it reads shorthand or a JSON object as the wrong type")
    texts = raw if isinstance(raw, list) else [raw]
    if texts and texts[0].strip().startswith(_JSON_OPENERS):
        return _from_json(option, texts)
    trees: Any = [parse_shorthand(text) for text in texts]
    if not option.takes_many:
        trees = trees[0]
    try:
        return _coercer(operation, option.member or "")(trees)
    except TypeCoercionError as error:
        raise _pointed(error, option.member or "", texts, option.takes_many) from None


def _list_from_file(option: Option, content: str | bytes, otherwise: str) -> Any:
    """A list option given one file: the AWS CLI reads only a JSON list from it as a list."""
    if isinstance(content, str) and content.strip().startswith("["):
        return load_json(content)
    text = content if isinstance(content, str) else None
    raise ShorthandSyntaxError(
        f"a file given for --{option.name} must hold a JSON list: the AWS CLI {otherwise}",
        text,
        0 if text is not None else None,
    )


def _pointed(
    error: TypeCoercionError, member: str, texts: list[str], many: bool
) -> TypeCoercionError:
    """The same error, showing the value in the shorthand text it came from."""
    index, inner = (int(error.path[0]), error.path[1:]) if many and error.path else (0, error.path)
    text = texts[index]
    span = locate(text, inner)
    position = None if span is None else span[0]
    return TypeCoercionError(error.reason, text, position, path=(member, *error.path))


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
