"""argparse: a ``type=`` that reads shorthand or JSON into a schema's value, and help to match.

>>> parser = argparse.ArgumentParser(prog="deploy")
>>> listener = {"type": "object", "properties": {"Port": {"type": "integer"}}}
>>> _ = add_shorthand_argument(parser, "--listener", schema=listener, help="The listener.")
>>> parser.parse_args(["--listener", "Port=8080"]).listener
{'Port': 8080}

A bad value is an argparse error (usage, the message and a caret, exit 2).
With argcomplete, TAB completes the value (members, enum values, booleans).
``--help`` shows the option's members and its "Shorthand Syntax" and "JSON
Syntax" blocks, laid out as written.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable, Mapping
from typing import Any

from .._core.arguments import expect_files, expect_flag, expect_mapping, expect_text
from .._core.errors import ShorthandError
from .._core.files import Files
from .._core.version import CliVersion
from .._model.schema_docs import SyntaxDocs, syntax_docs
from ._complete import value_candidates
from ._reader import ValueReader, item_schema, user_message

__all__ = ["ShorthandType", "add_shorthand_argument", "item_schema"]

# nargs and actions that give the argument a list of values, each one read by the type.
_SEVERAL = ("*", "+", argparse.REMAINDER)
_COLLECTING = ("append", "extend")

# Set on the actions add_shorthand_argument makes: their help keeps its layout.
_KEEPS_LAYOUT = "_ec2shorthand_keeps_layout"


class ShorthandType:
    """An argparse ``type=`` for a structured option: shorthand or JSON in, a typed value out.

    ``schema`` is a JSON Schema, complete in itself (``member_schema`` gives
    one for an AWS operation's member). A value is read as the AWS CLI reads a
    structured argument: JSON if it starts with ``{`` or ``[``, else shorthand
    (for a structure, map or list of them); then typed by the schema
    (``Port=8080`` gives the integer 8080) and, with ``validate`` (the
    default), checked against it: any error rejects the value. ``file://`` and
    ``fileb://`` are read only as ``files`` allows (``None``: never; ``True``:
    as the AWS CLI; ``FileResolver(folder)``: under ``folder``).

    For an option given several values (``nargs="+"``, ``action="append"``),
    each value is one item: build the type from :func:`item_schema`, or let
    :func:`add_shorthand_argument` do it.
    An argument of the wrong type (here or to ``read``) is a :class:`ShorthandError`.
    """

    def __init__(
        self,
        schema: Mapping[str, Any],
        *,
        files: Files = None,
        validate: bool = True,
        cli_version: CliVersion | None = None,
    ) -> None:
        expect_mapping(schema, "schema", "a JSON Schema (a mapping)")
        expect_files(files)
        expect_flag(validate, "validate")
        self.schema = schema
        # The help says how the AWS CLI of this version reads a blob's text.
        self.cli_version = cli_version
        self._reader = ValueReader(schema, files=files, validate=validate)

    def read(self, text: str) -> Any:
        """The value of ``text``, or a :class:`ShorthandError` (any framework can call this)."""
        return self._reader.read(expect_text(text, "text", "an option's value"))

    def complete(self, typed: str) -> list[str]:
        """How the value ``typed`` so far can go on (shell completion), each the whole value."""
        return value_candidates(self.schema, typed)

    def __call__(self, text: str) -> Any:
        try:
            return self._reader.read(text)
        except ShorthandError as error:
            raise argparse.ArgumentTypeError(user_message(error)) from error

    @functools.cached_property
    def docs(self) -> SyntaxDocs:
        """The generated help: members, Shorthand Syntax and JSON Syntax."""
        return syntax_docs(self.schema, cli_version=self.cli_version)

    def __repr__(self) -> str:
        return f"ShorthandType({_title(self.schema)})"


def _title(schema: Mapping[str, Any]) -> str:
    return str(schema.get("title") or schema.get("type") or "schema")


def add_shorthand_argument(
    parser: argparse.ArgumentParser,
    *flags: str,
    schema: Mapping[str, Any],
    help: str | None = None,  # argparse's own name for it
    files: Files = None,
    validate: bool = True,
    group: argparse._ArgumentGroup | None = None,
    cli_version: CliVersion | None = None,
    **kwargs: Any,
) -> argparse.Action:
    """``parser.add_argument(*flags, type=ShorthandType(schema), ...)`` with generated help.

    The help is ``help`` followed by the value's members and its "Shorthand
    Syntax" and "JSON Syntax" blocks, kept as laid out (the parser's help
    formatter is extended for these options only). With ``group`` (an
    argument group or mutually exclusive group of ``parser``) the argument is
    added there. ``cli_version`` (1 or 2) says in the help how that AWS CLI
    reads a blob's text. Other keyword arguments go to ``add_argument`` as
    they are. With several values (``nargs`` ``"*"``, ``"+"`` or a number, or
    ``action="append"``) and a list ``schema``, each value is one item of the
    list, read by :func:`item_schema`: the value is the list of them. Returns
    the action. An argument of the wrong type is a :class:`ShorthandError`.
    """
    if not isinstance(parser, argparse.ArgumentParser):
        # The help formatter belongs to the parser, which a group does not lead back to.
        raise ShorthandError(
            f"parser: expected the ArgumentParser itself (a group of it goes in group=), "
            f"got {type(parser).__name__}"
        )
    for flag in flags:
        expect_text(flag, "flags", "option names such as '--listener'")
    if help is not None:
        expect_text(help, "help", "None or a sentence")
    if _several_values(kwargs):
        schema = item_schema(schema)
    value_type = ShorthandType(schema, files=files, validate=validate, cli_version=cli_version)
    generated = str(value_type.docs).replace("%", "%%")  # argparse formats help with %
    text = f"{help}\n\n{generated}" if help else generated
    container = parser if group is None else group
    action = container.add_argument(*flags, type=value_type, help=text, **kwargs)
    setattr(action, _KEEPS_LAYOUT, True)
    # argcomplete asks an action's `completer` (called with prefix=, action=, parser=, ...).
    action.completer = _Completer(value_type)  # type: ignore[attr-defined]
    _keep_layout(parser)
    return action


class _Completer:
    """argcomplete's completer for one option: the shorthand candidates of its schema."""

    def __init__(self, value_type: ShorthandType) -> None:
        self.value_type = value_type

    def __call__(self, *, prefix: str, **_: Any) -> list[str]:
        return self.value_type.complete(prefix)


def _several_values(kwargs: Mapping[str, Any]) -> bool:
    """Whether the argument takes each value on its own (a list of them)."""
    nargs = kwargs.get("nargs")
    return kwargs.get("action") in _COLLECTING or (
        nargs in _SEVERAL or (isinstance(nargs, int) and not isinstance(nargs, bool))
    )


class _KeepsLayout(argparse.HelpFormatter):
    """Lays out an ec2shorthand option's help as written; everything else as the base does."""

    _keeping = False

    def _format_action(self, action: argparse.Action) -> str:
        self._keeping = getattr(action, _KEEPS_LAYOUT, False)
        try:
            text = super()._format_action(action)
        finally:
            self._keeping = False
        # argparse pads a blank help line to the help column: no trailing blanks.
        return "\n".join(line.rstrip() for line in text.split("\n"))

    def _split_lines(self, text: str, width: int) -> list[str]:
        if not self._keeping:
            return super()._split_lines(text, width)
        # The caller's sentence is wrapped as usual; the generated blocks are kept.
        lead, _, blocks = text.partition("\n\n")
        return [*super()._split_lines(lead, width), "", *blocks.splitlines()]


_SUBCLASSES: dict[type[argparse.HelpFormatter], type[argparse.HelpFormatter]] = {}


def _keeping_subclass(base: type[argparse.HelpFormatter]) -> type[argparse.HelpFormatter]:
    """``base`` with the mixin (made once per base class)."""
    if issubclass(base, _KeepsLayout):
        return base
    if base not in _SUBCLASSES:
        _SUBCLASSES[base] = type(f"{base.__name__}KeepingShorthandHelp", (_KeepsLayout, base), {})
    return _SUBCLASSES[base]


def _keep_layout(parser: argparse.ArgumentParser) -> None:
    original: Any = parser.formatter_class
    if isinstance(original, type) and issubclass(original, argparse.HelpFormatter):
        parser.formatter_class = _keeping_subclass(original)
        return
    if getattr(original, _KEEPS_LAYOUT, False):
        return

    # A factory (functools.partial(HelpFormatter, width=...)): its formatters get the mixin.
    def formatter(prog: str, _make: Callable[..., Any] = original) -> argparse.HelpFormatter:
        made: argparse.HelpFormatter = _make(prog)
        made.__class__ = _keeping_subclass(type(made))
        return made

    setattr(formatter, _KEEPS_LAYOUT, True)
    parser.formatter_class = formatter
