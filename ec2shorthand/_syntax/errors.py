"""The one boundary between Lark and us: its parse failures, said in plain English.

Every parse of a grammar goes through :func:`parse_with`, the only place
that catches Lark's exceptions; a failure becomes our ShorthandSyntaxError at
the right character. The shorthand grammar's message comes from what the
parser state could have accepted, so every state gets a sentence without a
table of states.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from lark import Lark, Token
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from .._core.errors import DuplicateKeyError, ShorthandSyntaxError
from .lexer import Source
from .tokens import KEY_CLASS, KEY_DESCRIPTION, SKIPPED_WHITESPACE, start_of

__all__ = ["end_of_input_or", "parse_with"]

# Turns a Lark failure on a text into our error.
Describe = Callable[[str, UnexpectedInput], ShorthandSyntaxError]

_WHITESPACE = SKIPPED_WHITESPACE
_KEY_PREFIX = re.compile(KEY_CLASS + r"*[ \t\n\r\f\v]*")
# Whether a quoted value is closed at all (the grammar's quoted-value pattern;
# its atomic group only matters for where it ends, not whether it does). Written,
# like the grammar's, without a backtracking point per character: a 10 MB quoted
# value left open must not cost gigabytes to report.
_CLOSED_QUOTE = {
    "'": re.compile(r"'(?:[^'\\]++|\\'?)*+'|'(?s:.*)\\'"),
    '"': re.compile(r'"(?:[^"\\]++|\\"?)*+"|"(?s:.*)\\"'),
}
_QUOTE_NAMES = {"'": "single-quoted", '"': "double-quoted"}
_VALUE_THEN_BRACE = re.compile(r"=[ \t\n\r\f\v]*\}[ \t\n\r\f\v]*\Z")
# A bare-list item holding an escaped comma, then '=': `a=b,c\,d=e`.
_ESCAPED_COMMA_ITEM = re.compile(r"[^,=]*\\,[^=]*=")

_SHORTCUT_FOR = {"PAIRS": "KEY_EQ", "FLAT_SHORTHAND": "KEY_EQ", "FLAT_STRUCT": "_LBRACE"}
_VALUE_TERMINALS = {"BARE_VALUE", "QUOTED_VALUE", "_LSQB", "_LBRACE"}
_COMMA_TERMINALS = {"_SEP", "_CSV_SEP", "CSV_ITEM"}


def parse_with(parser: Lark, text: str, describe: Describe | None = None) -> Any:
    """``parser``'s result for ``text``, or our error for its failure.

    The shorthand grammar (``describe`` left out) gets its text through our
    own lexer; another grammar (``--port``) gets the text as it is and its
    own ``describe``. A key repeated in a structure, found by the tree
    builder without the text at hand, is placed in the text here.
    """
    try:
        if describe is None:
            return parser.parse(Source(text))
        return parser.parse(text)
    except UnexpectedInput as error:
        raise (describe or _describe_shorthand_error)(text, error) from None
    except DuplicateKeyError as error:
        raise DuplicateKeyError(error.msg, text, error.pos, key=error.key, end=error.end) from None


def end_of_input_or(text: str, error: UnexpectedInput) -> int:
    """Where a failure is: Lark's position, or the end of the text at end of input.

    (LALR reports the end of input at the last token's start.)
    """
    if isinstance(error, UnexpectedToken) and error.token.type == "$END":
        return len(text)
    pos = error.pos_in_stream
    return len(text) if pos is None else min(pos, len(text))


def _describe_shorthand_error(text: str, error: UnexpectedInput) -> ShorthandSyntaxError:
    """Our error for a Lark failure on ``text``."""
    if isinstance(error, UnexpectedToken):
        expected = _acceptable(error, error.accepts or error.expected)
        token: Token = error.token
        if token.type == "$END":
            pos = len(text)
        else:
            # Separators and closers carry the whitespace before them: point
            # at the character itself.
            pos = start_of(token) + len(token) - len(token.lstrip(_WHITESPACE))
    elif isinstance(error, UnexpectedCharacters):
        expected = _acceptable(error, error.allowed)
        pos = error.pos_in_stream or 0
    else:  # pragma: no cover - LALR raises only the two above
        expected = set()
        pos = len(text)
    if expected <= {"KEY_EQ", "_RBRACE"} and "KEY_EQ" in expected:
        message, pos = _key_message(text, pos, closing="_RBRACE" in expected)
    else:
        message = _message(text, pos, expected)
    return ShorthandSyntaxError(message, text, pos)


def _acceptable(error: UnexpectedInput, fallback: Iterable[str]) -> set[str]:
    """The terminals the parser could take where it stopped.

    The lexer's own list is not enough: LALR merges states, so right after
    `]` it would also offer `]` and `}`. Feeding each terminal to a copy of
    the parser (Lark's ``accepts``) gives the exact set.
    """
    interactive = getattr(error, "interactive_parser", None)
    names = set(interactive.accepts()) if interactive is not None else set(fallback)
    # The one-token shortcuts stand for what they shortcut.
    return {_SHORTCUT_FOR.get(name, name) for name in names}


def _message(text: str, pos: int, expected: set[str]) -> str:
    found = _found(text, pos)
    char = text[pos] if pos < len(text) else ""
    if char in _CLOSED_QUOTE and not _CLOSED_QUOTE[char].match(text, pos):
        return f"the {_QUOTE_NAMES[char]} value that starts here is never closed"
    if "_RSQB" in expected:
        if expected & _VALUE_TERMINALS:
            return f"{found}: expected a list item, ',' or ']'"
        return f"{found}: expected ',' or ']' after a list item"
    if "_RBRACE" in expected:
        hint = ""
        if not char and _VALUE_THEN_BRACE.search(text):
            hint = " (a '}' right after '=' is read as the value '}': write '' for an empty value)"
        return f"{found}: expected ',' or '}}' after a structure member{hint}"
    if expected & _VALUE_TERMINALS:
        return f"{found}: expected a value after '='"
    if expected & _COMMA_TERMINALS:
        if "$END" in expected and char in _WHITESPACE:
            return f"{found}: only ',' and another key=value pair may follow a closing bracket"
        return f"{found}: expected ',' before the next key=value pair"
    return f"{found}: expected {', '.join(sorted(expected))}"  # pragma: no cover


def _key_message(text: str, pos: int, *, closing: bool) -> tuple[str, int]:
    """A key=value pair was due at ``pos``: what is wrong with it, and where."""
    char = text[pos] if pos < len(text) else ""
    if char in _CLOSED_QUOTE:
        if not _CLOSED_QUOTE[char].match(text, pos):
            return f"the {_QUOTE_NAMES[char]} value that starts here is never closed", pos
        return f"a key cannot be quoted: expected a key ({KEY_DESCRIPTION})", pos
    key_end = _KEY_PREFIX.match(text, pos)
    assert key_end is not None  # the pattern matches the empty string
    key = text[pos : key_end.end()].rstrip(_WHITESPACE)
    if _ESCAPED_COMMA_ITEM.match(text, pos) and text[:pos].rstrip(_WHITESPACE).endswith(","):
        return (
            "a list item with an escaped comma ('\\,') cannot be followed by '=': "
            "the AWS CLI misreads this and drops part of it; quote the item or end the list",
            pos,
        )
    if key:
        end = key_end.end()
        return f"{_found(text, end)}: expected '=' after the key {key!r}", end
    if closing:
        return f"{_found(text, pos)}: expected a key=value member or '}}'", pos
    return f"{_found(text, pos)}: expected a key ({KEY_DESCRIPTION}) and '='", pos


def _found(text: str, pos: int) -> str:
    """How to name what stands at ``pos``."""
    if pos >= len(text):
        return "unexpected end of input"
    char = text[pos]
    if char in _WHITESPACE:
        return "unexpected whitespace"
    if char in _CLOSED_QUOTE:
        return f"unexpected quoted value {char}...{char}"
    if not char.isprintable():
        return f"unexpected character {char!r}"
    return f"unexpected {char!r}"
