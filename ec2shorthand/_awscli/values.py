"""A member's option value as its part of the request: scalar, list, shorthand or JSON.

Each branch follows the AWS CLI's own reading of that type of member,
including which first character makes a value JSON, which values the
shorthand parser takes, and how a single value of a list is read. Errors are
placed in the argv item (or the file) they are about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._core.errors import ShorthandError, ShorthandSyntaxError, TypeCoercionError
from .._model.operation import Member
from .._model.resolve import resolved
from .._syntax.documents import load_json
from .._syntax.parse import parse_shorthand
from .argv import FileContent
from .provenance import Form
from .reading import Given, Reading

if TYPE_CHECKING:
    from .arguments import MemberArgument

__all__ = ["member_value", "scalar_value"]

_JSON_OPENERS = ("[", "{")
_COMPLEX = ("structure", "list", "map")


def member_value(argument: MemberArgument, given: Given, reading: Reading) -> Any:
    """The request value of ``argument``'s member, from the option as given."""
    member = argument.model
    if isinstance(given.value, bool):  # a flag
        reading.record((member.name,), given)
        return given.value
    raw, file = given.value, given.file
    try:
        value, form = _unpack(argument, raw, reading)
    except ShorthandError as error:
        raise _placed(error, given, file) from None
    # A list's items written as texts of their own (or one shorthand structure standing
    # for a one-item list): the first step of a path inside is the text's index.
    split = member.type == "list" and (
        (isinstance(raw, list) and len(raw) > 1 and form is not Form.PLAIN)
        or form is Form.SHORTHAND
    )
    reading.record((member.name,), given, form, many=split)
    return value


def _placed(error: ShorthandError, given: Given, file: FileContent | None) -> ShorthandError:
    """The error, located in the argv item (or file) its text came from."""
    if file is not None:
        item = file.item
        if isinstance(file.content, str) and error.doc == file.content:
            return error.placed(given.option, item.index, file=file.name)
        return error.placed(given.option, item.index, item.offset, item_text=item.whole)
    for item in given.items:
        if error.doc == item.text:
            return error.placed(given.option, item.index, item.offset, item_text=item.whole)
    if not given.items:
        return error.placed(given.option)
    first = given.items[0]
    return error.placed(given.option, first.index, first.offset, item_text=first.whole)


def _unpack(argument: MemberArgument, raw: Any, reading: Reading) -> tuple[Any, Form]:
    member = argument.model
    if member.jsonvalue or member.document:
        return _json_value(raw), Form.JSON
    if member.type == "blob" and member.streaming:
        return _streamed_file(raw, reading), Form.PLAIN
    if member.type not in _COMPLEX:
        return scalar_value(member.type, raw), Form.PLAIN
    if raw == [] and member.type != "list":
        # `--opt=--`: argparse takes the `--` away and leaves an empty list, which the
        # AWS CLI sends as it is (validation then refuses it).
        return raw, Form.PLAIN
    texts = raw if isinstance(raw, list) else [raw]
    first = texts[0] if texts else ""
    looks_like_json = isinstance(first, str) and first.strip().startswith(_JSON_OPENERS)
    if argument.literal_items is not None and not looks_like_json:
        key = argument.literal_items
        # A parameter file's text stands for the list: the AWS CLI takes it character by
        # character, as it iterates any text.
        items = list(raw) if isinstance(raw, str) else texts
        return [{key: item} for item in items], Form.PLAIN
    if member.shorthand and not looks_like_json:
        single = _single_value(reading, member, raw)
        if single is not None:
            return single, Form.PLAIN
        return _shorthand(member, raw, reading), Form.SHORTHAND
    return _complex(member, raw), Form.JSON


def _single_value(reading: Reading, member: Member, raw: Any) -> dict[str, str] | None:
    """The AWS CLI's reading of a structure whose one member is a string ``Value``: a text
    without '=' is that value (``--instance-type t2.micro`` gives ``{"Value": "t2.micro"}``)."""
    if member.type != "structure" or not isinstance(raw, str) or "=" in raw:
        return None
    schema = reading.operation.member_schema(member.name)
    properties = schema.get("properties", {})
    if list(properties) != ["Value"]:
        return None
    value = resolved(properties["Value"], reading.operation.schema)
    if value.get("type") == "string" and "x-aws-type" not in value:
        return {"Value": raw}
    return None


def _streamed_file(raw: Any, reading: Reading) -> Any:
    """A streamed blob (``s3api put-object --body``) names a file, which must exist.

    The AWS CLI hands its client that file, opened; the request holds its path
    (a :class:`pathlib.Path`) here, and nothing is opened.
    """
    import pathlib

    if not isinstance(raw, str):
        raise ShorthandSyntaxError("a streamed body is a path to a file")
    path = reading.files.existing_file(raw)
    if path is None:
        raise ShorthandSyntaxError(
            "a streamed body must be the path of an existing file: the AWS CLI opens it and "
            "sends what it holds",
            raw,
            0,
            end=len(raw),
        )
    return pathlib.Path(path)


def _json_value(raw: Any) -> Any:
    text = raw[0] if isinstance(raw, list) and len(raw) == 1 else raw
    if not isinstance(text, str):
        raise ShorthandSyntaxError("this option takes one JSON value")
    return load_json(text)


def scalar_value(kind: str, raw: Any) -> Any:
    """A scalar member's value from its text, as the AWS CLI converts it."""
    if isinstance(raw, bytes) or not isinstance(raw, str):
        return raw
    if kind in ("integer", "long"):
        return _number(raw, int, "an integer")
    if kind in ("float", "double"):
        return _number(raw, float, "a number")
    if kind == "boolean":
        return raw.lower() != "false" and bool(raw)
    return raw


def _number(raw: str, convert: type, wanted: str) -> Any:
    try:
        return convert(raw)
    except ValueError:
        from .._core.text import shorten

        raise TypeCoercionError(f"{shorten(raw)} is not {wanted}", raw, 0, end=len(raw)) from None


def _shorthand(member: Member, raw: Any, reading: Reading) -> Any:
    """Shorthand text(s), parsed and typed by the member's model (the AWS CLI's visitor)."""
    if isinstance(raw, bytes):
        raise ShorthandSyntaxError("a fileb:// file holds bytes: use file:// for shorthand or JSON")
    many = member.type == "list"
    if isinstance(raw, str) and many:
        return _list_from_file(raw, "would send shorthand or a JSON object as the wrong type")
    texts: list[str] = raw if isinstance(raw, list) else [raw]
    trees: Any = [parse_shorthand(text, files=reading.files) for text in texts]
    if not many:
        trees = trees[0]
    try:
        return reading.operation.coercer(member.name)(trees)
    except TypeCoercionError as error:
        raise _pointed(error, member.name, texts, many) from None


def _pointed(
    error: TypeCoercionError, member: str, texts: list[str], many: bool
) -> TypeCoercionError:
    """The same error, showing the value in the shorthand text it came from."""
    index, inner = (int(error.path[0]), error.path[1:]) if many and error.path else (0, error.path)
    text = texts[index]
    from .._syntax.locate import locate_all  # only for an error: the full grammar loads here

    span = locate_all(text, [inner]).get(tuple(inner))
    start, end = span if span is not None else (None, None)
    return TypeCoercionError(error.reason, text, start, path=(member, *error.path), end=end)


def _complex(member: Member, raw: Any) -> Any:
    """A structure, map or list the shorthand parser does not take: JSON, or a list's items."""
    if isinstance(raw, bytes):
        raise ShorthandSyntaxError("a fileb:// file holds bytes: use file:// for JSON")
    if member.type in ("structure", "map"):
        text = raw[0] if isinstance(raw, list) and len(raw) == 1 else raw
        if isinstance(text, str) and text.lstrip().startswith("{"):
            return load_json(text)
        raise ShorthandSyntaxError(
            "expected a JSON object ({...}): this option does not take shorthand",
            text if isinstance(text, str) else None,
            0 if isinstance(text, str) else None,
        )
    if isinstance(raw, str):
        if raw.lstrip().startswith("["):
            return load_json(raw)
        return _list_from_file(raw, "would split any other text into single characters")
    if len(raw) == 1 and raw[0].strip().startswith("["):
        return load_json(raw[0])
    item_type = member.item_type or "string"
    if item_type in _COMPLEX:
        return [_json_item(text) for text in raw]
    return [scalar_value(item_type, text) for text in raw]


def _json_item(text: str) -> Any:
    if not text.lstrip().startswith("{"):
        raise ShorthandSyntaxError(
            "expected a JSON object: once the first value is JSON, every value must be",
            text,
            0,
        )
    return load_json(text)


def _list_from_file(content: str, otherwise: str) -> Any:
    """A list option given one file: the AWS CLI reads only a JSON list from it as a list."""
    stripped = content.lstrip("\ufeff")
    if stripped.strip().startswith("["):
        return load_json(content)
    raise ShorthandSyntaxError(
        f"a file given for a list option must hold a JSON list: the AWS CLI {otherwise}",
        content,
        0,
    )
