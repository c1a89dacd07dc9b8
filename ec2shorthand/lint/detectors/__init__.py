"""Every check of one ``aws`` command: the shell's reading of it, then the engine's.

The engine checks the command the user meant: words a nested quote split are
joined again, and braces are left unexpanded; the shell checks say where bash
reads it otherwise.
"""

from __future__ import annotations

from ..commands import AwsCommand
from ..hits import Hit
from ..unknowns import appended_unknown, with_unknown
from .engine import EXPLAINING_RULES, engine_hits
from .expansion import brace_hits, glob_hits
from .quotes import comma_in_removed_quotes, join_split_values
from .values import port_all_with_tcp, read_as_json, url_fetched

__all__ = ["check_aws_command"]


def check_aws_command(command: AwsCommand) -> list[Hit]:
    """All findings on one ``aws`` command, in file order."""
    hits = list(command.hits)
    may_append = _runner_values(command)
    command.args, split = join_split_values(command.args, command.snippet.file_text)
    hits += split
    for index, word in enumerate(command.args):
        braces = list(brace_hits(index, word))
        hits += braces
        if not braces:  # quoting the value, the braces' fix, also ends any glob in it
            hits += glob_hits(index, word)
        hits += comma_in_removed_quotes(index, word)
    hits += read_as_json(command.args)
    hits += url_fetched(command.args)
    hits += port_all_with_tcp(command.service, command.args)
    explained = {hit.item for hit in hits if hit.rule in EXPLAINING_RULES and hit.item is not None}
    hits += engine_hits(command, explained, may_append=may_append)
    return sorted(hits, key=lambda hit: (hit.start, hit.end, hit.rule))


def _runner_values(command: AwsCommand) -> bool:
    """Mark the values xargs, find or parallel supply; whether they may append arguments."""
    runner = command.runner
    if runner is None:
        return False
    texts = [word.text for word in command.args]
    may_append = runner.may_append(texts)
    command.args = [with_unknown(word, runner.replacements(word.text)) for word in command.args]
    if may_append:
        command.args.append(appended_unknown(command.args[-1] if command.args else command.aws))
    return may_append
