"""Shell in Makefiles: recipe lines (those that start with a tab).

make hands each recipe line to the shell once it has taken off the tab, the
``@``, ``-`` and ``+`` prefixes and the tab that starts a continued line, and
turned ``$$`` into ``$``. ``$(VAR)`` and ``${VAR}`` are make variables: bash
reads them as expansions, so they are unknown values. The recipe lines of one
rule form one snippet, each on its own line. The text of a ``$(shell ...)``
call is a snippet of its own (bash would read the call as a command named
``shell``).
"""

from __future__ import annotations

import re

from ..snippet import Snippet, SnippetBuilder
from ._lines import lines_of

__all__ = ["makefile_snippets"]

# make also strips the dashes of a line that starts with `--option`: that line is a
# missing continuation, kept as written so the linter reports it.
_RECIPE_PREFIX = re.compile(r"\t(?:[ \t@+]|-(?!-[A-Za-z]))*")
# $$ is one $ for the shell; $< and other automatic variables bash could misread.
_MAKE_DOLLAR = re.compile(r"\$[$<^+|%]")
_SHELL_FUNCTION = re.compile(r"\$\(shell[ \t]+")


def makefile_snippets(text: str) -> list[Snippet]:
    snippets = _shell_functions(text)
    builder: SnippetBuilder | None = None
    continued = False
    for start, end in lines_of(text):
        if continued and builder is not None:
            _copy(builder, text, start + (text[start : start + 1] == "\t"), end)
        elif text.startswith("\t", start):
            builder = builder or SnippetBuilder(text)
            prefix = _RECIPE_PREFIX.match(text, start, end)
            _copy(builder, text, prefix.end() if prefix else start, end)
        else:
            if builder is not None:
                snippets.append(builder.build())
            builder = None
            continue
        builder.put("\n", end, end + 1)
        continued = text[start:end].endswith("\\")
    if builder is not None:
        snippets.append(builder.build())
    return snippets


def _shell_functions(text: str) -> list[Snippet]:
    """The commands of make's ``$(shell ...)`` function (in assignments and recipes alike)."""
    snippets = []
    for call in _SHELL_FUNCTION.finditer(text):
        depth, at = 1, call.end()
        while at < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[at], 0)
            at += 1
        if depth == 0:
            builder = SnippetBuilder(text)
            _copy(builder, text, call.end(), at - 1)
            snippets.append(builder.build())
    return snippets


def _copy(builder: SnippetBuilder, text: str, start: int, end: int) -> None:
    at = start
    for match in _MAKE_DOLLAR.finditer(text, start, end):
        builder.copy(at, match.start())
        shell = "$" if match.group() == "$$" else "${_}"  # an automatic variable: unknown
        builder.put(shell, match.start(), match.end())
        at = match.end()
    builder.copy(at, end)
