"""The AWS CLI's argparse parsers, built once per argument table, over words that know their place.

The AWS CLI reads options with the standard library's ``argparse``: a parser
of the global options (``--region``, ...), then one of the operation's own.
These are the same parsers, with two changes that keep every value's place:
each argv item is handed over as a :class:`Word` that knows its index (a value
cut from ``--opt=value`` also knows its offset), and what argparse would print
before exiting is raised as an :class:`ArgvProblem` for ``argv`` to locate.
"""

from __future__ import annotations

import argparse
import functools
from typing import Any

from .._core.caches import OPERATIONS
from .._core.version import CliVersion
from .arguments import Argument, ArgumentTable, Reads
from .global_options import global_options

__all__ = ["UNSET", "ArgvProblem", "Parser", "Word", "global_parser", "operation_parser"]

UNSET = None  # what the namespace holds for an option not given


class Word(str):
    """An argv item that remembers its place (and, cut from ``--opt=value``, its offset)."""

    # str has an `index` method; the place is `place`.
    place: int
    offset: int

    @classmethod
    def at(cls, text: str, place: int, offset: int = 0) -> Word:
        word = cls(text)
        word.place, word.offset = place, offset
        return word


class ArgvProblem(Exception):
    """What argparse would have printed before exiting."""

    def __init__(self, message: str, option_string: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.option_string = option_string


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse calls this instead of raising
        raise ArgvProblem(message)

    def _parse_optional(self, arg_string: str) -> Any:
        try:
            found = super()._parse_optional(arg_string)
        except ArgvProblem as problem:  # an ambiguous abbreviation: say which word it was
            written = arg_string.split("=", 1)[0]
            raise ArgvProblem(problem.message, problem.option_string or written) from None
        # A value cut from `--opt=value` becomes a word that knows its place.
        if not isinstance(arg_string, Word) or not found:
            return found
        if isinstance(found, list):  # newer Pythons: a list of candidates
            return [_placed(arg_string, candidate) for candidate in found]
        return _placed(arg_string, found)


def _placed(word: Word, candidate: tuple[Any, ...]) -> tuple[Any, ...]:
    *head, explicit = candidate
    if isinstance(explicit, str) and not isinstance(explicit, Word):
        explicit = Word.at(explicit, word.place, len(word) - len(explicit))
    return (*head, explicit)


class _Last(argparse.Action):
    """Stores an option's value(s); given again, the last wins (as in the AWS CLI), and the
    places of the earlier ones are kept, so the loss can be reported."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        earlier = getattr(namespace, self.dest)
        if earlier is not UNSET:
            lost = getattr(namespace, f"{self.dest}_lost", ())
            place = (getattr(namespace, f"{self.dest}_option"), earlier)
            setattr(namespace, f"{self.dest}_lost", (*lost, place))
        value = self.const if self.nargs == 0 else values
        setattr(namespace, self.dest, value)
        setattr(namespace, f"{self.dest}_option", option_string)


@functools.lru_cache(maxsize=2)  # one per version
def global_parser(version: CliVersion) -> Parser:
    parser = Parser(add_help=False, exit_on_error=False, prog="aws")
    for option in global_options(version):
        if option.takes_value:
            # No type for text: the value stays the word that knows its place.
            typed: dict[str, Any] = {"type": int} if option.integer else {}
            parser.add_argument(f"--{option.name}", choices=option.choices, **typed)
        else:
            parser.add_argument(f"--{option.name}", action="store_true")
    return parser


@functools.lru_cache(maxsize=OPERATIONS)
def _parser_for(table: ArgumentTable, lift_required: bool) -> tuple[Parser, dict[str, Argument]]:
    parser = Parser(add_help=False, exit_on_error=False, prog="aws")
    dests: dict[str, Argument] = {}
    for number, argument in enumerate(table):
        dest = f"a{number}"
        dests[dest] = argument
        required = argument.required and not lift_required
        common: dict[str, Any] = {"dest": dest, "action": _Last, "metavar": argument.name}
        if argument.reads is Reads.FLAG:
            parser.add_argument(f"--{argument.name}", nargs=0, const=True, **common)
            if argument.negative is not None:
                parser.add_argument(f"--{argument.negative}", nargs=0, const=False, **common)
        elif argument.reads is Reads.OPTIONAL:
            parser.add_argument(
                f"--{argument.name}",
                nargs="?",
                const=argument.const,
                choices=argument.choices,
                **common,
            )
        elif argument.reads is Reads.POSITIONAL:
            parser.add_argument(dest, action=_Last, metavar=argument.name)
        else:
            parser.add_argument(
                f"--{argument.name}",
                nargs="*" if argument.reads is Reads.LIST else None,
                required=required,
                choices=argument.choices,
                **common,
            )
    # The AWS CLI's own positional: `help`, or one stray word it reports as unknown.
    parser.add_argument("help", nargs="?")
    return parser, dests


def operation_parser(
    table: ArgumentTable, *, lift_required: bool
) -> tuple[Parser, dict[str, Argument]]:
    return _parser_for(table, lift_required)
