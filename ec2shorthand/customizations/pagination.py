"""Pagination options: ``--starting-token``, ``--page-size`` and ``--max-items``.

The AWS CLI's ``paginate`` customization, on every operation with a
paginator. The three options go into the request as ``PaginationConfig``
(``StartingToken``, ``PageSize``, ``MaxItems``), which the AWS CLI hands to its
paginator with the rest; the raw token and limit members stay usable but
undocumented. Giving one of those raw members turns pagination off, as
``--no-paginate`` does; then the three options may not be given (with a
value), and where one of them took the name of a model member ("shadowing",
``iam list-users --max-items``) its value goes to that member instead.
``--max-items`` and ``--page-size`` take the limit member's type (a number,
or text for the few services whose limit is a string).
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, cli_name
from .._awscli.argv import Given
from .._awscli.customize import ANY, register
from .._awscli.reading import Reading
from .._awscli.values import scalar_value
from .._core.errors import CommandLineError

_STATE = "paginate"
_CONFIG = "PaginationConfig"
# (option, PaginationConfig key); in the AWS CLI's table order.
_OPTIONS = (
    ("starting-token", "StartingToken"),
    ("page-size", "PageSize"),
    ("max-items", "MaxItems"),
)
_NOT_SWITCHING = "max-items"  # a shadowing --max-items leaves pagination on (the AWS CLI's rule)


class _PageOption(Argument):
    """One of the three options; it may stand in for a model member of the same name."""

    key: str = ""
    kind: str = "string"
    shadows: Argument | None = None

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        if not reading.state.get(_STATE, True) and self.shadows is not None:
            self.shadows.add_to_params(params, given, reading)
            return
        value = (
            scalar_value(self.kind, given.value) if isinstance(given.value, str) else given.value
        )
        params.setdefault(_CONFIG, {})[self.key] = value


def _add_options(table: ArgumentTable) -> None:
    paginator = table.operation.paginator
    if paginator is None or "outfile" in table:
        return
    limit = paginator.get("limit_key")
    for member in [*paginator.get("input_token", []), *([limit] if limit else [])]:
        argument = table.get(cli_name(member))
        if argument is not None:
            argument.documented = False
    limit_type = (
        table.operation.member(limit).type
        if limit and table.operation.has_member(limit)
        else "integer"
    )
    for name, key in _OPTIONS:
        if name == "page-size" and not limit:
            continue
        option = _PageOption(
            name, doc=_HELP[name], type_label="string" if name == "starting-token" else limit_type
        )
        option.key = key
        option.kind = "string" if name == "starting-token" else limit_type
        shadowed = table.get(name)
        if shadowed is not None:
            option.shadows = shadowed
            option.member = shadowed.member
        table.add(option)


_HELP = {
    "starting-token": "A token to start paginating from: the NextToken of a previous output.",
    "page-size": "The size of each page fetched (it does not change how many items are shown).",
    "max-items": "The total number of items to return; a NextToken is printed to resume.",
}


def _decide(reading: Reading) -> None:
    """Whether the AWS CLI paginates; refuse pagination options where it does not."""
    paginator = reading.operation.paginator
    if paginator is None:
        return
    command = reading.command
    # A customization that ran before may have turned pagination off already (kinesis).
    paginate = reading.state.get(_STATE, True) and "no-paginate" not in command.global_options
    limit = paginator.get("limit_key")
    for member in [*paginator.get("input_token", []), *([limit] if limit else [])]:
        name = cli_name(member)
        if name in command.given and name != _NOT_SWITCHING:
            paginate = False
    reading.state[_STATE] = paginate
    if paginate:
        return
    used = [
        f"--{name}"
        for name, _ in _OPTIONS
        if (given := command.given.get(name)) is not None
        and getattr(given.argument, "shadows", None) is None
        and given.value
    ]
    if used:
        first = command.given[used[0][2:]]
        raise CommandLineError(
            "pagination is off (--no-paginate, or a page token or limit given as the model's "
            f"own option), so these cannot be given: {', '.join(used)}"
        ).placed(None, first.option_item)


register("paginate", ANY, arguments=_add_options, parsed=_decide)
