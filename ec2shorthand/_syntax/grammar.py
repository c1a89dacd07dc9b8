"""The grammars (``grammars/*.lark``) as LALR parsers, from tables built at package build time.

Building an LALR parser from a grammar takes Lark about 150 ms; the tables
are data, so ``scripts/build_parser_tables.py`` builds them once into
``_tables.py``. A table is used only for the exact grammar text it was built
from; otherwise the grammar is compiled here, as before.
"""

from __future__ import annotations

import functools
from typing import Any

from lark import Lark, Token, Transformer

from .._resources import open_grammar
from .lexer import ContextualScanner
from .tokens import PairSplitter

__all__ = ["LEXERS", "SplittingBuilder", "build_parser", "grammar_options", "load_parser"]

# Each grammar's lexer: ours for shorthand (see lexer.py), Lark's contextual one for --port.
LEXERS: dict[str, Any] = {"shorthand.lark": ContextualScanner, "port.lark": "contextual"}
_STARTS = {"shorthand.lark": "shorthand", "port.lark": "port"}


def grammar_options(name: str) -> dict[str, Any]:
    """How each grammar is compiled (the build script uses the same options)."""
    return {
        "parser": "lalr",
        "lexer": LEXERS[name],
        "start": _STARTS[name],
        "maybe_placeholders": True,
    }


def load_parser(name: str, transformer: Transformer[Any, Any]) -> Lark:
    """The parser of grammar ``name``, building with ``transformer``."""
    text = open_grammar(name)
    tables = _tables_for(name, text)
    if tables is None:
        return Lark(text, transformer=transformer, **grammar_options(name))
    # Lark's own loader of its serialized form (what Lark.load does after unpickling).
    loaded: Lark = Lark._load_from_dict(  # type: ignore[no-untyped-call]  # untyped in Lark
        tables["data"], tables["memo"], transformer=transformer
    )
    return loaded


@functools.cache
def _tables_for(name: str, grammar: str) -> dict[str, Any] | None:
    from ._tables import TABLES

    tables: dict[str, Any] | None = TABLES.get(name)
    if tables is None or tables["grammar"] != grammar:
        return None
    lexer = LEXERS[name]
    tables["data"]["options"]["lexer"] = lexer
    tables["data"]["parser"]["lexer_conf"]["lexer_type"] = lexer
    return tables


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
    from .flat import SPLITTER_TERMINALS

    parser = load_parser("shorthand.lark", builder)
    builder.splitter = PairSplitter(
        {name: parser.get_terminal(name).pattern.to_regexp() for name in SPLITTER_TERMINALS}
    )
    return parser
