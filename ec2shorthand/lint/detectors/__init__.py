"""Every check of one ``aws`` command: the shell's reading of it, then the engine's.

The engine checks the command the user meant: words a nested quote split are
joined again, and braces are left unexpanded; the shell checks say where bash
reads it otherwise.
"""

from __future__ import annotations

import functools

from ..._core.version import DEFAULT_CLI_VERSION, CliVersion
from ..commands import AwsCommand
from ..hits import Hit
from ..placeholders import Masked, masked_spans
from .engine import EXPLAINING_RULES, accepts_as_items, engine_hits
from .expansion import brace_hits, glob_hits, hyphen_in_name_hits
from .lambda_latest import lambda_latest_hits
from .quotes import comma_in_removed_quotes, join_split_values
from .substitution import output_run_hits
from .unknown import mark_unknown_values, redirect_placeholders
from .values import port_all_with_tcp, read_as_json, url_fetched
from .versions import version_hits

__all__ = ["check_aws_command"]

_LOCAL_PATH = ("/", "./", "../", "~/")


def check_aws_command(
    command: AwsCommand, masked: Masked | None = None, version: CliVersion = DEFAULT_CLI_VERSION
) -> list[Hit]:
    """All findings on one ``aws`` command, in file order, read as the AWS CLI ``version``.

    ``masked``: the template expressions and placeholders masked in its snippet.
    """
    command.version = version
    masked = masked or Masked(command.snippet)
    if masked.documentation and _windows_command(command):
        return []  # cmd.exe's, shown beside the Linux one: bash does not run it
    hits = list(command.hits)
    hits += output_run_hits(command)
    hits += version_hits(command, version)
    if not masked.documentation:
        hits += redirect_placeholders(command)
    notes, may_append = mark_unknown_values(command, masked)
    hits += notes
    command.args, split = join_split_values(command.args, command.snippet.file_text)
    hits += split
    for index, word in enumerate(command.args):
        accepted = functools.partial(accepts_as_items, command, index)
        braces = list(brace_hits(index, word, accepted, command.snippet))
        hits += braces
        # Quoting the value, the braces' fix, also ends any glob in it; a local path's
        # pattern (aws s3 cp /tmp/pkg/*.gem s3://b/) is there to match files.
        if not braces and not word.text.startswith(_LOCAL_PATH):
            hits += glob_hits(index, word, command.snippet.file_text, command.snippet)
        hits += comma_in_removed_quotes(index, word)
        hits += hyphen_in_name_hits(index, word, command.snippet.file_text)
        hits += lambda_latest_hits(index, word, command.snippet.file_text)
    hits += read_as_json(command.args)
    if version == 1:  # v2 sends an http:// value as it is
        hits += url_fetched(command.args)
    hits += port_all_with_tcp(command.service, command.args)
    explained = {hit.item for hit in hits if hit.item is not None and _explains(hit)}
    samples = {
        index: spans
        for index, word in enumerate(command.args)
        if (spans := masked_spans(word, masked.samples))
    }
    # A <placeholder> redirection explains the missing value of the option before it.
    redirected = {hit.item for hit in hits if hit.rule == "shell.placeholder"}
    hits += [
        hit
        for hit in engine_hits(command, explained, may_append=may_append, samples=samples)
        if not (hit.rule == "input.command-line" and hit.item in redirected)
    ]
    return sorted(hits, key=lambda hit: (hit.start, hit.end, hit.rule))


def _explains(hit: Hit) -> bool:
    """Whether ``hit`` explains the engine's findings in its argument.

    A brace expansion the AWS CLI reads as list items (a note) was checked expanded.
    """
    if hit.item is None:
        return False
    return hit.rule in EXPLAINING_RULES or (
        hit.rule == "shell.brace-expansion" and hit.severity == "note"
    )


def _windows_command(command: AwsCommand) -> bool:
    """A command continued with ``^`` at its lines' ends: cmd.exe's, not bash's."""
    file_text = command.snippet.file_text
    return any(
        word.text == "^" and file_text[word.file_end : word.file_end + 1] in ("\n", "\r")
        for word in command.args
    )
