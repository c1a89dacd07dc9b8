"""Split an AWS CLI argument vector into option values, as the AWS CLI does.

The AWS CLI reads its options with the standard library's ``argparse``, in
two passes: the global options (``--region``, ...) wherever they stand, then
the operation's own. So does this module, so that abbreviations
(``--group-i``), ``--opt=value``, negative numbers as values (``--port -1``)
and where a list option stops taking values all behave the same. What
``argparse`` would print before exiting becomes a :class:`CommandLineError`
with a caret under the argument at fault. An option given twice is an error
here (the AWS CLI silently keeps the last one).
"""

from __future__ import annotations

import argparse
import difflib
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ._errors import CommandLineError
from ._options import GLOBAL_OPTIONS, SKELETON_FORMATS, Kind, Option

__all__ = ["CommandLine", "read_argv"]

_UNSET = None
# Given in this exact spelling, these make every option optional (as in the AWS CLI).
_LIFTS_REQUIRED = ("--cli-input-json", "--cli-input-yaml", "--generate-cli-skeleton")


class _ArgvProblem(Exception):
    """What argparse would have printed before exiting."""

    def __init__(self, message: str, option_string: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.option_string = option_string


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse calls this instead of raising
        raise _ArgvProblem(message)


class _Once(argparse.Action):
    """Stores an option's value(s), refusing the option (or its --no- twin) a second time."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if getattr(namespace, self.dest) is not _UNSET:
            name = self.dest.replace("_", "-")
            twins = f" (give one of --{name} and --no-{name}, once)" if self.nargs == 0 else ""
            # argparse passes what it matched; name the option itself, as written in full.
            written = option_string if option_string and option_string.startswith("--") else None
            raise _ArgvProblem(f"given more than once{twins}", written or f"--{name}")
        setattr(namespace, self.dest, self.const if self.nargs == 0 else values)


@dataclass(frozen=True)
class CommandLine:
    """The options given on a command line, with where each was written."""

    argv: tuple[str, ...]
    values: dict[str, Any]
    known: tuple[str, ...] = ()  # every option string, for reading abbreviations

    def error_at(self, option: str, message: str) -> CommandLineError:
        """An error about ``--option``, with a caret where it was written."""
        return _located(self.argv, f"--{option}", message, known=self.known)

    @property
    def line(self) -> str:
        """The command line as a shell would show it."""
        return shlex.join(self.argv)

    def value_span(self, option: str) -> tuple[int, int] | None:
        """Where ``--option``'s value (all its values, for a list) stands in :attr:`line`."""
        index = _index_of(self.argv, f"--{option}", exact=False, known=self.known)
        if index is None:
            return None
        offsets = [0]
        for arg in self.argv:
            offsets.append(offsets[-1] + len(shlex.quote(arg)) + 1)
        written = self.argv[index]
        if "=" in written:  # --option=value: the value is inside this argument
            return offsets[index] + shlex.quote(written).find("=") + 1, offsets[index + 1] - 1
        last = index + 1
        while last < len(self.argv) and not self.argv[last].startswith("--"):
            last += 1
        if last == index + 1:  # a flag, or a list given no value: point at the option
            return offsets[index], offsets[index + 1] - 1
        return offsets[index + 1], offsets[last] - 1


def read_argv(argv: Sequence[str], options: Sequence[Option]) -> CommandLine:
    """The options given in ``argv``: name -> raw value.

    The value is a string, a list of strings (options taking several values)
    or a bool (flags); options not given are absent.
    """
    argv = tuple(argv)
    if argv == ("help",):
        raise CommandLineError("'help' shows the AWS CLI's manual page; it sends no request")
    rest = _without_global_options(argv)
    parser = _operation_parser(options, lift_required=any(arg in _LIFTS_REQUIRED for arg in argv))
    known = tuple(text for action in parser._actions for text in action.option_strings)
    namespace, extras = _parse(parser, argv, rest, known)
    if extras:
        raise _unknown(argv, extras[0], parser, options)
    values = {
        option.name: value
        for option in options
        if (value := getattr(namespace, _dest(option.name))) is not _UNSET
    }
    return CommandLine(argv, values, known)


def _parse(
    parser: _Parser, argv: tuple[str, ...], args: list[str], known: tuple[str, ...] = ()
) -> tuple[Any, list[str]]:
    try:
        return parser.parse_known_args(args)
    except _ArgvProblem as problem:
        raise _located(argv, problem.option_string, problem.message, known=known) from None
    except argparse.ArgumentError as error:
        option = error.argument_name.split("/")[0] if error.argument_name else None
        raise _located(argv, option, _plain(error.message), known=known) from None


def _plain(message: str) -> str:
    """argparse's wording, where it is unclear, said plainly."""
    if message.startswith("ignored explicit argument"):
        return "is a flag and takes no value"
    if message == "expected one argument":
        return (
            "expected a value (one that starts with '-' reads as an option: "
            "join them, --option=VALUE)"
        )
    return message


def _without_global_options(argv: tuple[str, ...]) -> list[str]:
    """The arguments left once the AWS CLI's global options are taken out."""
    parser = _Parser(add_help=False, exit_on_error=False, prog="aws")
    for option in GLOBAL_OPTIONS:
        if option.takes_value:
            parser.add_argument(
                f"--{option.name}", choices=option.choices, type=int if option.integer else str
            )
        else:
            parser.add_argument(f"--{option.name}", action="store_true")
    namespace, rest = _parse(parser, argv, list(argv))
    if namespace.version:
        raise _located(argv, "--version", "prints the AWS CLI's version; it sends no request")
    return rest


def _dest(name: str) -> str:
    return name.replace("-", "_")


def _operation_parser(options: Sequence[Option], *, lift_required: bool) -> _Parser:
    parser = _Parser(add_help=False, exit_on_error=False, prog="aws ec2")
    for option in options:
        flag, dest = f"--{option.name}", _dest(option.name)
        if option.kind is Kind.FLAG:
            parser.add_argument(flag, action=_Once, nargs=0, const=True, dest=dest)
            parser.add_argument(
                f"--no-{option.name}", action=_Once, nargs=0, const=False, dest=dest
            )
        elif option.kind is Kind.SKELETON:
            parser.add_argument(
                flag, action=_Once, nargs="?", const="input", choices=SKELETON_FORMATS, dest=dest
            )
        else:
            nargs = "*" if option.takes_many else None
            required = option.required and not lift_required
            parser.add_argument(flag, action=_Once, nargs=nargs, dest=dest, required=required)
    return parser


def _unknown(
    argv: tuple[str, ...], extra: str, parser: _Parser, options: Sequence[Option]
) -> CommandLineError:
    if not extra.startswith("-"):
        return _located(
            argv,
            extra,
            f"unexpected value {extra!r}: it follows no option that takes it "
            "(quote a value that contains spaces)",
            exact=True,
        )
    name = extra.split("=", 1)[0]
    known = [f"--{option.name}" for option in options]
    known += [f"--no-{option.name}" for option in options if option.kind is Kind.FLAG]
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    hint = f" (did you mean {' or '.join(close)}?)" if close else ""
    return _located(argv, extra, f"unknown option{hint}", exact=True)


def _located(
    argv: Sequence[str],
    option: str | None,
    message: str,
    *,
    exact: bool = False,
    known: Sequence[str] = (),
) -> CommandLineError:
    """A CommandLineError showing the command line with a caret under ``option``."""
    index = _index_of(argv, option, exact=exact, known=known)
    if index is None:
        return CommandLineError(f"{option}: {message}" if option else message)
    offset = sum(len(shlex.quote(arg)) + 1 for arg in argv[:index])
    written = argv[index].split("=", 1)[0]
    return CommandLineError(f"{written}: {message}", shlex.join(argv), offset)


def _index_of(
    argv: Sequence[str], option: str | None, *, exact: bool, known: Sequence[str] = ()
) -> int | None:
    """Where ``option`` was written: the last use, since a repeat is the usual fault.

    An abbreviation counts only where argparse reads it as ``option``: a
    prefix of no other known option string.
    """
    if option is None:
        return None
    for index in range(len(argv) - 1, -1, -1):
        written = argv[index] if exact else argv[index].split("=", 1)[0]
        if written == option or (not exact and _abbreviates(written, option, known)):
            return index
    return None


def _abbreviates(written: str, option: str, known: Sequence[str]) -> bool:
    if not (written.startswith("--") and option.startswith(written)) or written in known:
        return False
    return all(other == option or not other.startswith(written) for other in known)
