"""The ``--port`` value (``22``, ``22-25``, ``3--1``, ``all``) as a port range, by grammar."""

from __future__ import annotations

import functools
from typing import cast

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedInput, UnexpectedToken

from ._errors import ShorthandSyntaxError

__all__ = ["parse_port"]

PortRange = tuple[int, int]


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
    return Lark.open_from_package(
        "ec2shorthand.grammars",
        "port.lark",
        parser="lalr",
        start="port",
        transformer=_PortBuilder(),
    )


def parse_port(text: str) -> PortRange:
    """``(FromPort, ToPort)`` for a ``--port`` value, or a ShorthandSyntaxError with a caret."""
    try:
        return cast(PortRange, _parser().parse(text))
    except UnexpectedInput as error:
        pos = len(text) if error.pos_in_stream is None else error.pos_in_stream
        if isinstance(error, UnexpectedToken) and error.token.type == "$END":
            pos = len(text)
        raise ShorthandSyntaxError(
            "expected a port or ICMP type (22), a range or type-code (22-25, 3-4, 3--1), -1 or all",
            text,
            min(pos, len(text)),
        ) from None
