"""Hover: what ``explain`` says of the word under the cursor (service, operation, option, key)."""

from __future__ import annotations

from .._awscli.explain import explain_operation, explain_option
from .._awscli.typed_line import TypedLine
from .._core.errors import ShorthandError
from .._core.version import cli_version
from .._model import bundled

__all__ = ["hover_text"]


def hover_text(typed: TypedLine) -> str | None:
    """Markdown for the last word of ``typed`` (read up to the end of the hovered word)."""
    words = [*typed.words[1:], typed.value]
    words = [word for word in words if word]
    try:
        return _explain(words)
    except (ShorthandError, KeyError):
        return None


def _explain(words: list[str]) -> str | None:
    positional = [word for word in words if not word.startswith("--")]
    if len(words) == 1:
        model = bundled.service(words[0], cli_version())
        return f"**aws {words[0]}**: {len(model.operation_names)} operations"
    service, operation = positional[0], positional[1]
    if len(words) == 2:
        return _block(explain_operation(service, operation, cli_version()))
    option = next((word for word in reversed(words) if word.startswith("--")), None)
    if option is None:
        return None
    return _block(explain_option(service, operation, option, cli_version()))


def _block(text: str) -> str:
    return f"```text\n{text.rstrip()}\n```"
