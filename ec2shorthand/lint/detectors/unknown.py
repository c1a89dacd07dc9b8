"""Values the linter cannot know, marked in a command's words before anything is checked.

A runner's values (xargs' ``{}``, what it appends), template expressions and
documentation placeholders are unknown values: never reported as wrong, the
rest of the command still checked. A documentation placeholder gets one note
per command (``lint.placeholder``), so ``--fail-on note`` can ask for filled-in
docs. In a script, ``<region>`` is a redirection bash performs: an error that
says a placeholder was probably left in.
"""

from __future__ import annotations

from ..commands import AwsCommand
from ..hits import Hit
from ..placeholders import Masked, masked_spans, shell_placeholders
from ..unknowns import appended_unknown, with_unknown

__all__ = ["mark_unknown_values", "redirect_placeholders"]

_ELLIPSIS = frozenset({"...", "\u2026"})
_SHOWN = 3  # placeholders quoted in a note


def mark_unknown_values(command: AwsCommand, masked: Masked) -> tuple[list[Hit], bool]:
    """Mark the unknown values in ``command.args``; the placeholder note, and whether
    arguments may follow that the command does not show (xargs appends, ``...`` elides).
    """
    may_append = _runner_values(command)
    if not masked.spans:
        return [], may_append
    file_text = command.snippet.file_text
    elided = any(file_text[w.file_start : w.file_end] in _ELLIPSIS for w in command.args)
    if elided:  # `aws ec2 run-instances ... --count 2`: the other options are left out
        command.args = [
            w for w in command.args if file_text[w.file_start : w.file_end] not in _ELLIPSIS
        ]
    command.args = [with_unknown(w, masked_spans(w, masked.spans)) for w in command.args]
    words = [command.aws, *command.args]
    first, last = words[0].file_start, max(word.file_end for word in words)
    if command.service is not None and set(command.service) == {"_"}:
        command.service = command.operation = None  # aws <service> <operation>: not checked
    elif command.operation is not None and set(command.operation) == {"_"}:
        command.operation = None
    placed = [(s, e) for s, e in masked.placeholders if first <= s and e <= last]
    return _note(file_text, placed), may_append or elided


def _note(file_text: str, placed: list[tuple[int, int]]) -> list[Hit]:
    if not placed:
        return []
    names = [file_text[start:end] for start, end in placed]
    shown = ", ".join(names[:_SHOWN]) + (", ..." if len(names) > _SHOWN else "")
    count = f"{len(names)} placeholder{'s' if len(names) > 1 else ''}"
    message = (
        f"{count} for the reader to fill in ({shown}): read as unknown values, "
        f"the rest of the command is checked"
    )
    return [Hit("lint.placeholder", message, *placed[0])]


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


def redirect_placeholders(command: AwsCommand) -> list[Hit]:
    """``--region <region>`` in a script: bash redirects from a file ``region``, and to ``--x``."""
    file_text = command.snippet.file_text
    words = [command.aws, *command.args]
    hits = []
    for index, (before, after) in enumerate(zip(words, [*words[1:], None], strict=True)):
        end = after.file_start if after is not None else _line_end(file_text, before.file_end)
        for start, stop in shell_placeholders(file_text, before.file_end, end):
            placeholder = file_text[start:stop]
            message = (
                f"{placeholder} is a placeholder left in, probably: bash reads '<' and '>' as "
                f"redirections, so the command reads a file and writes to another, and "
                f"{placeholder[1:-1]!r} is no argument"
            )
            hint = f"put the value in place of {placeholder}"
            hits.append(
                Hit(
                    "shell.placeholder",
                    message,
                    start,
                    stop,
                    hint=hint,
                    item=index - 1 if index else None,
                )
            )
    return hits


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end
