"""The AWS CLI's older way of splitting ``A=1,B=2`` lists, kept for a few custom options.

Before shorthand, the AWS CLI split such values at commas, with three
refinements, chosen by the characters the text holds:

- no quote, backslash or bracket: a plain split at every comma;
- backslashes but no quotes or brackets: ``\\,`` is a comma inside a part;
- otherwise quoted runs (``A="x,y"``) and ``=[...]`` lists stay whole (the
  quotes are dropped, a list's items are split the same way and joined back
  with commas), and an unterminated quote or list is an error.

``cloudwatch put-metric-data --dimensions`` and ``--statistic-values`` read
their values this way.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from .._core.errors import ShorthandSyntaxError

__all__ = ["split_on_commas"]

_QUOTES = ('"', "'")


def split_on_commas(text: str) -> list[str]:
    """The parts of ``text``, as the AWS CLI's legacy splitter gives them."""
    if not any(char in text for char in "\"\\'[]"):
        return text.split(",")
    if not any(char in text for char in "\"'[]"):
        return _first_row(text)
    return _split_keeping_runs(text, text)


def _first_row(text: str) -> list[str]:
    """The fields of the first CSV row of ``text``, ``\\`` escaping (the CSV module's rules)."""
    import csv  # only for a list with backslash escapes

    try:
        row = next(csv.reader(io.StringIO(text), escapechar="\\"), None)
    except csv.Error as error:
        raise ShorthandSyntaxError(f"cannot split {text!r} at its commas: {error}") from None
    if row is None:
        raise ShorthandSyntaxError("an empty list ([]) has no items to split")
    return row


def _split_keeping_runs(text: str, whole: str) -> list[str]:
    fields = iter(_first_row(text))
    parts = []
    for field in fields:
        quote = next((char for char in field if char in _QUOTES), None)
        bracket = field.find("=[")
        if bracket >= 0 and "]" in text and (quote is None or field.find(quote) > bracket):
            # A list: up to the field that closes it, its items split in turn.
            run = field if "]" in field else _joined_until(fields, field, "]", whole)
            items = _split_keeping_runs(run[bracket + 2 : -1], whole)
            parts.append(run[: bracket + 1] + ",".join(items))
        elif quote is None:
            parts.append(field)
        elif field.count(quote) == 2:
            parts.append(field.replace(quote, ""))
        else:  # a quoted run over commas: up to the field that ends with its quote
            parts.append(_joined_until(fields, field, quote, whole, drop=quote))
    return parts


def _joined_until(
    fields: Iterator[str], first: str, end: str, whole: str, *, drop: str = ""
) -> str:
    """``first`` and the following fields up to one ending with ``end``, joined by commas."""
    pieces = [first.replace(drop, "") if drop else first]
    for field in fields:
        pieces.append(field.replace(drop, "") if drop else field)
        if field.endswith(end):
            return ",".join(pieces)
    raise ShorthandSyntaxError(
        f"{end} is not closed: the value is cut at commas, and no part ends with {end}",
        whole,
        0,
    )
