"""The command line's own usage errors: raised (never an exit), with a did-you-mean.

argparse reports a subcommand's unknown option from the top-level parser, with
the top-level usage; here each parser reports its own, naming the closest
option or subcommand.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from .._core.suggest import did_you_mean

__all__ = ["ArgumentParser", "UsageError"]


class UsageError(Exception):
    """The ec2shorthand command line itself is wrong (exit 2)."""


class ArgumentParser(argparse.ArgumentParser):
    """An argparse parser whose errors are :class:`UsageError` with its own usage."""

    def error(self, message: str) -> Any:  # argparse calls this instead of raising
        raise UsageError(f"{self.prog}: {message}\n{self.format_usage().strip()}")

    def parse_known_args(  # type: ignore[override]  # typeshed's overloads; same behaviour
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        # A subcommand's parser says it itself: the top-level one would show its own usage.
        for extra in extras:
            if extra.startswith("-"):
                name = extra.split("=", 1)[0]
                hint = did_you_mean(name, self._option_string_actions)
                self.error(f"{name}: unknown option{hint}")
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if isinstance(action, argparse._SubParsersAction) and value not in action.choices:
            hint = did_you_mean(value, action.choices, quoted=True)
            choices = ", ".join(action.choices)
            raise UsageError(
                f"{self.prog}: unknown command {value!r}{hint}\n"
                f"commands: {choices}\n{self.format_usage().strip()}"
            )
        if action.choices is not None and value not in action.choices:
            hint = did_you_mean(str(value), [str(c) for c in action.choices], quoted=True)
            if hint:
                raise argparse.ArgumentError(action, f"invalid choice: {value!r}{hint}")
        super()._check_value(action, value)
