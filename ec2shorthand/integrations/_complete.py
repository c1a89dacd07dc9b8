"""Shell completion of a shorthand value for a CLI author's own schema (argcomplete, click).

The same engine as ``ec2shorthand completion`` and the AWS CLI's options: the
members not yet given (ending ``=``, ``={`` or ``=[`` by type), enum values and
booleans, inside brackets and after quotes as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._model.complete_value import complete_value

__all__ = ["value_candidates"]


def value_candidates(schema: Mapping[str, Any], typed: str) -> list[str]:
    """How the value ``typed`` so far can go on, each candidate the whole value."""
    return [candidate.text for candidate in complete_value(schema, typed)]
