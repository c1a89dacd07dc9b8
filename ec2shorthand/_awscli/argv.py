"""Split an AWS CLI argument vector into option values, as the AWS CLI does, keeping places.

The AWS CLI reads its options with the standard library's ``argparse``: the
global options (``--region``, ...) wherever they stand, then the operation's
own. So does this module (with the parsers of ``parsers``), so that
abbreviations (``--group-i``), ``--opt=value``, negative numbers as values
(``--port -1``), a trailing ``--`` or empty argument, and where a list option
stops taking values all behave the same. What ``argparse`` would print before
exiting becomes a :class:`CommandLineError` located at the argument at fault.
An option given twice keeps its last value, as in the AWS CLI; the places of
the earlier ones are kept (``Given.lost``) so that the loss can be reported.

Every value keeps where it was written: each argv item is handed to
argparse as a string that knows its index, and a value cut out of
``--opt=value`` is given the item's index and the offset after ``=``.
"""

from __future__ import annotations

import argparse
import difflib
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .._core.errors import CommandLineError
from .._core.location import Location
from .._core.version import CliVersion
from .arguments import Argument, ArgumentTable
from .global_options import global_options, other_versions_option
from .parsers import UNSET, ArgvProblem, Parser, Word, global_parser, operation_parser

__all__ = ["CommandLine", "FileContent", "Given", "Item", "read_argv"]

# Given in this exact spelling, these make every option optional (as in the AWS CLI).
# argparse compares each option of a command with every later one (CPython 3.11's
# _parse_known_args): 20,000 options take minutes, in the AWS CLI as here. No real command
# comes near this many; past it the command is refused before argparse reads it.
MAX_OPTIONS = 1000
_LIFTS_REQUIRED = ("--cli-input-json", "--cli-input-yaml", "--generate-cli-skeleton")
# How argparse begins its message for a required option not given.
_REQUIRED_MISSING = "the following arguments are required"


@dataclass(frozen=True)
class Item:
    """Where one value was written: argv item ``index``, from character ``offset`` on.

    ``text`` is the value; ``whole`` the argv item it stands in (``--opt=value``
    or the value itself).
    """

    index: int
    offset: int
    text: str
    whole: str

    def location(self, start: int = 0, end: int | None = None) -> Location:
        """The characters ``start:end`` of this value, as a location on the command line."""
        stop = len(self.text) if end is None else end
        return Location(self.index, self.offset + start, self.offset + max(stop, start + 1))


@dataclass(frozen=True)
class FileContent:
    """The content read for a value that named a file, which file, and where it was named."""

    content: str | bytes
    name: str
    item: Item


@dataclass(frozen=True)
class Given:
    """An option as given: its argument, its value, and where both were written.

    ``value`` is a string, a list of strings (options taking several values),
    a bool (flags) or the option's constant (an optional value given bare).
    ``items`` holds one :class:`Item` per string of the value. Once a named
    file is read, ``value`` is its content and ``file`` says which file.
    """

    argument: Argument
    value: Any
    option_item: int | None
    items: tuple[Item, ...]
    file: FileContent | None = None
    # Where the option was given before, when it was given more than once: the AWS CLI
    # keeps only the last value, and these are lost.
    lost: tuple[int, ...] = ()

    @property
    def option(self) -> str:
        """How messages name the option: ``--ip-permissions``."""
        return f"--{self.argument.name}"


@dataclass(frozen=True)
class CommandLine:
    """The options given on a command line, with where each was written."""

    argv: tuple[str, ...]
    given: dict[str, Given]
    known: tuple[str, ...] = ()  # every option string, for reading abbreviations
    # The AWS CLI's global options given (name -> value, with the item of the value).
    global_options: dict[str, tuple[Any, int | None]] = field(default_factory=dict)

    def error_at(self, name: str, message: str) -> CommandLineError:
        """An error about option ``--name``, located where it was written."""
        given = self.given.get(name)
        index = given.option_item if given is not None else None
        return _located(self.argv, index, f"--{name}: {message}")


def read_argv(argv: Sequence[str], table: ArgumentTable) -> CommandLine:
    """The options of ``table`` given in ``argv``, each with its value and places.

    Options not given are absent from ``given``.
    """
    plain = _words_of(argv)
    _check_option_count(plain)
    words = tuple(Word.at(text, index) for index, text in enumerate(plain))
    rest, given_globals = _without_global_options(plain, words, table.version)
    lift = any(arg in _LIFTS_REQUIRED for arg in plain)
    parser, dests = operation_parser(table, lift_required=lift)
    known = tuple(text for action in parser._actions for text in action.option_strings)
    try:
        namespace, extras = _parse(parser, plain, rest, known)
    except CommandLineError as error:
        # argparse checks required options before it lists unknown ones: a misspelt
        # required option (--tagz for --tags) is said as the unknown option it is.
        if lift or _REQUIRED_MISSING not in error.msg:
            raise
        misspelt = _first_unknown_option(plain, rest, table)
        raise (misspelt or error) from None
    help_word = getattr(namespace, "help", None)
    if help_word == "help":
        place = help_word.place if isinstance(help_word, Word) else None
        raise _located(plain, place, "'help' shows the AWS CLI's manual page; it sends no request")
    if help_word:  # the AWS CLI's own positional catches one stray word
        extras.append(help_word)
    if extras:
        raise _unknown(plain, extras[0], table)
    given = {}
    for dest, argument in dests.items():
        value = getattr(namespace, dest, UNSET)
        if value is UNSET:
            continue
        option = getattr(namespace, f"{dest}_option", None)
        index = _option_index(plain, option, known, value)
        lost = tuple(
            _option_index(plain, earlier_option, known, earlier, before=index)
            for earlier_option, earlier in getattr(namespace, f"{dest}_lost", ())
        )
        given[argument.name] = Given(
            argument,
            _unwrapped(value),
            index,
            _items(plain, value),
            lost=tuple(place for place in lost if place is not None),
        )
    return CommandLine(plain, given, known, given_globals)


def _check_option_count(plain: Sequence[str]) -> None:
    """Refuse a command of more than MAX_OPTIONS options (words argparse reads as options)."""
    seen = 0
    for index, word in enumerate(plain):
        if word == "--":  # what follows is values only
            return
        if word.startswith("-") and word != "-":
            seen += 1
            if seen > MAX_OPTIONS:
                raise _located(
                    plain,
                    index,
                    f"more than {MAX_OPTIONS} options in one command: the AWS CLI compares "
                    "each option with every other, and would take minutes; split the command",
                )


def _words_of(argv: Sequence[str]) -> tuple[str, ...]:
    """``argv`` as words, or an error: one string would be read character by character."""
    if isinstance(argv, str | bytes):
        raise CommandLineError(
            f"argv is one {type(argv).__name__}: give a list of words, as a shell splits the "
            "command line (shlex.split does it)"
        )
    if not isinstance(argv, Sequence):
        raise CommandLineError(f"argv: expected a list of words (str), got {type(argv).__name__}")
    words = tuple(argv)
    for index, word in enumerate(words):
        if not isinstance(word, str):
            raise CommandLineError(
                f"argv item {index} is {type(word).__name__}, not str: every word must be text"
            )
    return words


def _unwrapped(value: Any) -> Any:
    """The value with plain strings: our index-carrying words stay inside this module."""
    if isinstance(value, list):
        return [str(text) if isinstance(text, str) else text for text in value]
    return str(value) if isinstance(value, str) else value


def _items(argv: tuple[str, ...], value: Any) -> tuple[Item, ...]:
    texts = value if isinstance(value, list) else [value]
    return tuple(
        Item(text.place, text.offset, str(text), argv[text.place])
        for text in texts
        if isinstance(text, Word)
    )


def _option_index(
    argv: tuple[str, ...],
    option: str | None,
    known: Sequence[str],
    value: Any,
    before: int | None = None,
) -> int | None:
    """Where the option itself was written: just before its first value, or found by name
    (the last use, or the last before ``before``)."""
    texts = value if isinstance(value, list) else [value]
    first = texts[0] if texts else None
    if isinstance(first, Word):
        return first.place if first.offset else first.place - 1
    if option is None:
        return None
    start = len(argv) - 1 if before is None else before - 1
    for index in range(start, -1, -1):
        written = argv[index].split("=", 1)[0]
        if written == option or _abbreviates(written, option, known):
            return index
    return None


def _parse(
    parser: Parser, argv: tuple[str, ...], args: list[str], known: Sequence[str] = ()
) -> tuple[Any, list[str]]:
    try:
        namespace, extras = parser.parse_known_args(args)
    except ArgvProblem as problem:
        index = _index_of(argv, args, problem.option_string, known)
        written = argv[index].split("=", 1)[0] if index is not None else problem.option_string
        head = f"{written}: " if written else ""
        raise _located(argv, index, head + _plain(problem.message)) from None
    except argparse.ArgumentError as error:
        option = error.argument_name.split("/")[0] if error.argument_name else None
        index = _index_of(argv, args, option, known)
        written = argv[index].split("=", 1)[0] if index is not None else option
        head = f"{written}: " if written else ""
        raise _located(argv, index, head + _plain(error.message)) from None
    return namespace, list(extras)


def _index_of(
    argv: tuple[str, ...], args: Sequence[str], option: str | None, known: Sequence[str]
) -> int | None:
    """Where ``option`` was written (its last use: a repeat is the usual fault)."""
    if option is None:
        return None
    for word in reversed(args):
        written = word.split("=", 1)[0]
        if written == option or _abbreviates(written, option, known):
            return word.place if isinstance(word, Word) else None
    return None


def _abbreviates(written: str, option: str, known: Sequence[str]) -> bool:
    """Whether argparse reads ``written`` as an abbreviation of ``option``."""
    if not (written.startswith("--") and option.startswith(written)) or written in known:
        return False
    return all(other == option or not other.startswith(written) for other in known)


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


def _without_global_options(
    argv: tuple[str, ...], words: tuple[Word, ...], version: CliVersion
) -> tuple[list[str], dict[str, tuple[Any, int | None]]]:
    """The arguments left once the AWS CLI's global options are taken out, and those options."""
    prefixes = _global_prefixes(version)
    if not any(_may_be_global(word, prefixes) for word in argv):  # most commands: one argparse run
        return list(words), {}
    namespace, rest = _parse(global_parser(version), argv, list(words))
    if namespace.version:
        index = _index_of(argv, words, "--version", ())
        raise _located(argv, index, "--version: prints the AWS CLI's version; it sends no request")
    given: dict[str, tuple[Any, int | None]] = {}
    for option in global_options(version):
        value = getattr(namespace, option.name.replace("-", "_"))
        if value is None or value is False:
            continue
        place = value.place if isinstance(value, Word) else None
        if isinstance(value, list):  # `--query=--`: argparse leaves no word, find the option
            place = _index_of(argv, words, f"--{option.name}", ())
        given[option.name] = (str(value) if isinstance(value, str) else value, place)
    return rest, given


def _first_unknown_option(
    argv: tuple[str, ...], rest: list[str], table: ArgumentTable
) -> CommandLineError | None:
    """The error for the first unknown option in ``rest``, read with no option required."""
    parser, _ = operation_parser(table, lift_required=True)
    try:
        _, extras = parser.parse_known_args(rest)
    except (ArgvProblem, argparse.ArgumentError):
        return None
    options = [extra for extra in extras if extra.startswith("-")]
    return _unknown(argv, options[0], table) if options else None


# argparse reads `--reg` as `--region` (an abbreviation), and a word of one dash or a lone
# `--` by rules of its own: any such word sends the command through the global parser.
@functools.lru_cache(maxsize=2)  # one per version
def _global_prefixes(version: CliVersion) -> frozenset[str]:
    return frozenset(
        option.name[:end]
        for option in global_options(version)
        for end in range(1, len(option.name) + 1)
    )


def _may_be_global(word: str, prefixes: frozenset[str]) -> bool:
    """Whether argparse's global parser could take ``word`` as (part of) a global option."""
    if not word.startswith("-"):
        return False
    name = word[2:].split("=", 1)[0] if word.startswith("--") else ""
    return not name or name in prefixes


def _unknown(argv: tuple[str, ...], extra: str, table: ArgumentTable) -> CommandLineError:
    index = extra.place if isinstance(extra, Word) else None
    if not extra.startswith("-"):
        return _located(
            argv,
            index,
            f"unexpected value {extra!r}: it follows no option that takes it "
            "(quote a value that contains spaces)",
        )
    name = extra.split("=", 1)[0]
    other = other_versions_option(name, table.version)
    if other is not None:
        error = _located(argv, index, other)
        error.rule = "option.unknown"
        return error
    known = [text for argument in table for text in argument.option_strings]
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    if not close:  # then the AWS CLI's own options (--regoin: --region)
        global_names = [f"--{option.name}" for option in global_options(table.version)]
        close = difflib.get_close_matches(name, global_names, n=3, cutoff=0.6)
    hint = f" (did you mean {' or '.join(close)}?)" if close else ""
    error = _located(argv, index, f"{name}: unknown option{hint}")
    error.rule = "option.unknown"
    return error


def _located(argv: Sequence[str], index: int | None, message: str) -> CommandLineError:
    """A CommandLineError pointing at argv item ``index`` (the whole item)."""
    if index is None:
        return CommandLineError(message)
    text = argv[index]
    return CommandLineError(
        message, text, 0, end=len(text), location=Location(index, 0, max(len(text), 1))
    )
