"""A lean contextual lexer for the shorthand grammar.

It does what Lark's contextual lexer does, and nothing else: in each LALR
state, match only the terminals that state accepts, in Lark's own order of
preference (priority, then longest pattern). What it leaves out is what the
shorthand grammar never needs and what cost a third of the parse: line
counting, ignored terminals, lexer callbacks and per-token bookkeeping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from lark import Token
from lark.common import LexerConf
from lark.exceptions import UnexpectedCharacters
from lark.lexer import Lexer, LexerState, TerminalDef

__all__ = ["ContextualScanner", "Source", "make_token"]


class Source:
    """The text, handed to Lark as "custom input" so it goes to the lexer untouched."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _preference(terminal: TerminalDef) -> tuple[int, int, int, str]:
    # Lark's contextual lexer tries terminals in this order; so must we, or
    # `]` after `[` would lex as a value instead of a closing bracket.
    return (
        -terminal.priority,
        -terminal.pattern.max_width,
        -len(terminal.pattern.value),
        terminal.name,
    )


def make_token(kind: str, value: str, start: int, end: int) -> Token:
    # Token's own constructor spends most of its time on arguments we never
    # pass; filling its slots directly is the same object, made faster.
    token = str.__new__(Token, value)
    token.type = kind
    token.value = value
    token.start_pos = start
    token.end_pos = end
    token.line = token.column = token.end_line = token.end_column = None
    return token


# Terminals matched before Lark is called (``parse.parse_shorthand`` tries a whole text as
# FLAT_SHORTHAND first): a text that reaches the lexer is not one, so its large regex is
# left out of every state's scanner. The text still reads the same: the other rules mean
# what the shortcut means (tests/syntax/test_fast_paths.py).
_MATCHED_BEFORE = frozenset({"FLAT_SHORTHAND"})


class ContextualScanner(Lexer):
    """Lark custom lexer (interface 2): one compiled alternation per parser state."""

    __future_interface__ = 2

    def __init__(self, conf: LexerConf) -> None:
        self._terminals = sorted(conf.terminals, key=_preference)
        self._by_state: dict[Any, re.Pattern[str]] = {}

    def _scanner(self, state: Any, actions: Mapping[str, Any]) -> re.Pattern[str]:
        pattern = re.compile(
            "|".join(
                f"(?P<{terminal.name}>{terminal.pattern.to_regexp()})"
                for terminal in self._terminals
                if terminal.name in actions and terminal.name not in _MATCHED_BEFORE
            )
        )
        self._by_state[state] = pattern
        return pattern

    def lex(self, lexer_state: LexerState, parser_state: Any) -> Iterator[Token]:
        text: str = lexer_state.text.text
        states = parser_state.parse_conf.states
        by_state = self._by_state
        pos, end = 0, len(text)
        while pos < end:
            state = parser_state.position
            scanner = by_state.get(state) or self._scanner(state, states[state])
            match = scanner.match(text, pos)
            if match is None:
                allowed = {name for name in states[state] if name.isupper()}
                line = text.count("\n", 0, pos) + 1
                column = pos - text.rfind("\n", 0, pos)
                raise UnexpectedCharacters(  # type: ignore[no-untyped-call]  # untyped in Lark
                    text, pos, line, column, allowed=allowed, state=parser_state
                )
            kind = match.lastgroup
            assert kind is not None  # every alternative is a named group
            start, pos = pos, match.end()
            yield make_token(kind, match.group(), start, pos)
