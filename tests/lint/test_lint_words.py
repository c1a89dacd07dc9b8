"""Bash's reading of a word, each character tied to the file characters it came from."""

from __future__ import annotations

import pytest

from ec2shorthand.lint.shell import parse_commands
from ec2shorthand.lint.snippet import Snippet
from ec2shorthand.lint.words import UNKNOWN_PLACEHOLDER, Word


def words(text: str) -> list[Word]:
    """The words of the first command in ``text``, after its name."""
    return parse_commands(Snippet.whole(text))[0].words(1)


def sources(text: str, word: Word) -> list[str]:
    """The file text each character of ``word`` came from."""
    return [text[s:e] for s, e in zip(word.starts, word.ends, strict=True)]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("plain", "plain"),
        ("'single $X \\n'", "single $X \\n"),
        ('"double \\" \\\\ \\$ \\x"', 'double " \\ $ \\x'),
        ("$'ansi\\n\\t\\x41\\u00e9\\101\\'\\cA'", "ansi\n\tAé" + "A'\x01"),
        ("a'b'\"c\"$'d'", "abcd"),
        ("esc\\aped\\ space", "escaped space"),
        ('$"translated"', "translated"),
    ],
)
def test_quote_removal_and_escapes(written: str, read: str) -> None:
    (word,) = words(f"echo {written}\n")
    assert word.text == read
    assert word.unknown == ()


def test_each_character_maps_to_its_source() -> None:
    text = "echo a'b c'\"\\\"d\"$'\\n'\n"
    (word,) = words(text)
    assert word.text == 'ab c"d\n'
    assert sources(text, word) == ["a", "b", " ", "c", '\\"', "d", "\\n"]
    assert (word.file_start, word.file_end) == (5, len(text) - 1)


def test_a_line_continuation_inside_a_word_joins_it() -> None:
    text = "echo IpRanges=[{CidrIp=10.0.0.0/8}]\\\n,Next=1 other\n"
    first, second = words(text)
    assert first.text == "IpRanges=[{CidrIp=10.0.0.0/8}],Next=1"
    assert second.text == "other"
    comma = first.text.index(",")
    assert text[first.starts[comma]] == ","
    assert text.count("\n", 0, first.starts[comma]) == 1  # on the second line


def test_a_line_continuation_inside_double_quotes_is_removed() -> None:
    (word,) = words('echo "ab\\\ncd"\n')
    assert word.text == "abcd"


@pytest.mark.parametrize(
    "expansion", ["$VAR", "${VAR:-x}", "$(date +%s)", "`date`", "$((1 + 2))", "$1"]
)
def test_expansions_are_unknown_values_mapped_to_their_whole_text(expansion: str) -> None:
    text = f"echo pre{expansion}-post\n"
    (word,) = words(text)
    assert word.text == f"pre{UNKNOWN_PLACEHOLDER}-post"
    (span,) = word.unknown
    assert sources(text, word)[span[0]] == expansion
    assert not word.is_known
    assert word.known_text(0, 3) and not word.known_text(0, 4)


def test_an_expansion_in_double_quotes_is_unknown_and_single_quotes_keep_it() -> None:
    double, single = words("echo \"a $B c\" 'a $B c'\n")
    assert double.text == f"a {UNKNOWN_PLACEHOLDER} c"
    assert double.unknown == ((2, 3),)
    assert single.text == "a $B c"
    assert single.unknown == ()


def test_tilde_at_the_start_is_the_home_folder() -> None:
    home, inside = words("echo ~/x a~b\n")
    assert home.unknown == ((0, 1),)
    assert inside.text == "a~b" and inside.unknown == ()


def test_only_unquoted_expansion_characters_are_active() -> None:
    (word,) = words("echo a{b,c}'{d,e}'\\{\"*\"?[x]\n")
    active = "".join(word.text[at] for at in sorted(word.active))
    assert word.text == "a{b,c}{d,e}{*?[x]"
    assert active == "{,}?[]"


def test_quoting_parts_are_recorded() -> None:
    text = "echo 'A=[{D='RDP x\n"
    word, _ = words(text)
    kinds = [(part.kind, word.text[part.start : part.end]) for part in word.parts]
    assert kinds[:2] == [("single", "A=[{D="), ("bare", "RDP")]
    assert text[word.parts[0].file_start : word.parts[0].file_end] == "'A=[{D='"


def test_non_ascii_text_keeps_character_offsets() -> None:
    text = "echo é'ü' \"日本\" x\n"
    first, second, third = words(text)
    assert (first.text, second.text, third.text) == ("éü", "日本", "x")
    assert sources(text, second) == ["日", "本"]
    assert text[third.file_start] == "x"


def test_an_empty_word_points_at_its_quotes() -> None:
    text = "echo '' x\n"
    empty, _ = words(text)
    assert empty.text == ""
    assert empty.file_span(0, 0) == (5, 7)


@pytest.mark.parametrize(
    "written",
    [
        "desiredSize=$D,minSize=$MIN,maxSize=3",  # tree-sitter leaves the second $ alone
        'Key=$K,Value="$V-$W"',
        "a=${A},b=$1,c=$@",
    ],
)
def test_every_variable_in_a_word_is_unknown(written: str) -> None:
    (word,) = words(f"echo {written}\n")
    texts = [word.text[start:end] for start, end in word.unknown]
    assert texts == [UNKNOWN_PLACEHOLDER] * written.count("$")
    assert "$" not in word.text
