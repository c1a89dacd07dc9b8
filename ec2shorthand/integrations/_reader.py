"""One option value, as text, to a value of a schema: what every integration calls.

The text is read as the AWS CLI reads a structured argument: a whole
``file://``/``fileb://`` value stands for the file's content (only where the
``files=`` policy allows it); text that starts with ``{`` or ``[`` is JSON;
anything else is shorthand where the schema describes a structure, a map or
a list of those, and the plain text elsewhere. The value is then typed by the
schema (``coerce``) and, unless told not to, validated; every failure is a
``ShorthandError`` that points into the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._core.diagnostics import Diagnostic, InvalidRequestError
from .._core.errors import ParamFileError, ShorthandError, ShorthandSyntaxError, TypeCoercionError
from .._core.files import Files, names_file, resolver_for
from .._core.location import Location
from .._core.paths import Path
from .._core.text import line_and_column, render_caret
from .._model.coerce import compile_coercer
from .._model.resolve import resolved
from .._model.validate import validate_against
from .._syntax.documents import load_json, locate_json
from .._syntax.parse import parse_shorthand

__all__ = ["ValueReader", "item_schema", "user_message"]

_JSON_OPENERS = ("{", "[")
_DEFINITIONS = ("$defs", "definitions")


class ValueReader:
    """Reads option values of one schema (compiled once, used for every value)."""

    def __init__(self, schema: Mapping[str, Any], *, files: Files = None, validate: bool = True):
        if not isinstance(schema, Mapping):
            raise TypeError(f"a JSON Schema is a mapping, not {type(schema).__name__}")
        self.schema = schema
        self.validate = validate
        self._files = resolver_for(files)
        self._coerce = compile_coercer(schema)
        top = resolved(schema, schema)
        self._array = top.get("type") == "array"
        self._form = _form(top, schema)

    def read(self, text: str) -> Any:
        """The value ``text`` stands for; :class:`ShorthandError` (with a caret) if it is wrong."""
        doc: str | bytes = text
        if names_file(text):
            try:
                doc = self._files.read(text)
            except ParamFileError as error:
                raise ParamFileError(error.msg, text, 0, end=len(text)) from None
        if isinstance(doc, bytes):
            if self._form != "plain":
                raise ShorthandSyntaxError(
                    "a fileb:// file holds bytes: use file:// for shorthand or JSON", text, 0
                )
            return self._coerce(doc)
        value, form = self._parse(doc)
        try:
            value = self._coerce(value)
        except TypeCoercionError as error:
            start, end = self._span(doc, form, error.path, value)
            raise TypeCoercionError(error.reason, doc, start, path=error.path, end=end) from None
        if self.validate:
            self._check(doc, form, value)
        return value

    def _parse(self, text: str) -> tuple[Any, str]:
        opens_json = text.lstrip().startswith(_JSON_OPENERS)
        if self._form == "json" or (opens_json and self._form != "plain"):
            return load_json(text), "json"
        if self._form == "plain" and self._array and text.lstrip().startswith("["):
            return load_json(text), "json"
        if self._form == "shorthand":
            tree = parse_shorthand(text, files=self._files)
            # One text is one item of a list, as each value of the AWS CLI's list options.
            return ([tree] if self._array else tree), "shorthand"
        return text, "plain"

    def _check(self, doc: str, form: str, value: Any) -> None:
        errors = [d for d in validate_against(self.schema, value) if d.severity == "error"]
        if not errors:
            return
        located = []
        for diagnostic in errors:
            start, end = self._span(doc, form, diagnostic.steps, value)
            place = Location(None, start if start is not None else 0, end or len(doc) or 1)
            located.append(diagnostic.located(None, doc, place))
        raise InvalidRequestError(located)

    def _span(self, doc: str, form: str, steps: Path, raw: Any) -> tuple[int | None, int | None]:
        """Where the value at ``steps`` is written in ``doc`` (None: nowhere in particular)."""
        if form == "plain":
            return 0, len(doc)
        inner = tuple(steps)
        # One shorthand structure stands for a one-item list: the index is not in the text.
        if self._array and form == "shorthand" and inner and inner[0] == 0:
            inner = inner[1:]
        if form == "shorthand":
            from .._syntax.locate import locate_all  # only for an error: loads the full grammar

            spans = locate_all(doc, [inner])
        else:
            spans = locate_json(doc, [inner])
        span = spans.get(inner)
        return span if span is not None else (None, None)


def _form(top: Mapping[str, Any], root: Mapping[str, Any]) -> str:
    """How text is read: ``shorthand`` (or JSON), ``json`` only, or ``plain`` text."""
    if top.get("x-aws-document"):
        return "json"
    if _structured(top):
        return "shorthand"
    if top.get("type") == "array" and isinstance(top.get("items"), Mapping):
        items = resolved(top["items"], root)
        if items.get("x-aws-document"):
            return "json"
        if _structured(items) or items.get("type") == "array":
            return "shorthand"
    return "plain"


def _structured(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "object" or (
        kind is None and ("properties" in schema or "additionalProperties" in schema)
    )


def item_schema(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema of one item of the list ``schema``, complete in itself (its ``$defs`` kept).

    ``schema`` itself if it is not a list. For an option whose every value is
    one item (``nargs="+"``), as the AWS CLI reads a list option.
    """
    top = resolved(schema, schema)
    items = top.get("items")
    if top.get("type") != "array" or not isinstance(items, Mapping):
        return schema
    # The items' $refs point into the root's definitions: they go along.
    carried = {key: schema[key] for key in _DEFINITIONS if key in schema and key not in items}
    return {**items, **carried}


def user_message(error: ShorthandError) -> str:
    """What a command line shows for ``error``: each problem, its line and a caret."""
    if not isinstance(error, InvalidRequestError):
        return str(error)
    return "\n".join(_diagnostic_message(diagnostic) for diagnostic in error.diagnostics)


def _diagnostic_message(diagnostic: Diagnostic) -> str:
    last = diagnostic.steps[-1] if diagnostic.steps else None
    if last is None:
        head = diagnostic.message
    elif isinstance(last, str) and diagnostic.message.startswith(f"{last} "):
        head = diagnostic.path + diagnostic.message[len(last) :]  # "Tags[0].Key is required"
    else:
        head = f"{diagnostic.path}: {diagnostic.message}"
    location, doc = diagnostic.location, diagnostic.doc
    if location is None or doc is None:
        return head
    line, column = line_and_column(doc, location.start)
    caret = render_caret(doc, location.start, location.end)
    return f"{head} (at line {line}, column {column})\n{caret}"
