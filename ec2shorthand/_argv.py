"""Split an AWS CLI argument vector into option values, as the AWS CLI does.

The AWS CLI reads its options with the standard library's ``argparse``; so
does this module, so that abbreviations (``--group-i``), ``--opt=value``,
negative numbers as values (``--port -1``) and where a list option stops
taking values all behave the same. What ``argparse`` would print and exit on
becomes a :class:`CommandLineError` with a caret under the argument at fault,
and an option given twice is an error here (the AWS CLI keeps the last one).
"""

from __future__ import annotations

import argparse
import difflib
import shlex
from collections.abc import Sequence
from typing import Any

from ._errors import CommandLineError
from ._options import Kind, Option

__all__ = ["read_argv"]

_UNSET = None


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
            forms = f"--{name} and --no-{name}" if self.nargs == 0 else ""
            raise _ArgvProblem(
                f"given more than once{f' (give one of {forms}, once)' if forms else ''}",
                option_string,
            )
        setattr(namespace, self.dest, self.const if self.nargs == 0 else values)


def read_argv(argv: Sequence[str], options: Sequence[Option]) -> dict[str, Any]:
    """Map each option given in ``argv`` to its raw value.

    The value is a string, a list of strings (options taking several values)
    or a bool (flags); options not given are absent.
    """
    parser = _parser_for(options)
    try:
        namespace, extras = parser.parse_known_args(list(argv))
    except _ArgvProblem as problem:
        raise _located(argv, problem.option_string, problem.message) from None
    except argparse.ArgumentError as error:
        option = error.argument_name.split("/")[0] if error.argument_name else None
        raise _located(argv, option, error.message) from None
    if extras:
        raise _unknown(argv, extras[0], parser)
    return {
        option.name: value
        for option in options
        if (value := getattr(namespace, option.name.replace("-", "_"))) is not _UNSET
    }


def _parser_for(options: Sequence[Option]) -> _Parser:
    parser = _Parser(add_help=False, exit_on_error=False, prog="aws ec2")
    for option in options:
        dest = option.name.replace("-", "_")
        if option.kind is Kind.FLAG:
            parser.add_argument(f"--{option.name}", action=_Once, nargs=0, const=True, dest=dest)
            parser.add_argument(
                f"--no-{option.name}", action=_Once, nargs=0, const=False, dest=dest
            )
        else:
            nargs = "*" if option.takes_many else None
            parser.add_argument(f"--{option.name}", action=_Once, nargs=nargs, dest=dest)
    return parser


def _unknown(argv: Sequence[str], extra: str, parser: _Parser) -> CommandLineError:
    if not extra.startswith("-"):
        return _located(
            argv,
            extra,
            f"unexpected value {extra!r}: it follows no option that takes it "
            "(quote a value that contains spaces)",
            exact=True,
        )
    name = extra.split("=", 1)[0]
    known = [text for action in parser._actions for text in action.option_strings]
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    hint = f" (did you mean {' or '.join(close)}?)" if close else ""
    return _located(argv, extra, f"unknown option{hint}", exact=True)


def _located(
    argv: Sequence[str], option: str | None, message: str, *, exact: bool = False
) -> CommandLineError:
    """A CommandLineError showing the command line with a caret under ``option``."""
    line = shlex.join(argv)
    index = _index_of(argv, option, exact=exact)
    if index is None:
        return CommandLineError(f"{option}: {message}" if option else message)
    offset = sum(len(shlex.quote(arg)) + 1 for arg in argv[:index])
    return CommandLineError(f"{argv[index].split('=', 1)[0]}: {message}", line, offset)


def _index_of(argv: Sequence[str], option: str | None, *, exact: bool) -> int | None:
    """Where ``option`` was written: the last use, since a repeat is the usual fault."""
    if option is None:
        return None
    for index in range(len(argv) - 1, -1, -1):
        written = argv[index] if exact else argv[index].split("=", 1)[0]
        if written == option or (
            not exact and written.startswith("--") and option.startswith(written)
        ):
            return index
    return None
