"""One minimal case for each crash the fuzzers (fuzz/) found, and for each limit they led to.

Each test names the harness that found its input; fuzz/RESULTS.md lists them.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from bounded import run_bounded

from ec2shorthand import (
    CommandLineError,
    ShorthandError,
    ShorthandSyntaxError,
    coerce,
    parse_command,
    parse_shorthand,
    to_argv,
    to_shorthand,
    validate,
)
from ec2shorthand._core.paths import format_path
from ec2shorthand._model.operation import get_operation
from ec2shorthand._syntax.documents import load_yaml
from ec2shorthand.customizations.ec2_port import parse_port

INGRESS = "authorize-security-group-ingress"


def _located_on(error: ShorthandError, item: int) -> None:
    assert error.location is not None and error.location.item == item


# --- fuzz_parse_command -------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--cli-input-json", "--cli-input-yaml"])
def test_an_input_document_given_as_opt_equals_double_dash(option: str) -> None:
    # argparse takes `--` away from `--opt=--` and leaves an empty list (was AttributeError).
    with pytest.raises(CommandLineError, match="document, got no text") as raised:
        parse_command("describe-instances", [f"{option}=--"], files=None)
    _located_on(raised.value, 0)


def test_a_structure_given_as_opt_equals_double_dash_is_sent_as_the_aws_cli_sends_it() -> None:
    # Was IndexError. The AWS CLI sends the empty list, and its validation refuses it.
    argv = ["--launch-template-name", "web", "--launch-template-data=--"]
    request = parse_command("create-launch-template", argv, validate=False, files=None)
    assert request == {"LaunchTemplateName": "web", "LaunchTemplateData": []}
    with pytest.raises(ShorthandError, match="expected a structure, got a list"):
        parse_command("create-launch-template", argv, files=None)


def test_a_query_given_as_opt_equals_double_dash() -> None:
    with pytest.raises(CommandLineError, match="--query: expected a JMESPath") as raised:
        parse_command("describe-instances", ["--dry-run", "--query=--"], files=None)
    _located_on(raised.value, 1)


def test_an_endpoint_url_that_urlsplit_refuses() -> None:
    # urllib's "Invalid IPv6 URL" (a ValueError) escaped.
    with pytest.raises(CommandLineError, match="--endpoint-url: not a URL") as raised:
        parse_command("describe-instances", ["--endpoint-url", "file://x [,*"], files=None)
    _located_on(raised.value, 1)


def test_an_ambiguous_abbreviation_is_located() -> None:
    with pytest.raises(CommandLineError, match="ambiguous option: --group could") as raised:
        parse_command(INGRESS, ["--dry-run", "--group", "x"], files=None)
    _located_on(raised.value, 1)


def test_help_and_a_skeleton_are_located() -> None:
    with pytest.raises(CommandLineError, match="'help'") as raised:
        parse_command("describe-instances", ["--dry-run", "help"], files=None)
    _located_on(raised.value, 1)
    with pytest.raises(CommandLineError, match="asks for a skeleton") as raised:
        parse_command("describe-instances", ["--dry-run", "--generate-cli-skel"], files=None)
    _located_on(raised.value, 1)


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x7f", "\ufffe"])
def test_a_character_yaml_forbids(character: str) -> None:
    # PyYAML's ReaderError was raised before our handler (while the loader was made).
    text = f"GroupId: sg-1a2b3c4d{character}"
    with pytest.raises(ShorthandSyntaxError, match=r"the character U\+[0-9A-F]{4}") as raised:
        load_yaml(text)
    assert raised.value.pos == len("GroupId: sg-1a2b3c4d")
    with pytest.raises(ShorthandSyntaxError, match="not allowed in YAML"):
        parse_command(INGRESS, ["--cli-input-yaml", text], files=None)


def test_the_yaml_alias_budget_error_is_said_once() -> None:
    # It is a ValueError too: it was caught and wrapped again ("invalid YAML: ... (at ...)").
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 7)]
    with pytest.raises(ShorthandSyntaxError) as raised:
        load_yaml("\n".join(levels))
    assert raised.value.msg.startswith("YAML aliases expand")
    assert "(at line" not in raised.value.msg


# --- fuzz_parse_shorthand: the quoted-value pattern, memory-safe and still the AWS CLI's ---

# The AWS CLI's patterns (awscli/shorthand.py), as plain regexes (the oracle's).
_AWS_QUOTED = {
    "'": re.compile(r"'(?:\\'|[^'])*'"),
    '"': re.compile(r'"(?:\\"|[^"])*"'),
}


def test_quoted_values_end_where_the_aws_cli_ends_them() -> None:
    # Every text of up to 6 characters over the characters that matter.
    for length in range(7):
        for chars in itertools.product("'\"\\a,=", repeat=length):
            for quote in "'\"":
                body = "".join(chars)
                match = _AWS_QUOTED[quote].match(quote + body)
                text = f"a={quote}{body}"
                try:
                    parsed = parse_shorthand(text)
                except ShorthandError:
                    continue
                if match is not None and match.end() == len(quote + body):
                    value = match.group()[1:-1].replace("\\" + quote, quote).replace("\\\\", "\\")
                    assert parsed == {"a": value}, text


# --- the writers and the library's own entry points (fuzz_write) --------------------------


def _deep(levels: int) -> dict[str, Any]:
    value: Any = {"S": "x"}
    for _ in range(levels):
        value = {"M": {"a": value}}
    return {"TableName": "t", "Item": {"k": value}}


@pytest.mark.parametrize(
    "call",
    [
        lambda p: validate("put-item", p, service="dynamodb"),
        lambda p: to_argv("put-item", p, service="dynamodb"),
        lambda p: to_shorthand(p, get_operation("dynamodb", "put-item").schema),
        lambda p: coerce(p, get_operation("dynamodb", "put-item").schema),
    ],
    ids=["validate", "to_argv", "to_shorthand", "coerce"],
)
def test_a_request_deeper_than_a_command_line_can_be(call: Any) -> None:
    # dynamodb's AttributeValue refers to itself: these recursed into RecursionError.
    with pytest.raises(ShorthandError, match="nested more than 100 levels deep"):
        call(_deep(600))
    call(_deep(20))  # what a command line can hold still works


@pytest.mark.parametrize(
    ("build", "said"),
    [
        (
            "params = {'GroupId': 'sg-1a2b3c4d'}\nparams['IpPermissions'] = [params]",
            "holds itself (at IpPermissions[0])",
        ),
        (
            "shared = ['x']\nfor _ in range(90): shared = [shared, shared]\n"
            "params = {'IpPermissions': shared}",
            "more than 10000000 values",
        ),
    ],
    ids=["holds-itself", "2**90-shared"],
)
@pytest.mark.parametrize("function", ["validate", "to_argv"])
def test_a_value_that_holds_itself_or_expands_past_any_request(
    build: str, said: str, function: str
) -> None:
    # validate walked the first forever (to 14 GB): in a child, under a cap.
    call = f"measure(lambda: {function}({INGRESS!r}, params))"
    found = run_bounded(f"from ec2shorthand import {function}\n{build}\n{call}")
    assert found.outcome == "ShorthandError", found.details
    assert said in found["message"]


def test_shorthand_never_carries_a_nul() -> None:
    schema = get_operation("ec2", INGRESS).schema
    permission = {
        "IpProtocol": "tcp",
        "IpRanges": [{"CidrIp": "10.0.0.0/8", "Description": "\x00"}],
    }
    with pytest.raises(ShorthandError, match="cannot carry a NUL"):
        to_shorthand(permission, schema["$defs"]["IpPermission"], schema)


def test_long_keys_and_paths_are_cut_in_messages() -> None:
    path = format_path(("IpPermissions", 0, "k" * 100_000))
    assert len(path) < 150 and "(99940 more)" in path
    assert len(format_path(("a" * 50,) * 100)) < 400


# --- fuzz_port ----------------------------------------------------------------------------


@pytest.mark.parametrize("separator", ["\x1c", "\x1d", "\x1e", "\x1f"])
def test_a_port_with_a_separator_that_int_refuses(separator: str) -> None:
    # str.isspace() calls these blank, the grammar took them, and int() raised ValueError.
    with pytest.raises(ShorthandSyntaxError):
        parse_port(f"{separator}1")
    with pytest.raises(ShorthandSyntaxError):
        parse_port(f"1-2{separator}")
    assert parse_port("\x0b1\u3000") == (1, 1)  # the blanks int() does take


def test_every_blank_and_digit_reads_as_int_reads_it() -> None:
    for code in range(0x110000):
        char = chr(code)
        if not (char.isspace() or char.isdecimal()):
            continue
        for text in (f"{char}1", f"1{char}", char):
            try:
                expected: tuple[int, int] | None = (int(text), int(text))
            except ValueError:
                expected = None
            try:
                found: tuple[int, int] | None = parse_port(text)
            except ShorthandSyntaxError:
                found = None
            assert found == expected, repr(text)
