"""The ``--port`` grammar's parser and tree builder (Lark is imported only when a port is read)."""

from __future__ import annotations

import functools

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedInput

from .._core.errors import ShorthandSyntaxError
from .._syntax.errors import end_of_input_or
from .._syntax.grammar import load_parser
from .ec2_port import EXPECTED, PortRange

__all__ = ["describe", "port_parser"]


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
def port_parser() -> Lark:
    """The --port grammar's parser."""
    return load_parser("port.lark", _PortBuilder())


def describe(text: str, error: UnexpectedInput) -> ShorthandSyntaxError:
    """Our error for a failure of the --port grammar on ``text``."""
    return ShorthandSyntaxError(EXPECTED, text, end_of_input_or(text, error))
