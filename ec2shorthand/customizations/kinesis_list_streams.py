"""``kinesis list-streams --exclusive-start-stream-name``: the old way to page, still accepted.

The AWS CLI's ``kinesis`` customization leaves the option out of the docs
and, when it is given, turns pagination off (before pagination decides, so
``--max-items`` is then refused, as with ``--no-paginate``).
"""

from __future__ import annotations

from .._awscli.arguments import ArgumentTable
from .._awscli.customize import register
from .._awscli.reading import Reading

_OPTION = "exclusive-start-stream-name"


def _undocument(table: ArgumentTable) -> None:
    argument = table.get(_OPTION)
    if argument is not None:
        argument.documented = False


def _pagination_off(reading: Reading) -> None:
    if _OPTION in reading.command.given:
        reading.state["paginate"] = False


register(
    "kinesis list-streams",
    "kinesis",
    ("list-streams",),
    arguments=_undocument,
    parsed=_pagination_off,
)
