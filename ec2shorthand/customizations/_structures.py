"""A custom option's value read as a structure: JSON, or shorthand typed by a schema.

For options a customization adds that the AWS CLI reads as a structure of
its own making (``deploy --s3-location``, ``configservice
--recording-group``): a value that starts with ``{`` is JSON, one that starts
with ``[`` is refused (a structure is no list), anything else is shorthand,
typed by the schema as the AWS CLI types an option's shorthand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._awscli.argv import Given
from .._awscli.provenance import Form
from .._awscli.reading import Reading
from .._core.errors import ShorthandSyntaxError
from .._model.coerce import coerce
from .._syntax.documents import load_json
from .._syntax.parse import parse_shorthand

__all__ = ["structure_value"]


def structure_value(
    given: Given, reading: Reading, schema: Mapping[str, Any] | None = None
) -> tuple[Any, Form]:
    """The structure ``given`` says (typed by ``schema``, if any), and the form it was said in."""
    text = given.value
    if not isinstance(text, str):
        raise ShorthandSyntaxError(f"{given.option} takes shorthand or JSON text, not bytes")
    start = text.lstrip()[:1]
    if start == "{":
        return load_json(text), Form.JSON
    if start == "[":
        raise ShorthandSyntaxError(
            "expected a JSON object ({...}) or shorthand, not a list", text, 0
        )
    tree = parse_shorthand(text, files=reading.files)
    if schema is not None:
        tree = coerce(tree, schema, reading.operation.schema)
    return tree, Form.SHORTHAND
