"""Hypothesis strategies that write EC2 ``IpPermission`` values as shorthand text.

The strategies return texts only: what a text means is asked of the oracle
(``oracle.aws_coerced`` / ``oracle.aws_request``), never taken from here.  A
text is written from a value with random but valid-looking spelling: keys
shuffled, strings bare or in either quote, ``\\,`` for commas in bare strings,
whitespace around ``=``, ``,`` and inside brackets, a one-item list of
structures written as the bare structure, trailing commas in ``[]``/``{}``,
integers with ``+``, leading zeros, spaces or quotes.  A small share of texts
is then corrupted (a bracket, quote or comma dropped, a key repeated, a space
where a comma belongs), so rejections are exercised too.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st

__all__ = [
    "DEFAULT_CORRUPTION_RATE",
    "IP_PERMISSION_SHAPE",
    "any_shorthandish_text",
    "ip_permission_shorthand",
    "ip_permission_values",
    "ip_permissions_argv",
    "shorthand_texts",
]

DEFAULT_CORRUPTION_RATE = 0.1

# The IpPermission structure of the EC2 model: member -> scalar type, or the
# members of the structure its list holds (test_oracle_harness checks this
# against botocore's model).
IP_PERMISSION_SHAPE: dict[str, Any] = {
    "IpProtocol": "string",
    "FromPort": "integer",
    "ToPort": "integer",
    "UserIdGroupPairs": [
        "Description", "UserId", "GroupName", "GroupId",
        "VpcId", "VpcPeeringConnectionId", "PeeringStatus",
    ],
    "IpRanges": ["Description", "CidrIp"],
    "Ipv6Ranges": ["Description", "CidrIpv6"],
    "PrefixListIds": ["Description", "PrefixListId"],
}  # fmt: skip

# --- values ----------------------------------------------------------------

# Characters that make a value hard to write: the grammar's punctuation,
# quotes, escapes, whitespace and a few non-ASCII ones (NBSP, LINE SEPARATOR,
# an astral emoji).
_NASTY_CHARS = " ,='\"\\[]{}@#:/\t\n" + "é\u00a0\u2028\U0001f600"


def _nasty_text() -> st.SearchStrategy[str]:
    return st.text(
        alphabet=st.one_of(st.sampled_from(_NASTY_CHARS), st.characters(codec="utf-8")),
        max_size=12,
    )


def _or_nasty(realistic: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(realistic, _nasty_text())


def _hex_id(prefix: str) -> st.SearchStrategy[str]:
    return st.from_regex(rf"{prefix}-[0-9a-f]{{8}}([0-9a-f]{{9}})?", fullmatch=True)


def _cidr_ipv4() -> st.SearchStrategy[str]:
    return st.builds(
        lambda address, length: f"{address}/{length}",
        st.ip_addresses(v=4),
        st.integers(0, 32),
    )


def _cidr_ipv6() -> st.SearchStrategy[str]:
    return st.builds(
        lambda address, length: f"{address}/{length}",
        st.ip_addresses(v=6),
        st.integers(0, 128),
    )


def _ports() -> st.SearchStrategy[int]:
    return st.one_of(
        st.sampled_from([22, 80, 443, -1, 0, 3389, 65535]),
        st.integers(-1, 65535),
        st.integers(-(2**40), 2**40),
    )


_DESCRIPTIONS = st.sampled_from(["SSH from the office", "HTTPS", "db tier", "legacy, do not use"])

_STRING_FIELDS: dict[str, st.SearchStrategy[str]] = {
    "IpProtocol": st.sampled_from(["tcp", "udp", "icmp", "icmpv6", "-1", "6", "17", "58", "all"]),
    "CidrIp": _cidr_ipv4(),
    "CidrIpv6": _cidr_ipv6(),
    "PrefixListId": _hex_id("pl"),
    "GroupId": _hex_id("sg"),
    "GroupName": st.sampled_from(["default", "web", "my-security-group", "db_sg.1"]),
    "UserId": st.from_regex(r"[0-9]{12}", fullmatch=True),
    "VpcId": _hex_id("vpc"),
    "VpcPeeringConnectionId": _hex_id("pcx"),
    "PeeringStatus": st.sampled_from(["active", "pending-acceptance", "deleted"]),
    "Description": _DESCRIPTIONS,
}


def _structure(members: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {}, optional={name: _or_nasty(_STRING_FIELDS[name]) for name in members}
    )


def ip_permission_values() -> st.SearchStrategy[dict[str, Any]]:
    """IpPermission dicts as the EC2 model describes them: any subset of keys."""
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, kind in IP_PERMISSION_SHAPE.items():
        if kind == "integer":
            optional[name] = _ports()
        elif kind == "string":
            optional[name] = _or_nasty(_STRING_FIELDS[name])
        else:
            optional[name] = st.lists(_structure(kind), max_size=3)
    return st.fixed_dictionaries({}, optional=optional)


# --- spelling ----------------------------------------------------------------

Draw = st.DrawFn

# A bare string may hold none of these (a comma only escaped as "\,").
_NOT_BARE = frozenset(",'\"[]{}")
# A bare list item after a comma ("K=a,b") may not hold '=' either.
_NOT_BARE_IN_CSV = _NOT_BARE | {"="}
_WHITESPACE = st.sampled_from(["", "", "", "", " ", " ", "  ", "\t", "\n", " \n "])


def _bare_ok(text: str, *, in_csv: bool) -> bool:
    """Whether ``text`` can be written unquoted and still look valid."""
    forbidden = _NOT_BARE_IN_CSV if in_csv else _NOT_BARE
    return (
        text != ""
        and not text[0].isspace()
        and not text[-1].isspace()
        and text[0] != "="
        and not text.endswith("\\")
        and all(
            char == "," or char.isspace() or (char not in forbidden and char.isprintable())
            for char in text
        )
        and all(ord(char) <= 0xFFFF for char in text)
    )


def _quoted(draw: Draw, text: str, quote: str) -> str:
    # Backslashes are doubled; one before an ordinary character may be left
    # single, as a user writing a Windows path would.
    lenient = draw(st.sampled_from([False, False, False, True]))
    escaped = []
    for index, char in enumerate(text):
        after = text[index + 1 : index + 2]
        if char == "\\":
            single = lenient and after not in ("", "\\", quote)
            escaped.append("\\" if single else "\\\\")
        elif char == quote:
            escaped.append("\\" + quote)
        else:
            escaped.append(char)
    return quote + "".join(escaped) + quote


def _string(draw: Draw, text: str, *, in_csv: bool = False, top: bool = False) -> str:
    spellings = ["bare"] if _bare_ok(text, in_csv=in_csv) or (top and text == "") else []
    spellings += ["single", "double"]
    spelling = draw(st.sampled_from(spellings))
    if spelling == "bare":
        return text.replace(",", "\\,")
    return _quoted(draw, text, "'" if spelling == "single" else '"')


def _integer(draw: Draw, number: int) -> str:
    digits = str(abs(number)).zfill(draw(st.sampled_from([0, 0, 0, 3])))
    sign = "-" if number < 0 else draw(st.sampled_from(["", "", "", "+"]))
    text = sign + digits
    quote = draw(st.sampled_from(["", "", "", "", "'", '"']))
    if quote:
        text = draw(st.sampled_from(["", " "])) + text + draw(st.sampled_from(["", " "]))
    return quote + text + quote


def _scalar(draw: Draw, value: Any, *, in_csv: bool = False, top: bool = False) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return _integer(draw, value)
    return _string(draw, str(value), in_csv=in_csv, top=top)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, Mapping | list)


def _nested(draw: Draw, value: Any) -> str:
    """A value inside ``{...}`` or ``[...]``."""
    if isinstance(value, Mapping):
        return _hash(draw, value)
    if isinstance(value, list):
        if len(value) == 1 and draw(st.booleans()):
            return _nested(draw, value[0])  # the CLI wraps a lone item in a list
        return _list(draw, value)
    return _scalar(draw, value)


def _bracketed(draw: Draw, opening: str, items: list[str], closing: str) -> str:
    pieces = [opening, draw(_WHITESPACE)]
    for index, item in enumerate(items):
        if index:
            pieces += [draw(_WHITESPACE), ",", draw(_WHITESPACE)]
        pieces.append(item)
    if items and draw(st.sampled_from([False, False, True])):  # a trailing comma
        pieces += [draw(_WHITESPACE), ","]
    pieces += [draw(_WHITESPACE), closing]
    return "".join(pieces)


def _hash(draw: Draw, value: Mapping[str, Any]) -> str:
    keys = draw(st.permutations(list(value)))
    items = [
        key + draw(_WHITESPACE) + "=" + draw(_WHITESPACE) + _nested(draw, value[key])
        for key in keys
    ]
    return _bracketed(draw, "{", items, "}")


def _list(draw: Draw, value: list[Any]) -> str:
    return _bracketed(draw, "[", [_nested(draw, item) for item in value], "]")


def _top_value(draw: Draw, value: Any) -> str:
    """A value right after ``Key=`` at the top level."""
    scalars = isinstance(value, list) and len(value) > 1 and all(map(_is_scalar, value))
    if scalars and draw(st.booleans()):  # the bare comma list: K=a,b,c
        first = _scalar(draw, value[0], top=True)
        rest = [_scalar(draw, item, in_csv=True) for item in value[1:]]
        return ",".join([first, *rest])
    if _is_scalar(value):
        return _scalar(draw, value, top=True)
    return _nested(draw, value)


@st.composite
def shorthand_texts(
    draw: Draw, value: Mapping[str, Any], corruption_rate: float = DEFAULT_CORRUPTION_RATE
) -> str:
    """Texts that spell the top-level structure ``value`` in shorthand.

    With probability ``corruption_rate`` the text is deliberately broken.
    """
    keys = draw(st.permutations(list(value)))
    parts = [
        key + draw(_WHITESPACE) + "=" + draw(_WHITESPACE) + _top_value(draw, value[key])
        for key in keys
    ]
    separators = [draw(_WHITESPACE) + "," + draw(_WHITESPACE) for _ in parts[1:]]
    # Whitespace at the very end: fine after a scalar, rejected by the CLI
    # after a closing bracket.
    trailing = draw(st.sampled_from(["", "", "", "", "", "", "", "", " ", "\n"]))
    corrupt = draw(st.integers(0, 999)) >= 1000 - round(corruption_rate * 1000)
    if corrupt:
        return _corrupted(draw, parts, separators) + trailing
    return _joined(parts, separators) + trailing


def _joined(parts: list[str], separators: list[str]) -> str:
    pairs = zip(separators, parts[1:], strict=True)
    return "".join(parts[:1]) + "".join(sep + part for sep, part in pairs)


def _corrupted(draw: Draw, parts: list[str], separators: list[str]) -> str:
    kind = draw(st.sampled_from(["bracket", "quote", "comma", "duplicate key", "space for comma"]))
    if kind == "duplicate key" and parts:
        index = draw(st.integers(0, len(parts) - 1))
        return _joined([*parts, parts[index]], [*separators, ","])
    if kind == "space for comma" and parts:
        if len(separators) > 0 and draw(st.booleans()):
            index = draw(st.integers(0, len(separators) - 1))
            separators = [*separators[:index], " ", *separators[index + 1 :]]
            return _joined(parts, separators)
        return _joined([*parts, draw(st.sampled_from(parts))], [*separators, " "])
    text = _joined(parts, separators)
    targets = {"bracket": "[]{}", "quote": "'\"", "comma": ","}.get(kind, "")
    positions = [index for index, char in enumerate(text) if char in targets]
    if not positions:
        return text
    index = draw(st.sampled_from(positions))
    return text[:index] + text[index + 1 :]


@st.composite
def ip_permission_shorthand(draw: Draw, corruption_rate: float = DEFAULT_CORRUPTION_RATE) -> str:
    """One ``--ip-permissions`` item as shorthand text.

    The empty IpPermission is left out: it has no shorthand spelling.
    """
    value = draw(ip_permission_values().filter(bool))
    return str(draw(shorthand_texts(value, corruption_rate)))


def ip_permissions_argv(
    corruption_rate: float = DEFAULT_CORRUPTION_RATE,
) -> st.SearchStrategy[list[str]]:
    """The values after ``--ip-permissions``: one to three shorthand texts."""
    return st.lists(ip_permission_shorthand(corruption_rate), min_size=1, max_size=3)


# --- arbitrary text ------------------------------------------------------------

# Weighted toward the grammar's special characters by repetition.
_SHORTHANDISH_TOKENS = (
    list("=,[]{}'\"\\@ \t\n") * 4
    + list("abcxyzKV" + string.digits[:4] + "-_.#/:")
    + ["file://", "é", "\u00a0", "\u2028", "\U0001f600"]
)


def any_shorthandish_text() -> st.SearchStrategy[str]:
    """Arbitrary text of 0..60 characters, heavy on the grammar's punctuation."""
    return st.lists(st.sampled_from(_SHORTHANDISH_TOKENS), max_size=60).map(
        lambda tokens: "".join(tokens)[:60]
    )
