"""How commands are read from example pages (tests/support/example_pages.py).

The pages here are written for these tests; the installed AWS CLI's own pages
are only counted, never quoted.
"""

from __future__ import annotations

from collections import Counter

import pytest

# Global options are read from the installed AWS CLI's own option table.
pytest.importorskip("awscli")

from example_pages import Example, Unsplittable, extract, extract_page


def one(text: str) -> Example | Unsplittable:
    [found] = extract_page(text, "svc/op.rst")
    return found


def example(text: str) -> Example:
    found = one(text)
    assert isinstance(found, Example), found
    return found


def refused(text: str) -> str:
    found = one(text)
    assert isinstance(found, Unsplittable), found
    return found.reason


def test_a_command_in_a_literal_block() -> None:
    page = "Example::\n\n    aws svc do-thing --name 'a b' --flag\n\nOutput::\n\n    {}\n"
    found = example(page)
    assert (found.service, found.operation, found.argv) == (
        "svc",
        "do-thing",
        ["--name", "a b", "--flag"],
    )
    assert (found.page, found.line, found.end_line) == ("svc/op.rst", 3, 3)
    assert found.cli_args == ["svc", "do-thing", "--name", "a b", "--flag"]


def test_a_command_outside_a_literal_block_is_prose() -> None:
    assert list(extract_page("aws svc do-thing\n", "svc/op.rst")) == []


@pytest.mark.parametrize("prompt", ["$ ", "PS C:\\> ", "C:\\Users\\me> "])
def test_a_prompt_before_the_command_is_skipped(prompt: str) -> None:
    assert example(f"    {prompt}aws svc do-thing --x 1\n").argv == ["--x", "1"]


def test_backslash_newline_continues_the_command() -> None:
    found = example("    aws svc do-thing \\\n        --x 1 \\\n        --y 2\n    next line\n")
    assert found.argv == ["--x", "1", "--y", "2"]
    assert (found.line, found.end_line) == (1, 3)


def test_a_blank_line_ends_a_continued_command() -> None:
    assert example("    aws svc do-thing \\\n\n        --x 1\n").argv == []


def test_blanks_after_the_backslash_still_continue_but_are_noted() -> None:
    found = example("    aws svc do-thing \\  \n        --x 1\n")
    assert found.argv == ["--x", "1"]
    assert "blanks after the continuation character" in found.caveats


def test_windows_caret_continues_the_command() -> None:
    found = example('    aws svc do-thing ^\n        --tags Key=\\"[Group]\\",Value=test\n')
    assert found.argv == ["--tags", 'Key="[Group]",Value=test']
    assert found.caveats == ("cmd continuation",)


def test_an_open_quote_continues_the_command_with_its_newlines() -> None:
    found = example("    aws svc do-thing --doc '{\n        \"a\": 1\n    }' --x 2\n")
    assert found.argv == ["--doc", '{\n        "a": 1\n    }', "--x", "2"]
    assert found.end_line == 3


def test_a_quote_still_open_where_the_block_ends_is_unbalanced() -> None:
    page = "    aws svc do-thing --doc 'it\n    goes on\n\nProse starts here, and isn't code.\n"
    assert refused(page) == "unbalanced quotes"


def test_a_backslash_inside_single_quotes_does_not_continue() -> None:
    assert refused("    aws svc do-thing --x 'a\\\n") == "unbalanced quotes"


def test_a_comment_ends_the_words() -> None:
    assert example("    aws svc do-thing --x 1  # not an argument\n").argv == ["--x", "1"]
    assert example("    aws svc do-thing --x a#b\n").argv == ["--x", "a#b"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("aws svc do-thing --x 1 | jq .", "pipe"),
        ("aws svc do-thing --x 1 > out.json", "redirection"),
        ("aws svc do-thing --name <your-name>", "redirection"),
        ("aws svc do-thing --x 1 <<EOF", "heredoc"),
        ("aws svc do-thing --x 1 && echo done", "command list"),
        ("aws svc do-thing --x 1; echo done", "command list"),
        ("aws svc do-thing --x $(cat file)", "command substitution"),
        ("aws svc do-thing --x `cat file`", "command substitution"),
        ("aws svc do-thing --x $NAME", "variable expansion"),
        ('aws svc do-thing --x "${NAME}"', "variable expansion"),
        ("aws svc do-thing --x (name)", "subshell"),
        ("aws --debug", "no service"),
    ],
)
def test_what_bash_would_not_run_as_one_plain_command_is_refused(line: str, reason: str) -> None:
    assert refused(f"    {line}\n") == reason


def test_quoted_shell_characters_are_plain_text() -> None:
    found = example("    aws svc do-thing --x 'a|b>c $d `e`' --y \"(f); g & h\" --z $ --w a\\|b\n")
    assert found.argv == ["--x", "a|b>c $d `e`", "--y", "(f); g & h", "--z", "$", "--w", "a|b"]


def test_brace_expansion_is_noted_not_performed() -> None:
    found = example("    aws svc do-thing --p IpRanges=[{CidrIp=1.2.3.4/32,Description=x}]\n")
    assert found.argv == ["--p", "IpRanges=[{CidrIp=1.2.3.4/32,Description=x}]"]
    assert found.caveats == ("brace expansion",)
    assert example("    aws svc do-thing --p 'IpRanges=[{CidrIp=a,Description=x}]'\n").caveats == ()
    assert example("    aws svc do-thing --p IpRanges=[{CidrIp=a}]\n").caveats == ()


def test_global_options_before_the_operation_move_after_it() -> None:
    found = example("    aws svc --region us-west-2 --debug do-thing --x 1\n")
    assert (found.operation, found.argv) == (
        "do-thing",
        ["--region", "us-west-2", "--debug", "--x", "1"],
    )
    assert example("    aws --output=json svc do-thing\n").argv == ["--output=json"]


def test_a_command_without_an_operation() -> None:
    found = example("    aws configure\n")
    assert (found.service, found.operation, found.cli_args) == ("configure", "", ["configure"])


def test_several_commands_on_one_page_in_order() -> None:
    page = "    aws a one\n    aws b two | x\n\n    aws c three \\\n      --k v\n"
    found = list(extract_page(page, "p.rst"))
    assert [(type(f).__name__, f.line) for f in found] == [
        ("Example", 1),
        ("Unsplittable", 2),
        ("Example", 4),
    ]


# --- the installed pages ------------------------------------------------------


def test_the_installed_pages_give_thousands_of_commands_and_few_refusals() -> None:
    extraction = extract()
    assert extraction.pages > 5000
    assert len(extraction.examples) > 6500
    assert len(extraction.unsplittable) < 0.03 * len(extraction.examples)
    assert len({e.service for e in extraction.examples}) > 150
    known = {"pipe", "redirection", "heredoc", "command list", "command substitution",
             "variable expansion", "subshell", "unbalanced quotes", "no service",
             "ANSI-C or locale quoting"}  # fmt: skip
    reasons = Counter(u.reason for u in extraction.unsplittable)
    assert set(reasons) <= known | {r for r in reasons if r.startswith("shlex: ")}
    assert all(e.line <= e.end_line for e in extraction.examples)
