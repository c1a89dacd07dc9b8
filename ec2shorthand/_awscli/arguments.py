"""An operation's argument table: the options the AWS CLI offers for it, and how each is read.

The table starts as the AWS CLI starts it: one option per top-level member of
the request (``IpPermissions`` -> ``--ip-permissions``), booleans as a
``--flag``/``--no-flag`` pair, lists taking several values. Customizations
then add, rename, hide or remove options (``customize``), as the AWS CLI's
``building-argument-table`` handlers do. The table is built once per
operation and not changed afterwards.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._core.caches import OPERATIONS, PATTERNS
from .._core.version import CliVersion
from .._model.operation import Member, Operation
from .models import operation_model

if TYPE_CHECKING:
    from .reading import Given, Reading

__all__ = [
    "Argument",
    "ArgumentTable",
    "MemberArgument",
    "Reads",
    "argument_table",
    "cli_name",
]


class Reads(enum.Enum):
    """How the command line gives an option its value."""

    VALUE = "one value"  # --opt TEXT
    LIST = "values"  # --opt TEXT TEXT ... (none at all is allowed)
    FLAG = "flag"  # --opt, or --no-opt where the argument has that twin
    OPTIONAL = "optional value"  # --opt, or --opt TEXT
    POSITIONAL = "positional"  # TEXT, after the operation's options


@dataclass(eq=False)
class Argument:
    """One entry of an argument table.

    Subclasses say how their value goes into the request (``add_to_params``).
    """

    name: str
    reads: Reads = Reads.VALUE
    required: bool = False
    documented: bool = True
    doc: str = ""
    # The request member this option fills, when it fills one whole member.
    member: str | None = None
    choices: tuple[str, ...] | None = None
    # OPTIONAL: the value when the option is given bare.
    const: Any = None
    # FLAG: the name of its "no-" twin, if it has one.
    negative: str | None = None
    # What argparse converts the text to (the AWS CLI does so for long, float, double).
    number: type | None = None
    # The type shown in docs and help.
    type_label: str = "string"
    # Whether a file:// value is read (the AWS CLI exempts a few options).
    reads_files: bool = True

    @property
    def option_strings(self) -> tuple[str, ...]:
        """What is written on the command line: ``--name`` (and ``--no-name``), or nothing."""
        if self.reads is Reads.POSITIONAL:
            return ()
        if self.negative is not None:
            return (f"--{self.name}", f"--{self.negative}")
        return (f"--{self.name}",)

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        """Put this option's part of the request into ``params``."""
        raise NotImplementedError  # pragma: no cover - every table entry overrides it


@dataclass(eq=False)
class MemberArgument(Argument):
    """An option for one top-level member of the request, read by the member's type."""

    model: Member = field(default_factory=lambda: Member("", "string", {}))
    # The old reading of a few lists of one-member structures: each value, literally, is
    # that member's value (set by a customization).
    literal_items: str | None = None

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        from .values import member_value

        params[self.model.name] = member_value(self, given, reading)


class ArgumentTable:
    """The options of one operation in one AWS CLI version, by name, in the AWS CLI's order."""

    def __init__(self, operation: Operation, version: CliVersion) -> None:
        self.operation = operation
        self.version: CliVersion = version
        self._arguments: dict[str, Argument] = {}

    def __iter__(self) -> Iterator[Argument]:
        return iter(self._arguments.values())

    def __contains__(self, name: object) -> bool:
        return name in self._arguments

    def __getitem__(self, name: str) -> Argument:
        return self._arguments[name]

    def get(self, name: str) -> Argument | None:
        """The argument called ``name``, if the table has one."""
        return self._arguments.get(name)

    def add(self, argument: Argument) -> None:
        """Add ``argument`` (replacing one of the same name, as the AWS CLI's table does)."""
        self._arguments[argument.name] = argument

    def remove(self, name: str) -> Argument | None:
        """Take ``name`` out of the table (and return it), if it is there."""
        return self._arguments.pop(name, None)

    def rename(self, old: str, new: str) -> None:
        """Offer ``--old`` as ``--new`` from now on (its place in the table kept)."""
        if old not in self._arguments:
            return
        self._arguments = {
            (new if name == old else name): argument for name, argument in self._arguments.items()
        }
        self._arguments[new].name = new
        argument = self._arguments[new]
        if argument.negative is not None:
            argument.negative = f"no-{new}"

    def for_member(self, member: str) -> Argument | None:
        """The option that fills ``member`` whole, if one does."""
        return next((arg for arg in self._arguments.values() if arg.member == member), None)


# botocore's naming, said as boundaries: a word of a capital and lower-case
# letters starts after any character, a capital after a lower-case letter or
# digit, and a plural acronym at the end (ARNs, CNAMEs) is a word of its own.
_WORD_START = re.compile(r"(?<=.)(?=[A-Z][a-z])|(?<=[a-z0-9])(?=[A-Z])")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s$")


@functools.lru_cache(maxsize=PATTERNS)
def cli_name(member: str) -> str:
    """The AWS CLI's option name for a request member: ``DryRun`` -> ``dry-run``."""
    if "-" in member:
        return member
    plural = _PLURAL_ACRONYM.search(member)
    if plural is not None:
        member = f"{member[: plural.start()]}-{plural.group().lower()}"
    return _WORD_START.sub("-", member).lower()


_NUMBER_TYPES = {"long": int, "float": float, "double": float}
_TYPE_LABELS = {"structure": "structure", "list": "list", "map": "map"}


def _member_argument(member: Member) -> Argument:
    name = cli_name(member.name)
    required = member.required and not member.idempotency_token
    common: dict[str, Any] = {
        "name": name,
        "required": required,
        "doc": member.doc,
        "member": member.name,
        "type_label": _TYPE_LABELS.get(member.type, member.type),
        "model": member,
    }
    if member.type == "boolean":
        return MemberArgument(reads=Reads.FLAG, negative=f"no-{name}", **common)
    if member.type == "list":
        return MemberArgument(reads=Reads.LIST, **common)
    return MemberArgument(number=_NUMBER_TYPES.get(member.type), **common)


@functools.lru_cache(maxsize=OPERATIONS)
def argument_table(service: str, operation: str, version: CliVersion) -> ArgumentTable:
    """The argument table of ``operation`` in AWS CLI ``version``: its members' options, then
    the customizations'."""
    from .customize import customizations_for

    model = operation_model(service, operation, version)
    table = ArgumentTable(model, version)
    for member in model.members:
        table.add(_member_argument(member))
    for customization in customizations_for(service, operation, version):
        if customization.arguments is not None:
            customization.arguments(table)
    return table
