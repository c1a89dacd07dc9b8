"""Shell in ``package.json``: each value of ``scripts`` is run by ``sh -c``."""

from __future__ import annotations

from ..snippet import Snippet
from ._json import json_strings, string_snippet

__all__ = ["package_json_snippets"]


def package_json_snippets(text: str) -> list[Snippet]:
    return [
        string_snippet(text, start, end)
        for path, start, end in json_strings(text)
        if len(path) == 2 and path[0] == "scripts"
    ]
