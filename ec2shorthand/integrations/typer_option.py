"""typer: an option that reads shorthand or JSON into a schema's value, with help to match.

Needs typer (``pip install 'ec2shorthand[typer]'``); works on the typer that
runs on click (before 0.26) and on the one that carries its own (0.26 on).

>>> from typing import Annotated, Any
>>> import typer
>>> listener = {"type": "object", "properties": {"Port": {"type": "integer"}}}
>>> app = typer.Typer()
>>> @app.command()
... def deploy(listener: Annotated[Any, shorthand_option("--listener", schema=listener)]):
...     print(listener)

The value is read by typer's ``parser=`` (typer 0.26 removed ``click_type=``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, Literal

try:
    import typer
except ImportError:  # pragma: no cover - exercised in a subprocess without typer
    raise ImportError(
        "ec2shorthand.integrations.typer_option needs typer: pip install 'ec2shorthand[typer]'"
    ) from None

from .._core.errors import ShorthandError
from .._core.files import Files
from .._model.schema_docs import syntax_docs
from ._help import shorthand_help
from ._reader import ValueReader, user_message

__all__ = ["shorthand_option", "shorthand_parser"]

# "default": as a typer.Typer() made without rich_markup_mode renders help.
MarkupMode = Literal["default", "rich"] | None


def shorthand_parser(
    schema: Mapping[str, Any], *, files: Files = None, validate: bool = True
) -> Callable[[Any], Any]:
    """A typer ``parser=``: shorthand or JSON in, the schema's value out.

    Reads, types and validates as :class:`ec2shorthand.ShorthandType` does; a
    bad value is a ``typer.BadParameter`` (the message and a caret; exit 2).
    """
    reader = ValueReader(schema, files=files, validate=validate)

    def parse(value: Any) -> Any:
        if not isinstance(value, str):  # a default given as a value, or read already
            return value
        try:
            return reader.read(value)
        except ShorthandError as error:
            raise typer.BadParameter(user_message(error)) from None

    return parse


def shorthand_option(
    *param_decls: str,
    schema: Mapping[str, Any],
    help: str = "",  # typer's own name for it
    files: Files = None,
    validate: bool = True,
    markup: MarkupMode = "default",
    **attrs: Any,
) -> Any:
    """``typer.Option(*param_decls, parser=..., help=...)`` for ``Annotated[Any, ...]``.

    The help is ``help`` followed by the value's members and its "Shorthand
    Syntax" and "JSON Syntax" blocks, kept as laid out. ``markup`` is the
    app's ``rich_markup_mode`` (``"default"``: what this typer renders without
    one; rich markup from 0.20 on): with rich markup the generated text is
    escaped, so a pattern's ``[a-z]`` is shown, not read as a tag. Other
    keyword arguments go to ``typer.Option``.
    """
    escape: Callable[[str], str] = str
    if markup == "default":
        markup = _default_markup()
    if markup == "rich":
        from rich.markup import escape  # typer's own dependency when it renders rich help
    elif markup is not None:
        raise ValueError(f"markup is 'default', 'rich' or None, not {markup!r}")
    text = shorthand_help(syntax_docs(schema), help, escape=escape)
    attrs.setdefault("metavar", "SHORTHAND")
    return typer.Option(
        *param_decls,
        parser=shorthand_parser(schema, files=files, validate=validate),
        help=text,
        **attrs,
    )


@functools.cache
def _default_markup() -> MarkupMode:
    """How a typer app made without ``rich_markup_mode`` renders help.

    typer 0.20 and later default to rich markup; earlier releases wrap their
    default so that it never reads as ``"rich"``, and show help text as it is.
    """
    return "rich" if typer.Typer().rich_markup_mode == "rich" else None
