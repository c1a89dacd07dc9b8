"""The ``--port`` value (``22``, ``22-25``, ``3--1``, ``all``) as a port range, by grammar.

The grammar is ``grammars/port.lark``; it belongs to the security-group
customization's simplified options.
"""

from __future__ import annotations

import functools
from typing import cast

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedInput

from .._core.errors import ShorthandSyntaxError
from .._syntax.errors import end_of_input_or, parse_with
from .._syntax.grammar import load_parser

__all__ = ["PortRange", "parse_port"]

PortRange = tuple[int, int]
# Python's int() refuses longer digit strings, and no port is anywhere near.
_MAX_DIGITS = 4000


class _PortBuilder(Transformer[Token, PortRange]):
    @staticmethod
    def every_port(_children: list[Token]) -> PortRange:
        return (-1, -1)

    @staticmethod
    def one_port(children: list[Token]) -> PortRange:
        # int() is the AWS CLI's reading: blanks, '+', underscores, any decimal digits.
        port = int(children[0])
        return (port, port)

    @staticmethod
    def port_range(children: list[Token]) -> PortRange:
        first, last = children
        return (int(first), int(last))


@functools.cache
def _parser() -> Lark:
    return load_parser("port.lark", _PortBuilder())


_EXPECTED = "expected a port or ICMP type (22), a range or type-code (22-25, 3-4, 3--1), -1 or all"


def _describe(text: str, error: UnexpectedInput) -> ShorthandSyntaxError:
    return ShorthandSyntaxError(_EXPECTED, text, end_of_input_or(text, error))


def parse_port(text: str) -> PortRange:
    """``(FromPort, ToPort)`` for a ``--port`` value, or a ShorthandSyntaxError with a caret."""
    if len(text) > _MAX_DIGITS:
        raise ShorthandSyntaxError(
            f"{_EXPECTED}; this value is {len(text)} characters long", text, 0, end=len(text)
        )
    return cast(PortRange, parse_with(_parser(), text, _describe))
