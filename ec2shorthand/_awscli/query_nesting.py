"""How deep a ``--query`` nests, read before jmespath parses it (recursively) and runs out of stack.

jmespath's parser recurses once per level of parentheses, brackets, braces,
``!`` and ``&``, and once per projection (``[*]``, ``[]``, ``[?...]``, ``*``)
until an operator ends it; its lexer hands a backtick literal to ``json.loads``,
which recurses per array or object: about 400 levels exhaust Python's stack
(the AWS CLI v1 itself fails with "maximum recursion depth exceeded"). This
scan counts the same levels without recursing, skipping what is text (raw
strings, quoted identifiers, a literal's JSON strings), so a query past the
bound is refused with the position where it passes it.
"""

from __future__ import annotations

__all__ = ["query_nesting_exceeding"]

_OPENERS = frozenset("([{")
_CLOSERS = frozenset(")]}")
# Prefix operators: each one's operand is parsed one level deeper (`!a`, `&a`).
_PREFIXES = frozenset("!&")
# Where one operand ends and the next starts, at the same level: prefixes before it are done.
_SEPARATORS = frozenset("|,:<>=")


def _end_of_quoted(text: str, start: int) -> int:
    """The index after the quote closing the one at ``start`` (a backslash escapes)."""
    quote, index = text[start], start + 1
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == quote:
            return index + 1
        index += 1
    return len(text)


def _literal_exceeding(text: str, start: int, depth: int, limit: int) -> tuple[int, int | None]:
    """Scan the backtick literal at ``start``: ``(index after it, where it passes the bound)``."""
    index = start + 1
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "`":
            return index + 1, None
        if char == '"':
            index = _end_of_quoted(text, index)
            continue
        if char in "[{":
            depth += 1
            if depth > limit:
                return index, index
        elif char in "]}":
            depth -= 1
        index += 1
    return len(text), None


def _is_projection(inside: str) -> bool:
    """Whether brackets holding ``inside`` make a projection: ``[]``, ``[*]``, ``[?...]``."""
    inside = inside.strip()
    return inside in ("", "*") or inside.startswith("?")


def query_nesting_exceeding(expression: str, limit: int) -> int | None:
    """The index where ``expression`` first nests more than ``limit`` levels deep, or None.

    A level is an open parenthesis, bracket or brace, a backtick literal's
    array or object, and a prefix ``!`` or ``&`` or a projection until an
    operator follows. The count never falls short of jmespath's recursion.
    """
    depth = 0  # levels open here
    floor = 0  # the levels of the enclosing brackets: what a separator falls back to
    enclosing: list[tuple[int, int, int]] = []  # (floor, depth, index) at each open bracket
    index = 0
    while index < len(expression):
        char = expression[index]
        if char in "'\"":
            index = _end_of_quoted(expression, index)
            continue
        if char == "`":
            index, where = _literal_exceeding(expression, index, depth, limit)
            if where is not None:
                return where
            continue
        following = expression[index + 1 : index + 2]
        if (
            char in _OPENERS
            or (char in _PREFIXES and following not in ("=", "&"))
            or (char == "*" and expression[:index].rstrip()[-1:] != "[")  # `a.*`, `*.b`
        ):
            depth += 1
            if depth > limit:
                return index
            if char in _OPENERS:
                enclosing.append((floor, depth - 1, index))
                floor = depth
        elif char in _CLOSERS:
            if enclosing:
                floor, depth, opened = enclosing.pop()
                if char == "]" and _is_projection(expression[opened + 1 : index]):
                    depth += 1  # what follows `[*]`, `[]` or `[?...]` is parsed a level deeper
                    if depth > limit:
                        return index
        elif char in _SEPARATORS or char in _PREFIXES:  # `!=`, `&&`: an operator
            depth = floor
            index += 1 if char in _PREFIXES else 0
        index += 1
    return None
