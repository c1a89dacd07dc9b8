"""``--cli-input-json`` and ``--cli-input-yaml``: a whole request in one value.

Options given on the command line win over the document's keys, as in the
AWS CLI; a key the operation does not have is an error, with the closest
names it does have.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping
from typing import Any

import yaml

from ._errors import ShorthandError, ShorthandSyntaxError
from ._json_value import load_json
from ._shorthand import MAX_NESTING

__all__ = ["load_input_document", "merge_input_document"]


class _StringTimestampsLoader(yaml.SafeLoader):
    """Safe YAML, except that dates stay strings: no request member is a date."""


_StringTimestampsLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_input_document(text: str | bytes, *, yaml_syntax: bool) -> dict[str, Any]:
    """The request object of a --cli-input-json (or -yaml) value (fileb:// gives bytes)."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise ShorthandSyntaxError("the file is not UTF-8 text") from None
    document = _load_yaml(text) if yaml_syntax else load_json(text)
    if not isinstance(document, dict):
        kind = "YAML mapping" if yaml_syntax else "JSON object"
        raise ShorthandSyntaxError(f"the whole request must be one {kind}", text, 0)
    if yaml_syntax:
        _check_json_compatible(document, text)
    return document


def _check_json_compatible(document: Any, text: str) -> None:
    """Refuse what YAML can say but a request cannot hold: cycles (anchors), sets, deep nesting.

    Iterative, so that a self-referring anchor cannot exhaust the stack here.
    """
    pending: list[tuple[Any, int, frozenset[int]]] = [(document, 0, frozenset())]
    while pending:
        node, depth, ancestors = pending.pop()
        if isinstance(node, dict | list):
            if id(node) in ancestors:
                raise ShorthandSyntaxError("a YAML anchor refers to itself", text, 0)
            if depth > MAX_NESTING:
                raise ShorthandSyntaxError(
                    f"values are nested more than {MAX_NESTING} levels deep", text, 0
                )
            inner = ancestors | {id(node)}
            if isinstance(node, dict):
                if not all(isinstance(key, str) for key in node):
                    raise ShorthandSyntaxError("a request's keys are strings", text, 0)
                children = list(node.values())
            else:
                children = node
            pending.extend((child, depth + 1, inner) for child in children)
        elif not isinstance(node, str | int | float | bool | type(None)):
            raise ShorthandSyntaxError(
                f"YAML gives a {type(node).__name__} here, which a request cannot hold", text, 0
            )


def _load_yaml(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_StringTimestampsLoader)  # a SafeLoader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        pos = _offset(text, mark.line, mark.column) if mark is not None else 0
        raise ShorthandSyntaxError(f"invalid YAML: {error.problem}", text, pos) from None
    except yaml.YAMLError as error:
        raise ShorthandSyntaxError(f"invalid YAML: {error}", text, 0) from None
    except RecursionError:
        raise ShorthandSyntaxError("the YAML value is nested too deeply", text, 0) from None
    except ValueError as error:  # e.g. an integer of more than 4300 digits
        raise ShorthandSyntaxError(f"invalid YAML: {error}", text, 0) from None


def _offset(text: str, line: int, column: int) -> int:
    lines = text.splitlines(keepends=True)
    return min(sum(len(previous) for previous in lines[:line]) + column, len(text))


def merge_input_document(
    params: dict[str, Any], document: Mapping[str, Any], members: Collection[str]
) -> None:
    """Add the document's members that the command line did not give; refuse unknown ones."""
    for key, value in document.items():
        if key not in members:
            close = difflib.get_close_matches(str(key), list(members), n=2)
            hint = f" (did you mean {' or '.join(close)}?)" if close else ""
            raise ShorthandError(f"{key!r} is not a member of this request{hint}")
        params.setdefault(key, value)
