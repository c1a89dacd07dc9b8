"""A schema's pattern as people read it.

Our schemas end a pattern in ``(?![\\s\\S])`` rather than ``$``
(``scripts/schema_constraints.py`` says why: Python's ``$`` also matches before a
final newline). Help, ``explain`` and messages show the pattern as documented,
with ``$``: for a reader (and in JSON Schema's own regex dialect) that is the end.
"""

from __future__ import annotations

__all__ = ["END_OF_TEXT", "shown_pattern"]

END_OF_TEXT = r"(?![\s\S])"


def shown_pattern(pattern: str) -> str:
    """``pattern`` with a final end-of-text lookahead written ``$``."""
    if pattern.endswith(END_OF_TEXT):
        return pattern[: -len(END_OF_TEXT)] + "$"
    return pattern
