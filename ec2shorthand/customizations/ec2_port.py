"""The ``--port`` value (``22``, ``22-25``, ``3--1``, ``all``) as a port range, by grammar.

The grammar is ``grammars/port.lark``; it belongs to the security-group
customization's simplified options.
"""

from __future__ import annotations

import re
from typing import cast

from .._core.errors import ShorthandSyntaxError

__all__ = ["EXPECTED", "PortRange", "parse_port"]

PortRange = tuple[int, int]
# Python's int() refuses longer digit strings, and no port is anywhere near.
_MAX_DIGITS = 4000
# The common case, a plain port (22, 443), read without the grammar: what it gives for these.
_PLAIN_PORT = re.compile(r"[0-9]{1,4}")
EXPECTED = "expected a port or ICMP type (22), a range or type-code (22-25, 3-4, 3--1), -1 or all"


def parse_port(text: str) -> PortRange:
    """``(FromPort, ToPort)`` for a ``--port`` value, or a ShorthandSyntaxError with a caret."""
    if _PLAIN_PORT.fullmatch(text):  # a linted file holds thousands: Lark costs 150 µs a port
        return int(text), int(text)
    if len(text) > _MAX_DIGITS:
        raise ShorthandSyntaxError(
            f"{EXPECTED}; this value is {len(text)} characters long", text, 0, end=len(text)
        )
    from .._syntax.errors import parse_with  # the grammar (and Lark) load on the first port
    from ._port_grammar import describe, port_parser

    return cast(PortRange, parse_with(port_parser(), text, describe))
