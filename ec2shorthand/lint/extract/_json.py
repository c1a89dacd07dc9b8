"""JSON strings with their places: each string value's path and its decoded text,
every character tied to the file characters it was written as (``\\n``, ``\\u00e9``).

The standard library's decoder gives no positions; this walk reads only what
an extractor needs (strings, and where they stand) and gives up on text that
is not JSON.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..snippet import Snippet, SnippetBuilder

__all__ = ["JsonPath", "json_strings", "string_snippet"]

JsonPath = tuple[str | int, ...]

_TOKEN = re.compile(
    r'\s*(?:(?P<string>"(?:[^"\\\n]|\\.)*")|(?P<punct>[{}\[\],:])|(?P<atom>[^\s{}\[\],:"]+))'
)
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_PLAIN = re.compile(r'[^"\\]+')


def json_strings(text: str) -> Iterator[tuple[JsonPath, int, int]]:
    """(path, start, end) of every string value (not key), its quotes included."""
    path: list[str | int] = []  # a key for each open object that has one, an index per array
    kinds: list[str] = []  # "{" or "[" for each open container
    expect_key = False
    at = 0
    while (token := _TOKEN.match(text, at)) is not None:
        at = token.end()
        punct = token["punct"]
        in_object = bool(kinds) and kinds[-1] == "{"
        if token["string"] is not None and in_object and expect_key:
            path.append(string_snippet(text, token.start("string"), at).text)
            expect_key = False
        elif token["string"] is not None:
            yield tuple(path), token.start("string"), at
        elif punct in ("{", "["):
            kinds.append(punct)
            if punct == "[":
                path.append(0)
            expect_key = punct == "{"
        elif punct in ("}", "]"):
            if not kinds:
                return
            had_key = kinds.pop() == "{" and not expect_key
            if (punct == "]" or had_key) and path:
                path.pop()
            expect_key = False
        elif punct == "," and in_object:
            if path:
                path.pop()
            expect_key = True
        elif punct == "," and kinds and path and isinstance(path[-1], int):
            path[-1] += 1


def string_snippet(text: str, start: int, end: int) -> Snippet:
    """The decoded text of the JSON string ``text[start:end]`` (quotes included)."""
    builder = SnippetBuilder(text)
    at, stop = start + 1, end - 1
    while at < stop:
        plain = _PLAIN.match(text, at, stop)
        if plain is not None:
            builder.copy(at, plain.end())
            at = plain.end()
            continue
        escape = text[at + 1 : at + 2]
        if escape == "u" and at + 6 <= stop:
            code = int(text[at + 2 : at + 6], 16) if _is_hex(text[at + 2 : at + 6]) else 0xFFFD
            builder.put(chr(code), at, at + 6)
            at += 6
        else:
            builder.put(_ESCAPES.get(escape, escape), at, at + 2)
            at += 2
    return builder.build()


def _is_hex(digits: str) -> bool:
    return len(digits) == 4 and all(char in "0123456789abcdefABCDEF" for char in digits)
