"""click: a ``ParamType`` that reads shorthand or JSON into a schema's value, and help to match.

Needs click: ``pip install 'ec2shorthand[click]'``.

>>> import click
>>> listener = {"type": "object", "properties": {"Port": {"type": "integer"}}}
>>> @click.command()
... @shorthand_option("--listener", schema=listener, help="The listener.")
... def deploy(listener):
...     click.echo(listener)

``shorthand_help(docs, lead)`` is the help text ``shorthand_option`` gives, for an
option you declare yourself. For typer, use ``ec2shorthand.integrations.typer_option``
(typer 0.26 and later no longer take a click type).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

try:
    import click
except ImportError:  # pragma: no cover - exercised in a subprocess without click
    raise ImportError(
        "ec2shorthand.integrations.click_type needs click: pip install 'ec2shorthand[click]'"
    ) from None

from .._core.errors import ShorthandError
from .._core.files import Files
from .._core.version import CliVersion
from .._model.schema_docs import SyntaxDocs, syntax_docs
from ._complete import value_candidates
from ._help import shorthand_help
from ._reader import ValueReader, item_schema, user_message

__all__ = ["ShorthandParamType", "shorthand_help", "shorthand_option"]

if TYPE_CHECKING:  # generic in click's type hints only (8.2 and later)
    _ParamType = click.ParamType[Any]
else:
    _ParamType = click.ParamType

_Decorated = TypeVar("_Decorated", bound=Callable[..., Any])


class ShorthandParamType(_ParamType):
    """A click parameter type for a structured option: shorthand or JSON in, a typed value out.

    Reads, types and validates as :class:`ec2shorthand.ShorthandType` does;
    a bad value fails the command (usage, the message and a caret, exit 2).
    ``files`` is the same policy: no file is read unless it allows it.
    """

    name = "shorthand"

    def __init__(
        self,
        schema: Mapping[str, Any],
        *,
        files: Files = None,
        validate: bool = True,
        cli_version: CliVersion | None = None,
    ) -> None:
        self.schema = schema
        # The help says how the AWS CLI of this version reads a blob's text.
        self.cli_version = cli_version
        self._reader = ValueReader(schema, files=files, validate=validate)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):  # a default given as a value, or converted already
            return value
        try:
            return self._reader.read(value)
        except ShorthandError as error:
            self.fail(user_message(error), param, ctx)

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[click.shell_completion.CompletionItem]:
        """click's shell completion: the members, enum values and booleans that can follow."""
        from click.shell_completion import CompletionItem

        return [CompletionItem(text) for text in value_candidates(self.schema, incomplete)]

    @property
    def docs(self) -> SyntaxDocs:
        """The generated help: members, Shorthand Syntax and JSON Syntax."""
        return syntax_docs(self.schema, cli_version=self.cli_version)

    def __repr__(self) -> str:
        return "SHORTHAND"


def shorthand_option(
    *param_decls: str,
    schema: Mapping[str, Any],
    help: str = "",  # click's own name for it
    files: Files = None,
    validate: bool = True,
    cli_version: CliVersion | None = None,
    **attrs: Any,
) -> Callable[[_Decorated], _Decorated]:
    """``click.option(*param_decls, type=ShorthandParamType(schema), ...)`` with generated help.

    The help is ``help`` followed by the value's members and its "Shorthand
    Syntax" and "JSON Syntax" blocks (``cli_version``: how that AWS CLI
    reads a blob's text). With ``multiple=True`` or ``nargs`` above 1 and a
    list ``schema``, each value is one item of the list (read by
    ``item_schema``). Other keyword arguments go to ``click.option`` as they are.
    """
    nargs = attrs.get("nargs", 1)
    if attrs.get("multiple") or (isinstance(nargs, int) and (nargs > 1 or nargs == -1)):
        schema = item_schema(schema)
    param_type = ShorthandParamType(schema, files=files, validate=validate, cli_version=cli_version)
    text = shorthand_help(param_type.docs, help)
    decorator: Callable[[_Decorated], _Decorated] = click.option(
        *param_decls, type=param_type, help=text, **attrs
    )
    return decorator
