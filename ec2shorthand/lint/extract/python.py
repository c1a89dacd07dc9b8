"""Commands in Python: ``subprocess`` calls and ``os.system``.

``subprocess.run(["aws", "s3", "cp", ...])`` (also ``call``, ``check_call``,
``check_output``, ``Popen``) passes each list item as one argument, with no
shell: each item becomes one single-quoted bash word, so bash reads it back
exactly, expands nothing, and an item that is not a literal is an unknown
value. A literal string with ``shell=True``, or given to ``os.system`` or
``os.popen``, is shell text. A literal written with escapes or a prefix maps
each of its characters to the whole literal.
"""

from __future__ import annotations

import ast
import re

from ..snippet import Snippet, SnippetBuilder
from ._lines import lines_of

__all__ = ["python_snippets"]

_SUBPROCESS = frozenset({"run", "call", "check_call", "check_output", "Popen"})
_OS_SHELL = frozenset({"system", "popen"})
_BARE = re.compile(r"[\w./:=@%+,-]+", re.ASCII)  # characters bash gives no meaning


def python_snippets(text: str) -> list[Snippet]:
    if "aws" not in text:
        return []  # most Python files: not parsed at all
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError):
        return []
    offsets = _Offsets(text)
    snippets = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        module, name = _called(node.func)
        first = node.args[0]
        shell = any(
            k.arg == "shell" and isinstance(k.value, ast.Constant) and k.value.value is True
            for k in node.keywords
        )
        if module in ("subprocess", None) and name in _SUBPROCESS:
            if isinstance(first, (ast.List, ast.Tuple)) and not shell:
                snippets.append(_argv(text, offsets, first.elts))
            elif shell and _is_text(first):
                snippets.append(_literal(text, offsets, first))
        elif module == "os" and name in _OS_SHELL and _is_text(first):
            snippets.append(_literal(text, offsets, first))
    return sorted(snippets, key=lambda snippet: snippet.starts[0] if snippet.text else 0)


def _called(func: ast.expr) -> tuple[str | None, str | None]:
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id, func.attr
    if isinstance(func, ast.Name):
        return None, func.id
    return None, None


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


class _Offsets:
    """ast's (line, UTF-8 byte column) to offsets in the text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines = lines_of(text)

    def at(self, line: int, byte_column: int) -> int:
        start, end = self._lines[line - 1]
        prefix = self._text[start:end].encode("utf-8", "surrogatepass")[:byte_column]
        return start + len(prefix.decode("utf-8", "surrogatepass"))


def _span(offsets: _Offsets, node: ast.expr) -> tuple[int, int]:
    end_line, end_column = node.end_lineno or node.lineno, node.end_col_offset or 0
    return offsets.at(node.lineno, node.col_offset), offsets.at(end_line, end_column)


def _put_literal(builder: SnippetBuilder, text: str, start: int, end: int, value: str) -> None:
    """The literal's value: its own characters when written plainly, else the whole literal."""
    source = text[start:end]
    if len(source) >= 2 and source[0] in "'\"" and source[1:-1] == value and "\\" not in source:
        builder.copy(start + 1, end - 1)
    else:
        builder.put(value, start, end)


def _literal(text: str, offsets: _Offsets, node: ast.expr) -> Snippet:
    assert isinstance(node, ast.Constant) and isinstance(node.value, str)
    builder = SnippetBuilder(text)
    _put_literal(builder, text, *_span(offsets, node), node.value)
    return builder.build()


def _argv(text: str, offsets: _Offsets, items: list[ast.expr]) -> Snippet:
    """One single-quoted bash word per item: bash reads each back as written."""
    builder = SnippetBuilder(text)
    for index, item in enumerate(items):
        start, end = _span(offsets, item)
        if index:
            builder.put(" ", start, start)
        if not _is_text(item):  # a name, a call, an f-string: unknown
            builder.put('"$_"', start, end)
            continue
        assert isinstance(item, ast.Constant) and isinstance(item.value, str)
        if _BARE.fullmatch(item.value):  # bash reads it as written: no quotes needed
            _put_literal(builder, text, start, end, item.value)
            continue
        pieces = item.value.split("'")
        for number, piece in enumerate(pieces):
            builder.put("'" if number == 0 else "'\\''", start, end)
            if piece:
                sub = SnippetBuilder(text)
                _put_literal(sub, text, start, end, item.value)
                whole = sub.build()
                offset = sum(len(p) + 1 for p in pieces[:number])
                for at in range(offset, offset + len(piece)):
                    builder.put(whole.text[at], whole.starts[at], whole.ends[at])
        builder.put("'", end - 1, end)
    return builder.build()
