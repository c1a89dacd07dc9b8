"""The AWS CLI's own commands that v2 runs otherwise: ``cloudformation deploy`` with nothing
to change, and ``s3 cp``/``mv``/``sync`` from one bucket to another.

Neither is an API operation (the engine reads neither), so their rules read
the words as given.
"""

from __future__ import annotations

from ..hits import Hit
from .command_words import CommandWords, insertion

__all__ = ["high_level_hits"]

_EMPTY_CHANGESET = ("--fail-on-empty-changeset", "--no-fail-on-empty-changeset")
_S3_TRANSFERS = frozenset({"cp", "mv", "sync"})


def high_level_hits(words: CommandWords, after_operation: int) -> list[Hit]:
    """The findings on ``cloudformation deploy`` and ``s3 cp/mv/sync``; ``after_operation``
    is where an option is inserted."""
    command = words.command
    if (command.service, command.operation) == ("cloudformation", "deploy"):
        if any(text.split("=")[0] in _EMPTY_CHANGESET for text in words.texts):
            return []
        message = (
            "v1 fails (exit 255) when the template changes nothing; v2 succeeds: add "
            "--fail-on-empty-changeset to keep v1's failure"
        )
        fix = insertion(
            after_operation,
            " --fail-on-empty-changeset",
            "add --fail-on-empty-changeset: v2 then fails on an empty change set, as v1 did",
        )
        return [
            words.hit("migrate.deploy-empty-changeset", message, words.whole_command_span(), fix)
        ]
    if command.service == "s3" and command.operation in _S3_TRANSFERS:
        buckets = [text for text in words.texts if text.startswith("s3://")]
        if len(buckets) >= 2 and not any(t.startswith("--copy-props") for t in words.texts):
            message = (
                "a copy from one bucket to another: v2 copies the object's metadata and tags "
                "on multipart copies too (--copy-props default), v1 did not"
            )
            return [words.hit("migrate.s3-copy-props", message, words.whole_command_span())]
    return []
