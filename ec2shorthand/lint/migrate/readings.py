"""One command read as the AWS CLI v1 reads it and as v2 does, offline.

The linter reads no file: a ``file://`` value stands for some text and a
``fileb://`` value for some bytes (enough to tell a blob's text from its
bytes). The v2-only global options are taken out of the v1 reading: a fixed
command carries ``--cli-binary-format``, which v1 never saw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..._awscli.command import CommandResult, read_command
from ..._core.errors import OutOfScopeError, ShorthandError
from ..._core.files import BYTES_PREFIX, FileResolver
from ..._core.version import CliVersion
from ..words import UNKNOWN_PLACEHOLDER

__all__ = ["RAW_FORMAT", "V2_ONLY_GLOBALS", "Readings", "read_both"]

RAW_FORMAT = "raw-in-base64-out"
# v2's global options: (name, takes a value).
V2_ONLY_GLOBALS = {
    "--cli-binary-format": True,
    "--cli-error-format": True,
    "--no-cli-pager": False,
    "--no-cli-auto-prompt": False,
    "--cli-auto-prompt": False,
}


class _StandIns(FileResolver):
    """Reads no file: ``file://`` gives a stand-in text, ``fileb://`` stand-in bytes."""

    def read(self, value: str) -> str | bytes:
        return b"\0" if value.startswith(BYTES_PREFIX) else UNKNOWN_PLACEHOLDER

    def existing_file(self, raw_path: str) -> str | None:
        return raw_path

    def writable_path(self, raw_path: str) -> str | None:
        return raw_path


@dataclass(frozen=True)
class Readings:
    """What each version made of the command: its result, or the error it stopped at.

    ``raw`` says the command already asks v2 for v1's blob format.
    """

    v1: CommandResult | None
    v1_error: ShorthandError | None
    v2: CommandResult | None
    v2_error: ShorthandError | None
    raw: bool


def read_as(
    service: str, operation: str, argv: Sequence[str], version: CliVersion
) -> tuple[CommandResult | None, ShorthandError | None]:
    """The command read as AWS CLI ``version`` (no validation: only what the CLI does)."""
    try:
        result = read_command(
            operation,
            list(argv),
            service=service,
            validate=False,
            files=_StandIns(),
            cli_version=version,
        )
    except ShorthandError as error:
        return None, error
    return result, None


def read_both(
    service: str, operation: str, argv: Sequence[str], v2_argv: Sequence[str]
) -> Readings:
    """``argv`` read as v1 (without v2's options), and ``v2_argv`` as v2.

    Raises:
        OutOfScopeError: not an API operation (``s3 cp``): neither version is modelled here.
    """
    kept, raw = without_v2_globals(argv)
    v1_words = [argv[index] for index in kept]
    v1, v1_error = read_as(service, operation, v1_words, 1)
    if isinstance(v1_error, OutOfScopeError):
        raise v1_error
    v2, v2_error = read_as(service, operation, v2_argv, 2)
    return Readings(v1, v1_error, v2, v2_error, raw)


def without_v2_globals(argv: Sequence[str]) -> tuple[list[int], bool]:
    """The items of ``argv`` that are not v2's global options, and whether it asks for v1's
    blob format."""
    kept: list[int] = []
    raw = False
    at = 0
    while at < len(argv):
        name, _, inline = argv[at].partition("=")
        takes_value = V2_ONLY_GLOBALS.get(name)
        if takes_value is None:
            kept.append(at)
            at += 1
            continue
        value = (
            inline if inline or not takes_value else (argv[at + 1] if at + 1 < len(argv) else "")
        )
        if name == "--cli-binary-format" and value == RAW_FORMAT:
            raw = True
        at += 1 + (takes_value and not inline)
    return kept, raw
