"""The AWS CLI's global options: accepted anywhere on the command line, no part of the request."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._core.errors import CommandLineError
from .._core.location import Location
from .._core.tree import MAX_NESTING
from .._core.version import CliVersion, version_name
from .query_nesting import query_nesting_exceeding

if TYPE_CHECKING:
    from .argv import CommandLine

__all__ = [
    "GLOBAL_OPTIONS",
    "GlobalOption",
    "check_global_options",
    "global_options",
    "other_versions_option",
]


@dataclass(frozen=True)
class GlobalOption:
    """An option of the ``aws`` command itself."""

    name: str
    takes_value: bool = True
    choices: tuple[str, ...] | None = None
    integer: bool = False
    # The versions of the AWS CLI that have it.
    versions: tuple[CliVersion, ...] = (1, 2)


_OUTPUT_V1 = ("json", "text", "table")

# The AWS CLI's global options (its data/cli.json), which it reads wherever
# they stand, also after the operation name; each version has its own.
GLOBAL_OPTIONS = (
    GlobalOption("debug", takes_value=False),
    GlobalOption("endpoint-url"),
    GlobalOption("no-verify-ssl", takes_value=False),
    GlobalOption("no-paginate", takes_value=False),
    GlobalOption("output", choices=_OUTPUT_V1, versions=(1,)),
    GlobalOption("output", choices=(*_OUTPUT_V1, "yaml", "yaml-stream", "off"), versions=(2,)),
    GlobalOption("query"),
    GlobalOption("profile"),
    GlobalOption("region"),
    GlobalOption("version", takes_value=False),
    GlobalOption("color", choices=("on", "off", "auto")),
    GlobalOption("no-sign-request", takes_value=False),
    GlobalOption("ca-bundle"),
    GlobalOption("cli-read-timeout", integer=True),
    GlobalOption("cli-connect-timeout", integer=True),
    GlobalOption("v2-debug", takes_value=False, versions=(1,)),
    GlobalOption("cli-binary-format", choices=("base64", "raw-in-base64-out"), versions=(2,)),
    GlobalOption("no-cli-pager", takes_value=False, versions=(2,)),
    GlobalOption("cli-auto-prompt", takes_value=False, versions=(2,)),
    GlobalOption("no-cli-auto-prompt", takes_value=False, versions=(2,)),
    GlobalOption(
        "cli-error-format",
        choices=("legacy", "json", "yaml", "text", "table", "enhanced"),
        versions=(2,),
    ),
)


def global_options(version: CliVersion) -> tuple[GlobalOption, ...]:
    """The global options of AWS CLI ``version``."""
    return tuple(option for option in GLOBAL_OPTIONS if version in option.versions)


def other_versions_option(name: str, version: CliVersion) -> str | None:
    """What to say of a global option the other AWS CLI version has, if ``name`` is one."""
    if any(f"--{option.name}" == name for option in global_options(version)):
        return None  # its value was refused (`--output yaml` in v1), not the option
    for option in GLOBAL_OPTIONS:
        if f"--{option.name}" == name:
            other: CliVersion = 1 if version == 2 else 2
            return (
                f"{name}: unknown option: it is an option of {version_name(other)}, "
                f"which {version_name(version)} does not have (read as the AWS CLI v{other} "
                f"with --cli-version {other}, or leave it out)"
            )
    return None


def check_global_options(command: CommandLine) -> None:
    """What the AWS CLI checks of its global options before it sends anything.

    ``--query`` must be a JMESPath expression, ``--endpoint-url`` a URL with
    a scheme, ``--region`` a region's name (botocore checks it when it makes
    the client, in both versions).
    """
    query = command.global_options.get("query")
    if query is not None:
        _check_query(command, *query)
    endpoint = command.global_options.get("endpoint-url")
    if endpoint is not None:
        _check_endpoint(command, *endpoint)
    region = command.global_options.get("region")
    if region is not None:
        _check_region(command, *region)


# botocore's rule for a region name: one host label, not all digits.
_REGION_NAME = re.compile(r"(?![0-9]+$)(?!-)[a-zA-Z0-9-]{0,63}(?<!-)")


def _check_region(command: CommandLine, region: str, item: int | None) -> None:
    if isinstance(region, str) and not _REGION_NAME.fullmatch(region):
        raise _at(
            command,
            item,
            f"--region: {region!r} is not a region's name (such as us-east-1): letters, "
            "digits and '-', as the AWS CLI requires before it makes a client",
        )


def _check_endpoint(command: CommandLine, url: str, item: int | None) -> None:
    try:
        parts = _split_url(str(url))
        host = parts.hostname
    except ValueError as error:  # an unclosed '[' (an IPv6 host), a bad port
        raise _at(command, item, f"--endpoint-url: not a URL: {error}") from None
    if not parts.scheme or not parts.netloc:
        # localhost:4566 reads as the scheme 'localhost': it lacks the http:// before it
        missing = "host" if parts.scheme and "://" in url else "scheme"
        raise _at(
            command,
            item,
            f"--endpoint-url: the URL has no {missing}: write http://HOST/ or https://HOST/",
        )
    if not host or not _is_host_name(host, bracketed=parts.netloc.find("[") >= 0):
        raise _at(
            command,
            item,
            f"--endpoint-url: {host or ''!r} is not a host name: use letters, digits, "
            "'-' and '.', or an IPv6 address in brackets",
        )


# One DNS label: 1 to 63 letters, digits and hyphens, no hyphen at either end.
_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


def _is_host_name(host: str, *, bracketed: bool) -> bool:
    """Whether botocore would build an endpoint on ``host`` (it refuses the client otherwise)."""
    if bracketed:
        from ipaddress import IPv6Address

        try:
            IPv6Address(host.partition("%")[0])  # a zone (%eth0) is allowed after it
        except ValueError:
            return False
        return True
    name = host.removesuffix(".")
    return len(name) <= 255 and all(_LABEL.fullmatch(label) for label in name.split("."))


def _split_url(url: str) -> Any:
    from urllib.parse import urlsplit  # only when an endpoint is given

    return urlsplit(url)


def _check_query(command: CommandLine, expression: str, item: int | None) -> None:
    import jmespath
    from jmespath.exceptions import JMESPathError

    if not isinstance(expression, str):  # `--query=--`: argparse leaves an empty list
        raise _at(command, item, "--query: expected a JMESPath expression, got none")
    deep = query_nesting_exceeding(expression, MAX_NESTING)
    if deep is not None:  # jmespath would recurse past Python's stack
        message = f"--query: the expression is nested more than {MAX_NESTING} levels deep"
        raise _at(command, item, message, deep)
    try:
        jmespath.compile(expression)
    except RecursionError:  # a nesting the scan does not count: refused all the same
        message = "--query: the expression is nested too deeply for jmespath to read"
        raise _at(command, item, message) from None
    except JMESPathError as error:
        where = getattr(error, "lex_position", None)
        message = f"--query: not a JMESPath expression: {_query_problem(error)}"
        raise _at(command, item, message, where) from None


def _query_problem(error: Exception) -> str:
    """Say what jmespath found wrong, from its fields rather than its multi-line text."""
    lexer_message = getattr(error, "message", None)  # an unclosed quote or delimiter
    if isinstance(lexer_message, str):
        return lexer_message
    token = getattr(error, "token_value", None)
    if token is None:
        return "it ends before the expression is complete"
    return f"unexpected {token!r}"


def _at(
    command: CommandLine, item: int | None, message: str, pos: int | None = None
) -> CommandLineError:
    if item is None:
        return CommandLineError(message)
    text = command.argv[item]
    start = pos if isinstance(pos, int) and 0 <= pos <= len(text) else 0
    end = start + 1 if pos is not None else len(text)
    return CommandLineError(
        message, text, start, end=end, location=Location(item, start, max(end, start + 1))
    )
