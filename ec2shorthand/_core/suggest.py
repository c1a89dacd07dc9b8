"""The closest known name to a misspelt one, as messages suggest it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["did_you_mean"]


def did_you_mean(written: str, known: Iterable[str], *, quoted: bool = False) -> str:
    """`` (did you mean X?)`` for the closest of ``known`` (``'X'`` if ``quoted``), or nothing."""
    close = difflib.get_close_matches(written, list(known), n=1)
    if not close:
        return ""
    return f" (did you mean {close[0]!r}?)" if quoted else f" (did you mean {close[0]}?)"
