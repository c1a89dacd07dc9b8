"""What several customizations do with their options: exclusive groups, outfiles, merging.

The AWS CLI's customizations share a few habits: groups of options that may
not be given together (``--metric-data`` or the options that build one
metric), options that take one value or more, options that name a file the
response is written to, and options that fill one member of a structure
another option may have started.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._awscli.arguments import Argument, MemberArgument
from .._awscli.argv import Given
from .._awscli.reading import Reading
from .._awscli.values import member_value
from .._core.errors import ShorthandError
from .._core.files import resolver_for

__all__ = ["OutFileOption", "StructureWithout", "at_least_one", "exclusive", "merge_into"]


def exclusive(reading: Reading, *groups: Sequence[str]) -> None:
    """Refuse options of different ``groups`` given together.

    As in the AWS CLI, an option counts as given whatever its value (an empty
    one too), and the first option given, in the argument table's order,
    decides which group is the command's.
    """
    command = reading.command
    chosen: Sequence[str] | None = None
    for name in command.given:
        group = next((group for group in groups if name in group), None)
        if group is None:
            continue
        if chosen is None:
            chosen = group
        elif group is not chosen:
            others = " or ".join(f"--{other}" for other in chosen)
            raise command.error_at(
                name, f"cannot be given with {others}: the two say the same part of the request"
            )


def at_least_one(reading: Reading, *names: str) -> None:
    """Refuse ``--name`` given with no value where the AWS CLI wants one or more."""
    command = reading.command
    for name in names:
        given = command.given.get(name)
        if given is not None and isinstance(given.value, list) and not given.value:
            raise command.error_at(name, "expected one value or more")


def merge_into(params: dict[str, Any], key: str, part: dict[str, Any]) -> None:
    """Put ``part``'s members into the structure ``params[key]``.

    The AWS CLI's rule for an option that fills members of a structure
    another option may have started: a structure already there (and not
    empty) gets the members, else ``part`` becomes the structure.
    """
    current = params.get(key)
    if isinstance(current, dict) and current:
        current.update(part)
    else:
        params[key] = part


class OutFileOption(Argument):
    """An option naming a file the AWS CLI writes part of the response to (after the call).

    It adds nothing to the request; the AWS CLI refuses the command when the
    file's folder is not writable, and so does this, where files may be looked
    at (not with ``files=None``).
    """

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        value = given.value
        if not value or reading.files is resolver_for(None):
            return
        if not isinstance(value, str):
            raise ShorthandError(f"{given.option} takes a file name")
        if reading.files.writable_path(value) is None:
            raise ShorthandError(
                f"cannot write to {value!r}: its folder does not exist or is not writable",
                value,
                0,
                end=len(value),
            )


class StructureWithout(MemberArgument):
    """A structure option that may not say one of its members: another option says it.

    ``lambda create-function --code`` without ``ZipFile`` (``--zip-file`` gives
    it): the value is read as the structure, a ``refused`` member in it is an
    error naming the ``instead`` option, and the structure is merged into
    what that option may have put there already.
    """

    refused: str = ""
    instead: str = ""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        value = member_value(self, given, reading)
        if isinstance(value, dict) and self.refused in value:
            raise ShorthandError(
                f"{self.refused} cannot be given in {given.option}: give it with "
                f"--{self.instead} instead"
            )
        merge_into(params, self.model.name, value)

    @classmethod
    def replacing(
        cls, original: MemberArgument, refused: str, instead: str, *, required: bool
    ) -> StructureWithout:
        """The option to put in ``original``'s place."""
        option = cls(
            original.name,
            reads=original.reads,
            required=required,
            documented=original.documented,
            doc=f"{original.doc} (Give {refused} with --{instead}.)",
            member=original.member,
            type_label=original.type_label,
            model=original.model,
        )
        option.refused, option.instead = refused, instead
        return option
