"""Properties over arbitrary text: a tree or our own error, never anything else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ec2shorthand import ShorthandError, parse_shorthand

# Text weighted toward the characters the grammar cares about.
_SPECIAL = st.sampled_from([*"=,[]{}'\"\\@ \t\n", "a=", "{a=", "\\,", "file://"])
_TEXT = st.lists(st.one_of(_SPECIAL, st.characters()), max_size=40).map("".join)


@given(st.one_of(_TEXT, st.text()))
def test_any_text_gives_a_tree_or_a_shorthand_error_inside_the_text(text: str) -> None:
    try:
        tree = parse_shorthand(text)
    except ShorthandError as error:
        assert error.pos is not None and 0 <= error.pos <= len(text)
        assert error.lineno is not None and error.colno is not None
        assert str(error)  # renders
    else:
        assert isinstance(tree, dict) and tree
