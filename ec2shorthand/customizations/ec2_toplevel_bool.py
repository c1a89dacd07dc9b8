"""EC2's ``{"Value": true}`` structures as flags: ``--ebs-optimized``, ``--no-ebs-optimized``.

The AWS CLI's ``toplevelbool`` customization. Some EC2 attributes are a
structure holding one boolean, ``Value`` (``modify-instance-attribute
--ebs-optimized``, ``modify-subnet-attribute --map-public-ip-on-launch``,
...). For each, the option's value becomes optional and a ``--no-`` twin is
added at the end of the table:

- ``--x`` alone sends ``{"Value": true}``;
- ``--x VALUE`` reads VALUE as the structure, as before (``Value=false``);
- ``--no-x`` sends ``{"Value": false}``;
- both ``--x`` and ``--no-x`` is an error, whatever their order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, MemberArgument, Reads
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._model.operation import Member, Operation

_BARE = True  # what --x stands for when given no value


class _PulledUp(MemberArgument):
    """``--x``: ``{"Value": true}`` when given bare, else the structure as written."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        if given.value is _BARE:
            params[self.model.name] = {"Value": True}
            reading.record((self.model.name,), given)
            return
        super().add_to_params(params, given, reading)


class _Negated(Argument):
    """``--no-x``: ``{"Value": false}``."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        if given.value and self.member is not None:
            params[self.member] = {"Value": False}
            reading.record((self.member,), given)


def _holds_one_boolean(operation: Operation, member: Member) -> bool:
    """Whether ``member`` is a structure of one boolean named ``Value`` (in the API model)."""
    model = operation.model
    if model is None or member.type != "structure" or member.shape is None:
        return False
    members = model.shape(member.shape).get("members", {})
    return list(members) == ["Value"] and model.resolve(members["Value"])["type"] == "boolean"


def _pull_up(table: ArgumentTable) -> None:
    operation = table.operation
    pairs = []
    for argument in list(table):
        if not isinstance(argument, MemberArgument) or not _holds_one_boolean(
            operation, argument.model
        ):
            continue
        positive = _PulledUp(
            argument.name,
            reads=Reads.OPTIONAL,
            const=_BARE,
            doc=argument.doc,
            member=argument.member,
            type_label=argument.type_label,
            model=argument.model,
        )
        table.add(positive)  # in place: same name
        pairs.append(positive)
    for positive in pairs:
        table.add(
            _Negated(
                f"no-{positive.name}",
                reads=Reads.FLAG,
                member=positive.member,
                type_label="boolean",
                doc=f'Sends {{"Value": false}} for --{positive.name}.',
            )
        )


def _one_of_each_pair(reading: Reading) -> None:
    command = reading.command
    for name, given in command.given.items():
        if isinstance(given.argument, _Negated) and name[len("no-") :] in command.given:
            raise command.error_at(
                name,
                f"cannot be given with --{name[len('no-') :]}: give one of the two",
            )


def _write(table: ArgumentTable, params: Mapping[str, Any]) -> tuple[list[str], set[str]] | None:
    """``--x`` or ``--no-x`` for each ``{"Value": true|false}`` the request holds."""
    argv: list[str] = []
    members: set[str] = set()
    for argument in table:
        member = argument.member
        if not isinstance(argument, _PulledUp) or member is None or member not in params:
            continue
        value = params[member]
        if (
            isinstance(value, dict)
            and list(value) == ["Value"]
            and isinstance(value["Value"], bool)
        ):
            argv.append(f"--{argument.name}" if value["Value"] else f"--no-{argument.name}")
            members.add(member)
    return (argv, members) if members else None


register(
    "toplevelbool",
    "ec2",
    arguments=_pull_up,
    parsed=_one_of_each_pair,
    write=_write,
)
