"""The grammar's one-token shortcuts mean exactly what its general rules mean.

``grammars/shorthand.lark`` lexes the commonest shapes as single tokens
(PAIRS, FLAT_STRUCT, FLAT_LIST, FLAT_SHORTHAND) for speed. ``general.lark``
here is the same grammar without them. For any text, both must give the same
tree, or both refuse it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Lark
from strategies import ip_permission_shorthand

from ec2shorthand import ShorthandError, parse_shorthand
from ec2shorthand._syntax.builder import TreeBuilder
from ec2shorthand._syntax.errors import parse_with
from ec2shorthand._syntax.lexer import ContextualScanner

GENERAL = (Path(__file__).parent / "general.lark").read_text(encoding="utf-8")
REAL = (Path(__file__).parents[2] / "grammars" / "shorthand.lark").read_text(encoding="utf-8")


def _general() -> Lark:
    builder = TreeBuilder()
    parser = Lark(
        GENERAL,
        parser="lalr",
        lexer=ContextualScanner,
        start="shorthand",
        maybe_placeholders=True,
        transformer=builder,
    )
    return parser


GENERAL_PARSER = _general()


def _outcome(parse: Any, text: str) -> Any:
    try:
        return ("tree", parse(text))
    except ShorthandError:
        return ("refused",)


def _same(text: str) -> None:
    ours = _outcome(parse_shorthand, text)
    general = _outcome(lambda t: parse_with(GENERAL_PARSER, t), text)
    assert ours == general, text


_PIECES = st.sampled_from(
    [
        "a=", "b=", "Key=", "x", "tcp", "10.0.0.0/8", "'q, w'", '"d \\" e"', "[", "]", "{",
        "}", ",", ",,", " ", "\\,", "@=", "=", "Ip=[{C=1},{C=2}]", "{K=v}", "é", "\t",
        "[]", "[a,b]", ",k=", "V=x,y", "']'", "=]",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, min_size=1, max_size=14).map("".join)


@settings(max_examples=3000)
@given(_TEXTS)
def test_any_text_reads_the_same_with_and_without_the_shortcuts(text: str) -> None:
    _same(text)


@settings(max_examples=1500)
@given(ip_permission_shorthand())
def test_realistic_permissions_read_the_same(text: str) -> None:
    _same(text)


def test_the_general_grammar_shares_the_real_terminals() -> None:
    def terminals(grammar: str) -> dict[str, str]:
        return dict(re.findall(r"^([A-Z_][A-Z_0-9.]*):\s*(.+)$", grammar, re.M))

    shared = terminals(GENERAL)
    real = terminals(REAL)
    assert shared and all(real[name] == body for name, body in shared.items())


def test_the_shortcuts_really_are_taken() -> None:
    # Otherwise the proof above would compare the general rules with themselves.
    from ec2shorthand._syntax.flat import splitter as flat_splitter

    splitter = flat_splitter()
    assert splitter.flat_pairs('Ip=tcp,V=a,b,R=[{C=1,D="x y"}],P=[1,2]') is not None
    assert splitter.flat_pairs("Ip=tcp,,P=1") is None  # two commas: the general rules


def test_the_key_characters_are_spelled_alike_in_the_grammar_and_in_python() -> None:
    from ec2shorthand._syntax.tokens import KEY_CHARS, KEY_CLASS

    grammar_key = re.search(r"^_KEY: /(.+)/$", REAL, re.M)
    assert grammar_key is not None
    assert re.fullmatch(grammar_key[1].replace("\\/", "/"), KEY_CHARS)
    assert all(
        bool(re.fullmatch(KEY_CLASS, char)) == bool(re.fullmatch(grammar_key[1], char))
        for char in map(chr, range(0x250))
    )


def test_the_shipped_parser_tables_are_those_of_the_grammars() -> None:
    from ec2shorthand._syntax._tables import TABLES

    for name in ("shorthand.lark", "port.lark"):
        text = (Path(__file__).parents[2] / "grammars" / name).read_text(encoding="utf-8")
        assert TABLES[name]["grammar"] == text, (
            f"run scripts/build_parser_tables.py: the tables of {name} are stale"
        )
