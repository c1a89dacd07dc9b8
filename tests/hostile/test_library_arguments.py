"""Every public function refuses an argument of the wrong type with a ShorthandError naming it.

The policy (``ec2shorthand/_core/arguments.py``): a wrong type is bad input like
any other, a :class:`ShorthandError` (a ``ValueError``) whose message names the
parameter, what it takes and what it got; never Python's own ``TypeError``,
``AttributeError`` or ``ValueError`` from deep inside. Hypothesis draws the
wrong values; each parameter is tried with every other argument right.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ec2shorthand import (
    FileResolver,
    ShorthandError,
    ShorthandType,
    add_shorthand_argument,
    coerce,
    member_schema,
    parse_command,
    parse_shorthand,
    syntax_docs,
    to_argv,
    to_command,
    to_shorthand,
    validate,
)

INGRESS = "authorize-security-group-ingress"
SCHEMA = {"type": "object", "properties": {"Port": {"type": "integer"}}}
PARAMS = {"GroupId": "sg-1a2b3c4d"}

# Any value at all; each case keeps those of a wrong type for its parameter.
ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.binary(max_size=5),
    st.lists(st.integers(), max_size=3),
    st.tuples(st.integers()),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.sets(st.integers(), max_size=2),
    st.builds(object),
)


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


def _mapping(value: Any) -> bool:
    return isinstance(value, dict)


def _files(value: Any) -> bool:
    return value is None or isinstance(value, bool | FileResolver)


def _optional_mapping(value: Any) -> bool:
    return value is None or isinstance(value, dict)


def _argv(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(item, str) for item in value)


def _text_or_mapping(value: Any) -> bool:
    return isinstance(value, str | dict)


def _size(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _path(value: Any) -> bool:
    return value is None or isinstance(value, str)


# (name, the call with the wrong value put in, which values are right, the parameter's name)
CASES: list[tuple[str, Callable[[Any], Any], Callable[[Any], bool], str]] = [
    ("parse_command", lambda x: parse_command(x, []), _text, "operation"),
    ("parse_command", lambda x: parse_command("describe-instances", x), _argv, "argv"),
    (
        "parse_command",
        lambda x: parse_command("describe-instances", [], service=x),
        _text,
        "service",
    ),
    (
        "parse_command",
        lambda x: parse_command("describe-instances", [], validate=x),
        _flag,
        "validate",
    ),
    ("parse_command", lambda x: parse_command("describe-instances", [], strict=x), _flag, "strict"),
    ("parse_command", lambda x: parse_command("describe-instances", [], files=x), _files, "files"),
    ("to_argv", lambda x: to_argv(x, PARAMS), _text, "operation"),
    ("to_argv", lambda x: to_argv(INGRESS, x), _mapping, "params"),
    ("to_argv", lambda x: to_argv(INGRESS, PARAMS, service=x), _text, "service"),
    ("to_command", lambda x: to_command(x, PARAMS), _text, "operation"),
    ("to_command", lambda x: to_command(INGRESS, x), _mapping, "params"),
    ("to_command", lambda x: to_command(INGRESS, PARAMS, service=x), _text, "service"),
    ("validate", lambda x: validate(x, PARAMS), _text_or_mapping, "operation_or_schema"),
    ("validate", lambda x: validate(INGRESS, x), _mapping, "params"),
    ("validate", lambda x: validate(INGRESS, PARAMS, service=x), _text, "service"),
    ("coerce", lambda x: coerce({"Port": "1"}, x), _mapping, "schema"),
    ("coerce", lambda x: coerce({"Port": "1"}, SCHEMA, x), _optional_mapping, "root"),
    ("member_schema", lambda x: member_schema(x, "IpPermissions"), _text, "operation"),
    ("member_schema", lambda x: member_schema(INGRESS, x), _text, "member"),
    (
        "member_schema",
        lambda x: member_schema(INGRESS, "IpPermissions", service=x),
        _text,
        "service",
    ),
    ("syntax_docs", lambda x: syntax_docs(x), _mapping, "schema"),
    ("syntax_docs", lambda x: syntax_docs(SCHEMA, x), _optional_mapping, "root"),
    ("to_shorthand", lambda x: to_shorthand(x, SCHEMA), _mapping, "value"),
    ("to_shorthand", lambda x: to_shorthand({"Port": 1}, x), _mapping, "schema"),
    ("to_shorthand", lambda x: to_shorthand({"Port": 1}, SCHEMA, x), _optional_mapping, "root"),
    ("parse_shorthand", lambda x: parse_shorthand(x), _text, "text"),
    ("parse_shorthand", lambda x: parse_shorthand("a=b", files=x), _files, "files"),
    ("ShorthandType", lambda x: ShorthandType(x), _mapping, "schema"),
    ("ShorthandType", lambda x: ShorthandType(SCHEMA, files=x), _files, "files"),
    ("ShorthandType", lambda x: ShorthandType(SCHEMA, validate=x), _flag, "validate"),
    ("ShorthandType.read", lambda x: ShorthandType(SCHEMA).read(x), _text, "text"),
    (
        "add_shorthand_argument",
        lambda x: add_shorthand_argument(x, "--port", schema=SCHEMA),
        lambda value: isinstance(value, argparse.ArgumentParser),
        "parser",
    ),
    (
        "add_shorthand_argument",
        lambda x: add_shorthand_argument(argparse.ArgumentParser(), x, schema=SCHEMA),
        _text,
        "flags",
    ),
    (
        "add_shorthand_argument",
        lambda x: add_shorthand_argument(argparse.ArgumentParser(), "--port", schema=x),
        _mapping,
        "schema",
    ),
    (
        "add_shorthand_argument",
        lambda x: add_shorthand_argument(
            argparse.ArgumentParser(), "--port", schema=SCHEMA, help=x
        ),
        lambda value: value is None or isinstance(value, str),
        "help",
    ),
    ("FileResolver", lambda x: FileResolver(x), _path, "base_dir"),
    ("FileResolver", lambda x: FileResolver(max_bytes=x), _size, "max_bytes"),
    ("FileResolver.read", lambda x: FileResolver().read(x), _text, "value"),
]


@pytest.mark.parametrize(
    ("call", "right", "parameter"),
    [case[1:] for case in CASES],
    ids=[f"{case[0]}-{case[3]}" for case in CASES],
)
@settings(max_examples=40)
@given(data=st.data())
def test_a_wrong_type_is_a_shorthand_error_naming_the_parameter(
    call: Callable[[Any], Any], right: Callable[[Any], bool], parameter: str, data: st.DataObject
) -> None:
    wrong = data.draw(ANYTHING.filter(lambda value: not right(value)))
    with pytest.raises(ShorthandError) as raised:
        call(wrong)
    assert f"{parameter}:" in raised.value.msg or f"{parameter} " in raised.value.msg
    if not isinstance(wrong, list | tuple):  # else the message names the item at fault
        assert type(wrong).__name__ in raised.value.msg


def test_every_public_function_is_covered() -> None:
    import ec2shorthand

    callables = {
        name
        for name in ec2shorthand.__all__
        if callable(getattr(ec2shorthand, name))
        and not (isinstance(getattr(ec2shorthand, name), type) and name.endswith(("Error", "Docs")))
    }
    covered = {case[0].split(".")[0] for case in CASES}
    assert callables - {"Diagnostic", "Location", "MemberDoc"} <= covered
