"""The shorthand grammar (``grammars/shorthand.lark``) as an LALR parser with our lexer."""

from __future__ import annotations

from typing import Any

from lark import Lark, Token, Transformer

from .._resources import open_grammar
from .lexer import ContextualScanner
from .tokens import PairSplitter

__all__ = ["SplittingBuilder", "build_parser"]


class SplittingBuilder(Transformer[Token, Any]):
    """Base of our tree builders: they hold the splitter their PAIRS and FLAT_* callbacks use.

    :func:`build_parser` makes the splitter from the compiled grammar and sets it.
    """

    splitter: PairSplitter


def build_parser(builder: SplittingBuilder) -> Lark:
    """The shorthand grammar as an LALR parser that builds with ``builder``.

    The builder's splitter is made from the compiled grammar's terminals, so
    splitting a run of pairs cannot drift from what the lexer matched.
    """
    parser = Lark(
        open_grammar("shorthand.lark"),
        parser="lalr",
        lexer=ContextualScanner,
        start="shorthand",
        maybe_placeholders=True,
        transformer=builder,
    )
    builder.splitter = PairSplitter(
        *(
            parser.get_terminal(name).pattern.to_regexp()
            for name in (
                "KEY_EQ",
                "BARE_VALUE",
                "QUOTED_VALUE",
                "_CSV_SEP",
                "FLAT_STRUCT",
                "FLAT_LIST",
                "_SEP",
            )
        )
    )
    return parser
