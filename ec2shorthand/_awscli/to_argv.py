"""A request back to the ``aws SERVICE OPERATION`` command line that sends it.

Each member is written the simplest way that carries it exactly: a
customization's options when they say part of the request (the security-group
rule options), else shorthand (one value per list item), else JSON. A member
no option can carry as it is (a value the AWS CLI would read as a file name,
say) goes into ``--cli-input-json``. Every command line is read back before it
is returned.
"""

from __future__ import annotations

import json
import os
import shlex
from collections.abc import Mapping
from typing import Any

from .._core.arguments import expect_mapping, expect_text
from .._core.errors import ShorthandError
from .._core.files import PATHS_ONLY
from .._core.suggest import did_you_mean
from .._core.tree import check_shape, holds_nul
from .._core.version import CliVersion
from .._core.version import cli_version as resolve_version
from .._model.operation import get_operation
from .._model.writer import to_shorthand
from .arguments import Argument, ArgumentTable, MemberArgument, Reads, argument_table
from .command import check_command
from .customize import customizations_for

__all__ = ["to_argv", "to_command"]

# What the AWS CLI would read as something else than the text itself.
_READ_AS_FILE = ("file://", "fileb://", "http://", "https://")
_SCALARS = ("string", "integer", "long", "float", "double", "timestamp")


def to_argv(
    operation: str,
    params: Mapping[str, Any],
    *,
    service: str = "ec2",
    cli_version: CliVersion | None = None,
) -> list[str]:
    """The ``aws SERVICE OPERATION`` arguments that send ``params`` (API key order).

    ``cli_version`` (1 or 2, by default ``EC2SHORTHAND_CLI_VERSION``, else 2)
    is the AWS CLI the command line is written for: it is read back as that
    version reads it. Raises :class:`ShorthandError` for a request no command
    line sends (one with a member the operation does not have, say), and for an
    argument of the wrong type.
    """
    expect_text(operation, "operation", "an AWS CLI operation name")
    expect_text(service, "service", "an AWS CLI service name")
    expect_mapping(params, "params", "a request: a mapping of members")
    version = resolve_version(cli_version)
    table = argument_table(service, operation, version)
    check_shape(params if isinstance(params, dict) else dict(params))
    try:
        json.dumps(params, allow_nan=False, default=_marked_path)
    except (TypeError, ValueError):
        raise ShorthandError(
            "the request holds values no command line carries "
            "(bytes from fileb://, a streamed file, exact decimals, NaN or Infinity)"
        ) from None
    _check_members(service, operation, params, version)
    special = [] if holds_nul(params) else _customized(table, params)
    in_document: set[str] = set()
    while True:
        argv = _argv(table, params, special, in_document)
        back = _read_back(service, operation, argv, version)
        if back is not None and _same(back, params):
            return argv
        # Not read back as written: first give up the customizations' options, then
        # move what differs (everything, if nothing read) into --cli-input-json,
        # which carries any value as it is. Each round gives something up.
        if special:
            special = []
            continue
        differing = {m for m in params if back is None or not _same(back.get(m), params[m])}
        if not differing - in_document:
            raise ShorthandError("the request cannot be written as a command line exactly")
        in_document |= differing


def _check_members(
    service: str, operation: str, params: Mapping[str, Any], version: CliVersion
) -> None:
    """A member the operation does not have is named: no option or document carries it."""
    model = get_operation(service, operation, cli_version=version)
    unknown = [name for name in params if not model.has_member(name)]
    if unknown:
        known = [member.name for member in model.members]
        hint = did_you_mean(str(unknown[0]), known, quoted=True)
        raise ShorthandError(
            f"{operation} has no member {unknown[0]!r}{hint}: no command line sends it"
        )


def to_command(
    operation: str,
    params: Mapping[str, Any],
    *,
    service: str = "ec2",
    cli_version: CliVersion | None = None,
) -> str:
    """:func:`to_argv` as one shell-quoted command line: ``aws SERVICE OPERATION ...``."""
    argv = to_argv(operation, params, service=service, cli_version=cli_version)
    return shlex.join(["aws", service, operation, *argv])


def _customized(
    table: ArgumentTable, params: Mapping[str, Any]
) -> list[tuple[list[str], set[str]]]:
    """What the customizations' own options say of the request: (their argv, members said)."""
    operation = table.operation
    said = []
    for customization in customizations_for(operation.service, operation.name, table.version):
        if customization.write is not None:
            written = customization.write(table, params)
            if written is not None:
                said.append(written)
    return said


def _argv(
    table: ArgumentTable,
    params: Mapping[str, Any],
    special: list[tuple[list[str], set[str]]],
    in_document: set[str],
) -> list[str]:
    model = table.operation
    argv: list[str] = []
    said = {member for _, members in special for member in members}
    leftover: dict[str, Any] = {}
    written_members: set[str] = set()
    spoken: set[int] = set()  # the customizations' option lists already written
    for argument in table:
        member = argument.member
        if not isinstance(argument, MemberArgument) or member is None or member not in params:
            continue
        value = params[member]
        written_members.add(member)
        if member in in_document or holds_nul(value):
            leftover[member] = value
        elif member in said:
            index = next(i for i, (_, members) in enumerate(special) if member in members)
            if index not in spoken:
                argv += special[index][0]
                spoken.add(index)
        else:
            written = _written(argument, value, model.schema)
            if written is None:
                leftover[member] = value
            else:
                argv += written
    # A customization's options for members no option of their own carries (a removed
    # option: run-instances says MinCount and MaxCount with --count).
    for index, (words, members) in enumerate(special):
        if index not in spoken and not members & (written_members | in_document):
            argv += words
            written_members |= members
    # Members no option carries at all go into the document, as unknown keys do.
    unknown = {key: value for key, value in params.items() if key not in written_members}
    if leftover or unknown:
        argv += ["--cli-input-json", json.dumps({**leftover, **unknown}, ensure_ascii=False)]
    return argv


def _read_back(
    service: str, operation: str, argv: list[str], version: CliVersion
) -> dict[str, Any] | None:
    """The request ``argv`` sends, or None if it does not read."""
    try:
        return check_command(
            operation,
            argv,
            service=service,
            validate=False,
            files=PATHS_ONLY,
            cli_version=version,
        ).params
    except ShorthandError:
        return None


def _same(left: Any, right: Any) -> bool:
    """Equal values of equal types (the request True is not the request 1, a path not a text)."""
    return json.dumps(left, sort_keys=True, default=_marked_path) == json.dumps(
        right, sort_keys=True, default=_marked_path
    )


def _marked_path(value: object) -> list[str]:
    # A streamed body's file (s3api put-object --body PATH) is the one non-JSON value
    # a command line carries: as its path, which the option reads back as a path.
    if isinstance(value, os.PathLike):
        return ["a path", os.fspath(value)]
    raise TypeError(type(value).__name__)


def _flag_or_value(argument: Argument, text: str) -> list[str]:
    # --opt=value keeps a value that starts with '-' from reading as an option.
    return [f"--{argument.name}={text}"] if text.startswith("-") else [f"--{argument.name}", text]


def _plain(text: Any) -> bool:
    return isinstance(text, str) and not text.startswith(_READ_AS_FILE)


def _written(argument: MemberArgument, value: Any, root: Mapping[str, Any]) -> list[str] | None:
    """The option and its value(s) for ``value``, or None when the command line cannot carry it."""
    member = argument.model
    if isinstance(value, os.PathLike):
        streamed = member.type == "blob" and member.streaming
        return [f"--{argument.name}", os.fspath(value)] if streamed else None
    if argument.reads is Reads.FLAG:
        if not isinstance(value, bool):
            return None
        if value:
            return [f"--{argument.name}"]
        return [f"--{argument.negative}"] if argument.negative else None
    if member.type in ("string", "timestamp"):
        return _flag_or_value(argument, value) if _plain(value) else None
    if member.type in ("integer", "long", "float", "double"):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return _flag_or_value(argument, repr(value))
        return None
    if member.type == "list" and not member.shorthand:
        return _scalar_list(argument, value)
    if member.shorthand:
        return _structured(argument, value, root)
    return None


def _scalar_list(argument: Argument, value: Any) -> list[str] | None:
    if not isinstance(value, list):
        return None
    if all(_plain(item) and not item.startswith("-") for item in value) and not (
        value and value[0].strip().startswith("[")
    ):
        return [f"--{argument.name}", *value]
    return [f"--{argument.name}", json.dumps(value, ensure_ascii=False)]


def _structured(argument: MemberArgument, value: Any, root: Mapping[str, Any]) -> list[str]:
    many = argument.model.type == "list"
    items = value if many and isinstance(value, list) else [value]
    schema = argument.model.schema
    from .._model.resolve import resolved

    item_schema = resolved(schema, root).get("items", {}) if many else schema
    try:
        texts = [to_shorthand(item, item_schema, root) for item in items]
    except ShorthandError:
        texts = []
    if texts and not any(text.startswith(_READ_AS_FILE) for text in texts):
        return [f"--{argument.name}", *texts]
    return [f"--{argument.name}", json.dumps(value, ensure_ascii=False)]
