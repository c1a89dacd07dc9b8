"""JSON option values, read as the AWS CLI reads them, with errors that point.

The AWS CLI parses JSON with Python's ``json`` module; so does this module, so
the same texts are accepted. One difference, on purpose: a key given twice in
one object is an error here, where ``json`` silently keeps the last value.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ._errors import DuplicateKeyError, ShorthandSyntaxError

__all__ = ["load_json"]


class _RepeatedKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    members: dict[str, Any] = {}
    for key, value in pairs:
        if key in members:
            raise _RepeatedKey(key)
        members[key] = value
    return members


def load_json(text: str) -> Any:
    """The value of a JSON text; :class:`ShorthandSyntaxError` with a caret if it is not JSON."""
    try:
        return json.loads(text, object_pairs_hook=_unique_members)
    except json.JSONDecodeError as error:
        raise ShorthandSyntaxError(f"invalid JSON: {error.msg}", text, error.pos) from None
    except _RepeatedKey as repeated:
        key = json.dumps(repeated.key, ensure_ascii=False)
        raise DuplicateKeyError(
            f"the key {key} is given twice in the same JSON object",
            text,
            _second_key(text, key),
            key=repeated.key,
        ) from None
    except RecursionError:
        raise ShorthandSyntaxError("the JSON value is nested too deeply", text, 0) from None
    except ValueError as error:  # e.g. an integer of more than 4300 digits
        raise ShorthandSyntaxError(f"invalid JSON: {error}", text, 0) from None


def _second_key(text: str, key: str) -> int:
    """Where the repeated key is written: its second appearance as a key (or 0).

    An approximation (json does not report positions of keys): right for the
    usual case, a key repeated in one object.
    """
    places = [match.start() + 1 for match in re.finditer(re.escape(key) + r"\s*:", text)]
    return places[1] if len(places) > 1 else 0
