"""Which rule id and severity each breach of a schema gets: the policies of validation.

A model operation's request (``MODEL_RULES``: what botocore checks is an
error, what only AWS checks a warning), a caller's own schema
(``SCHEMA_RULES``: every breach an error), and a customization's documented
ids laid over either (``Naming``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._core.diagnostics import Severity

__all__ = ["MODEL_RULES", "SCHEMA_RULES", "Naming", "Rules"]

# (member name, keyword) -> (rule id, the message for the failing value), for the rules a
# customization documents; member "" is the request itself.
Naming = Mapping[tuple[str, str], tuple[str, Callable[[Any], str]]]


@dataclass(frozen=True)
class Rules:
    """Which rule id and severity each kind of breach gets."""

    # keyword -> (rule id, severity); keywords not listed get the fallback.
    by_keyword: Mapping[str, tuple[str, Severity]]
    fallback: Callable[[str], tuple[str, Severity]]
    naming: Naming = field(default_factory=dict)

    def rule(self, keyword: str) -> tuple[str, Severity]:
        return self.by_keyword.get(keyword) or self.fallback(keyword)

    def with_naming(self, naming: Naming) -> Rules:
        return Rules(self.by_keyword, self.fallback, {**self.naming, **naming})


_COMMON: dict[str, tuple[str, Severity]] = {
    "type": ("model.type", "error"),
    "required": ("model.required", "error"),
    "additionalProperties": ("model.unknown-key", "error"),
}
# A model operation's request: what botocore checks is an error, what only AWS checks
# (maximums, patterns) a warning.
MODEL_RULES = Rules(
    {
        **_COMMON,
        # botocore does not check enums, and the API adds values before the model lists them.
        "enum": ("enum.unknown", "warning"),
        "minLength": ("model.min", "error"),
        "minimum": ("model.min", "error"),
        "minItems": ("model.min", "error"),
        "maxLength": ("model.max", "warning"),
        "maximum": ("model.max", "warning"),
        "maxItems": ("model.max", "warning"),
        "pattern": ("model.pattern", "warning"),
        "minProperties": ("model.union", "error"),
        "maxProperties": ("model.union", "error"),
        # A model's only format is a timestamp's, which botocore refuses as a wrong type.
        "format": ("model.type", "error"),
    },
    lambda keyword: (f"schema.{keyword}", "error"),
)
# A caller's own schema: every breach is an error (an enum too: the schema's author means it).
SCHEMA_RULES = Rules(dict(_COMMON), lambda keyword: (f"schema.{keyword}", "error"))
