"""Option values the AWS CLI reads otherwise than they look: JSON, URLs, ``--port all``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

from ..hits import Hit
from ..words import Word

__all__ = ["option_values", "port_all_with_tcp", "read_as_json", "url_fetched"]

# `[{Key=` or `{Key=`: shorthand behind a JSON opener.
_SHORTHAND_AFTER_OPENER = re.compile(r"\s*[\[{]+\s*[\w.#/:-]+@?=")
# Options whose value is a URL the AWS CLI does not fetch (by their names' ending).
_URL_NAMES = re.compile(r"(url|uri|urls|uris|endpoint|location|redirect|target)$")
_URL = re.compile(r"https?://", re.IGNORECASE)
# The options whose values are text for a purpose other than the request (JMESPath, ...).
_NOT_REQUEST = frozenset({"--query", "--endpoint-url", "--ca-bundle", "--profile", "--region"})
_TCP_OR_UDP = frozenset({"tcp", "udp", "6", "17"})
_ALL_PORTS = frozenset({"all", "-1"})


def option_values(args: Sequence[Word]) -> Iterator[tuple[str, int, Word, int]]:
    """(option, item, word, offset of the value in the word) for each value given to an option.

    ``--opt value`` and ``--opt=value`` both count; the values of a list option
    all belong to it.
    """
    option = None
    for index, word in enumerate(args):
        text = word.text
        if text.startswith("--"):
            option, _, value = text.partition("=")
            if value or text.endswith("="):
                yield option, index, word, len(option) + 1
        elif option is not None:
            yield option, index, word, 0


def read_as_json(args: Sequence[Word]) -> Iterator[Hit]:
    """A shorthand value that starts with ``[`` or ``{``: the AWS CLI reads it as JSON."""
    for option, index, word, offset in option_values(args):
        value = word.text[offset:]
        if option in _NOT_REQUEST or not _SHORTHAND_AFTER_OPENER.match(value):
            continue
        if not word.known_text(offset) or _is_json(value):
            continue
        stripped = value.lstrip()
        opener = offset + len(value) - len(stripped)
        message = (
            f"the AWS CLI reads a value that starts with {stripped[0]!r} as JSON, and this value "
            f"is shorthand (it fails as JSON)"
        )
        hint = (
            "start the value with its first key: give each item of a list as a word of its "
            "own ('Key=...,Other=...'), or write the value as JSON"
        )
        start, end = word.file_span(opener, opener + 1)
        yield Hit("shorthand.read-as-json", message, start, end, hint=hint, item=index)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def url_fetched(args: Sequence[Word]) -> Iterator[Hit]:
    """An ``http(s)://`` value: AWS CLI v1 sends the page it downloads in its place."""
    for option, index, word, offset in option_values(args):
        if option in _NOT_REQUEST or _URL_NAMES.search(option) or not word.known_text(offset):
            continue
        if _URL.match(word.text, offset):
            message = (
                f"AWS CLI v1 downloads {word.text[offset:]!r} and sends the page's content as "
                f"{option} (AWS CLI v2 sends the URL)"
            )
            yield Hit(
                "value.url-fetched", message, *word.file_span(offset, len(word.text)), item=index
            )


def port_all_with_tcp(service: str | None, args: Sequence[Word]) -> Iterator[Hit]:
    """``--protocol tcp --port all``: -1 for every port, which EC2 refuses for TCP and UDP.

    Any EC2 command that takes both options qualifies (today the security-group
    rule commands' simplified options): the mistake is in the values, whichever
    operation carries them.
    """
    if service != "ec2":
        return
    given = {option: (index, word, offset) for option, index, word, offset in option_values(args)}
    if "--protocol" not in given or "--port" not in given:
        return
    _, protocol_word, protocol_at = given["--protocol"]
    index, port_word, port_at = given["--port"]
    protocol, port = protocol_word.text[protocol_at:], port_word.text[port_at:]
    if protocol in _TCP_OR_UDP and port in _ALL_PORTS:  # the AWS CLI reads both as written
        message = (
            f"--port {port} means port -1, which EC2 refuses for {protocol.upper()} "
            f"(aws-cli #1066): give the range of every port, 0-65535"
        )
        start, end = port_word.file_span(port_at, len(port_word.text))
        yield Hit("ec2.port-all-tcp", message, start, end, hint="--port 0-65535", item=index)
