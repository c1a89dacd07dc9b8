"""Shell snippets out of each kind of file the linter reads."""

from __future__ import annotations

from collections.abc import Callable

from ..snippet import Snippet
from .asciidoc import asciidoc_snippets
from .ci_yaml import yaml_snippets
from .dockerfile import dockerfile_snippets
from .makefile import makefile_snippets
from .markdown import markdown_snippets
from .notebook import notebook_snippets
from .package_json import package_json_snippets
from .python import python_snippets
from .rst import rst_snippets
from .terraform import terraform_snippets

__all__ = ["KINDS", "snippets_of"]

_EXTRACTORS: dict[str, Callable[[str], list[Snippet]]] = {
    "shell": lambda text: [Snippet.whole(text)],
    "markdown": markdown_snippets,
    "rst": rst_snippets,
    "asciidoc": asciidoc_snippets,
    "package_json": package_json_snippets,
    "notebook": notebook_snippets,
    "terraform": terraform_snippets,
    "python": python_snippets,
    "yaml": yaml_snippets,
    "makefile": makefile_snippets,
    "dockerfile": dockerfile_snippets,
}
KINDS = tuple(_EXTRACTORS)


def snippets_of(kind: str, text: str) -> list[Snippet]:
    """The shell text in a file of ``kind`` (one of :data:`KINDS`)."""
    return _EXTRACTORS[kind](text)
