"""Shell in Dockerfiles: ``RUN`` instructions in shell form.

Docker drops comment lines inside a continued instruction; the rest, line
continuations included, goes to ``/bin/sh -c``. Lines that start with ``--``
right after a ``RUN`` are kept with it: without a backslash before them they
are a mistake the linter reports.
"""

from __future__ import annotations

import re

from ..snippet import OPTION_LINE, Snippet, SnippetBuilder
from ._lines import lines_of

__all__ = ["dockerfile_snippets"]

_RUN = re.compile(r"[ \t]*RUN[ \t]+(?:--[\w-]+=\S*[ \t]+)*", re.IGNORECASE)
_COMMENT = re.compile(r"[ \t]*#")


def dockerfile_snippets(text: str) -> list[Snippet]:
    lines = lines_of(text)
    snippets = []
    at = 0
    while at < len(lines):
        start, end = lines[at]
        run = _RUN.match(text, start, end)
        at += 1
        if run is None or text.startswith(("[", "<<"), run.end()):
            continue  # exec form and here-documents are no shell command lines
        builder = SnippetBuilder(text)
        builder.copy(run.end(), end)
        builder.put("\n", end, end + 1)
        continued = text[start:end].rstrip().endswith("\\")
        while at < len(lines):
            start, end = lines[at]
            if _COMMENT.match(text, start, end) and continued:
                at += 1
                continue
            if not (continued or OPTION_LINE.match(text, start, end)):
                break
            builder.copy(start, end)
            builder.put("\n", end, end + 1)
            continued = text[start:end].rstrip().endswith("\\")
            at += 1
        snippets.append(builder.build())
    return snippets
