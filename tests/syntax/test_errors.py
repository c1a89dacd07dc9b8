"""How errors read: position, line and column, caret, and the exception hierarchy."""

from __future__ import annotations

import pytest

from ec2shorthand import (
    DuplicateKeyError,
    ShorthandError,
    ShorthandSyntaxError,
    parse_shorthand,
)
from ec2shorthand._syntax.parse import MAX_NESTING


def _error(text: str) -> ShorthandError:
    with pytest.raises(ShorthandError) as caught:
        parse_shorthand(text)
    return caught.value


def test_error_renders_message_position_and_caret() -> None:
    error = _error("a=[b,c")
    assert str(error) == (
        "unexpected end of input: expected ',' or ']' after a list item (at line 1, column 7)\n"
        "  a=[b,c\n"
        "        ^"
    )


def test_end_of_input_is_reported_at_the_end_not_at_the_last_token() -> None:
    error = _error("a={b=c")
    assert error.pos == len("a={b=c")


def test_line_and_column_count_from_one_on_the_failing_line() -> None:
    error = _error("a=b,\nc='open")
    assert (error.lineno, error.colno, error.pos) == (2, 3, 7)
    assert str(error).endswith("  c='open\n    ^")


def test_caret_keeps_tabs_so_it_lines_up() -> None:
    error = _error("a=[\tb}")
    assert error.caret() == "  a=[\tb}\n     \t ^"


def test_long_lines_are_cut_around_the_caret() -> None:
    text = "a=[" + ",".join(["x"] * 500) + "}"
    rendered = _error(text).caret()
    first, second = rendered.splitlines()
    assert first.startswith("  ...") and len(first) < 140
    assert second.index("^") == first.index("}")


def test_hierarchy_is_valueerror_and_specific() -> None:
    assert issubclass(ShorthandError, ValueError)
    assert isinstance(_error("a=1,a=2"), DuplicateKeyError)
    assert isinstance(_error("a=1,a=2"), ShorthandSyntaxError)
    assert isinstance(_error("a='x"), ShorthandSyntaxError)


def test_nesting_up_to_the_limit_parses() -> None:
    depth = MAX_NESTING
    node = parse_shorthand("a=" + "[" * depth + "]" * depth)["a"]
    for _ in range(depth - 1):
        assert len(node) == 1
        node = node[0]
    assert node == []


def test_deeper_nesting_is_an_error_not_a_crash() -> None:
    depth = 5000
    error = _error("a=" + "[" * depth + "]" * depth)
    assert isinstance(error, ShorthandSyntaxError)
    assert "nested more than" in error.msg
    assert error.pos is not None and 0 <= error.pos < 2 * depth + 2
