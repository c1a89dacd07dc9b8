"""Where each member of a request came from, to point diagnostics at the text.

A member written in shorthand is found again inside that shorthand value; a
member from a plain option, a JSON value, a file or a whole-request document
is pointed at on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._argv import CommandLine
from ._diagnostics import Diagnostic
from ._locate import locate

__all__ = ["Origins"]

# Under IpPermissions[0], which simplified option wrote which member.
_RULE_OPTION_OF = {
    "IpProtocol": "protocol",
    "FromPort": "port",
    "ToPort": "port",
    "IpRanges": "cidr",
}


@dataclass(frozen=True)
class _Origin:
    option: str  # without the leading --
    shorthand: tuple[str, ...] = ()  # the texts, when the member was written in shorthand
    many: bool = False  # one text per list item


@dataclass
class Origins:
    """Member -> where it was written, filled in while a command is read."""

    command: CommandLine
    _by_member: dict[str, _Origin] = field(default_factory=dict)

    def record(
        self, member: str, option: str, shorthand: tuple[str, ...] = (), many: bool = False
    ) -> None:
        """``member`` came from ``--option`` (in shorthand texts, if any)."""
        self._by_member[member] = _Origin(option, shorthand, many)

    def option_of(self, member: str) -> str | None:
        """The option (without --) the member's value came from, if it is known."""
        origin = self._by_member.get(member)
        return None if origin is None else origin.option

    def place(self, diagnostic: Diagnostic) -> Diagnostic:
        """The diagnostic, pointing at its value where it can be found."""
        steps = diagnostic.steps
        origin = self._by_member.get(str(steps[0])) if steps else None
        if origin is None:
            return diagnostic
        if origin.shorthand:
            index, inner = (
                (steps[1], steps[2:]) if origin.many and len(steps) > 1 else (0, steps[1:])
            )
            if isinstance(index, int) and index < len(origin.shorthand):
                text = origin.shorthand[index]
                span = locate(text, inner)
                if span is not None:
                    return diagnostic.located(f"--{origin.option}", text, *span)
        option = origin.option
        if option == "rule options":
            option = _rule_option(steps)
        span = self.command.value_span(option)
        if span is None:
            return diagnostic
        return diagnostic.located(f"--{option}", self.command.line, *span)


def _rule_option(steps: tuple[str | int, ...]) -> str:
    member = str(steps[2]) if len(steps) > 2 else ""
    if member == "UserIdGroupPairs":
        return "group-owner" if steps[-1] == "UserId" else "source-group"
    return _RULE_OPTION_OF.get(member, "protocol")
