"""A ``--query`` nested hundreds deep is refused with its position, never a RecursionError.

jmespath parses recursively: 400 to 600 levels of parentheses, ``!``, brackets or a
JSON literal's arrays exhaust Python's stack (the AWS CLI v1 itself prints "maximum
recursion depth exceeded"). The query is refused before jmespath sees it, past
``MAX_NESTING`` levels, the same bound as a document's values. Each case runs in a
child under a memory cap (``bounded.run_bounded``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bounded import run_bounded
from hypothesis import given
from hypothesis import strategies as st

from ec2shorthand import CommandLineError, ShorthandError, parse_command

DESCRIBE = "describe-security-groups"
DEEP = {
    "parentheses": "(" * 600 + "a" + ")" * 600,
    "not": "!" * 600 + "a",
    "brackets": "[" * 600,
    "closed-brackets": "[" * 600 + "a" + "]" * 600,
    "literal": "`" + "[" * 1200 + "]" * 1200 + "`",
    "not-and-parentheses": "!(" * 300 + "a" + ")" * 300,
    "expression-references": "sort_by(@, " + "& " * 600 + "a)",
    "multiselect-hash": "{a: " * 600 + "b" + "}" * 600,
}


@pytest.mark.parametrize("query", list(DEEP.values()), ids=list(DEEP))
def test_a_deep_query_is_refused_with_its_position(query: str) -> None:
    found = run_bounded(
        f"""
        from ec2shorthand import CommandLineError
        def call():
            try:
                parse_command({DESCRIBE!r}, ["--query", {query!r}])
            except CommandLineError as error:
                return (error.option, error.pos, error.location.item, error.msg)
        measure(call)
        """
    )
    assert found.outcome == "ok", found.details
    assert "nested more than 100 levels deep" in found["value"]
    assert found["value"].startswith("(None, ") or "'--query'" in found["value"]


def test_the_position_is_where_the_nesting_passes_the_bound() -> None:
    query = "(" * 150 + "a" + ")" * 150
    with pytest.raises(CommandLineError, match="nested more than 100 levels deep") as raised:
        parse_command(DESCRIBE, ["--query", query])
    assert raised.value.location is not None and raised.value.location.item == 1
    assert raised.value.pos == 100  # the 101st '('


def test_a_query_at_the_bound_and_brackets_in_strings_are_read() -> None:
    # Deep but within the bound, and brackets that are text (in quotes), pass to jmespath.
    within = "(" * 100 + "a" + ")" * 100
    assert parse_command(DESCRIBE, ["--query", within]) == {}
    quoted = "[?GroupName=='" + "(" * 500 + "'] || \"" + "[" * 500 + '"'
    assert parse_command(DESCRIBE, ["--query", quoted]) == {}


@pytest.mark.parametrize("subcommand", ["parse", "validate"])
def test_the_cli_says_so_and_exits_1(subcommand: str) -> None:
    argv = [subcommand, DESCRIBE, "--query", DEEP["parentheses"]]
    found = run_bounded(f"measure_cli({argv!r})")
    assert found.outcome == "exit" and found["code"] == 1, found.details
    assert "nested more than 100 levels deep" in found["stderr"] + found["stdout"]
    assert "Traceback" not in found["stderr"] and "Recursion" not in found["stderr"]


def test_a_script_holding_one_does_not_stop_the_lint_run(tmp_path: Path) -> None:
    deep = tmp_path / "deep.sh"
    deep.write_text(f"aws ec2 {DESCRIBE} --query '{DEEP['parentheses']}'\n")
    assert 1_100 < deep.stat().st_size < 1_400  # the 1.2 KB script
    other = tmp_path / "other.sh"
    other.write_text(
        "aws ec2 authorize-security-group-ingress --group-id sg-1a2b3c4d"
        " --protocol tcp --port 70000 --cidr 10.0.0.0/8\n"
    )
    found = run_bounded(f"measure_cli(['lint', {str(tmp_path)!r}])")
    assert found.outcome == "exit" and found["code"] == 1, found.details
    said = found["stdout"] + found["stderr"]
    assert "deep.sh:1:" in said and "nested more than 100 levels deep" in said
    assert "other.sh:1:" in said and "2 file(s) checked" in said  # the other file too
    assert "Traceback" not in said and "Recursion" not in said


# Runs of jmespath's nesting tokens, long enough to pass the stack when nothing bounds them.
_TOKENS = [
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "!",
    "& ",
    "*",
    "[*]",
    "[]",
    "[?",
    ".",
    "a",
    "a:",
    "|",
    "||",
    ",",
    "==",
    "'",
    '"',
    "`",
    "`[",
    "]`",
    " ",
]


@given(st.lists(st.tuples(st.sampled_from(_TOKENS), st.integers(1, 1000)), max_size=6))
def test_no_query_exhausts_the_stack(runs: list[tuple[str, int]]) -> None:
    query = "".join(token * count for token, count in runs)
    try:
        parse_command(DESCRIBE, ["--query", query])
    except ShorthandError as error:
        assert "too deeply for jmespath" not in error.msg  # the scan saw it first
