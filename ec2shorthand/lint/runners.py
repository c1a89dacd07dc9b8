"""Commands that run an ``aws`` command with values of their own: xargs, find -exec, parallel.

``xargs -I{} aws ... --name {}`` puts each input line where ``{}`` stands;
``... | xargs aws guardduty get-findings --detector-id`` appends the input to
the command; ``find -exec aws ... {} \\;`` puts each file name in place of
``{}``; ``parallel aws ... ::: a b`` does either. The values they supply are
known only when the script runs, so the linter reads them as unknown values,
and an option they may supply is never "missing".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["RUNNERS", "Runner", "runner_of"]

# The commands that run the command after their own options (find: after -exec).
RUNNERS = frozenset({"xargs", "find", "parallel"})
_FIND_ACTIONS = frozenset({"-exec", "-execdir", "-ok", "-okdir"})
_FIND_ENDS = frozenset({";", "+"})
_PARALLEL_ENDS = frozenset({":::", "::::", ":::+", "::::+"})
# GNU parallel's replacement strings: {} {.} {/} {//} {/.} {#} {%} and {1} {2.} ...
_PARALLEL_REPLACEMENTS = r"\{\d*(?:\.|/|//|/\.|#|%)?\}"
_BRACES = "{}"


@dataclass(frozen=True)
class Runner:
    """How a runner supplies values to the command it runs.

    ``replaces``: a pattern each of whose matches in an argument stands for a
    value (None: none does). ``appends``: values may be added after the last
    argument, unless the command holds a replacement string and ``appends_unless_replaced``.
    ``ends_at``: words that end the command (find's ``;``, parallel's ``:::``).
    """

    name: str
    replaces: str | None
    appends: bool
    ends_at: frozenset[str] = frozenset()
    appends_unless_replaced: bool = False

    def command_words(self, texts: Sequence[str]) -> int:
        """How many of ``texts`` (the command's words from ``aws`` on) belong to the command."""
        for index, text in enumerate(texts):
            if text in self.ends_at:
                return index
        return len(texts)

    def replacements(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` (one argument) holds a value the runner supplies."""
        if self.replaces is None:
            return []
        return [match.span() for match in re.finditer(self.replaces, text)]

    def may_append(self, texts: Sequence[str]) -> bool:
        """Whether the runner may add arguments after ``texts`` (the command's arguments)."""
        if self.appends_unless_replaced:
            return not any(self.replacements(text) for text in texts)
        return self.appends


def runner_of(before: Sequence[str]) -> Runner | None:
    """The runner among the words ``before`` the ``aws`` word, as bash passes them, if any."""
    if not before:
        return None
    name = before[0].rsplit("/", 1)[-1]
    if name == "xargs":
        return _xargs(before[1:])
    if name == "parallel":
        return _parallel(before[1:])
    if name == "find" and before[-1] in _FIND_ACTIONS:
        return Runner("find", re.escape(_BRACES), appends=False, ends_at=_FIND_ENDS)
    return None


def _xargs(options: Sequence[str]) -> Runner:
    """xargs: ``-I R`` (``-iR``, ``--replace=R``) replaces R and appends nothing; else appends."""
    replace = _option_value(options, short=("-I", "-J"), optional=("-i", "--replace"))
    if replace is None:
        return Runner("xargs", None, appends=True)
    return Runner("xargs", re.escape(replace), appends=False)


def _parallel(options: Sequence[str]) -> Runner:
    """parallel: replaces ``{}`` and the like (or ``-I R``); appends when the command has none."""
    replace = _option_value(options, short=("-I",), optional=("--replace",))
    pattern = _PARALLEL_REPLACEMENTS if replace in (None, _BRACES) else re.escape(replace)
    return Runner(
        "parallel", pattern, appends=True, ends_at=_PARALLEL_ENDS, appends_unless_replaced=True
    )


def _option_value(
    options: Sequence[str], *, short: tuple[str, ...], optional: tuple[str, ...]
) -> str | None:
    """The replacement string an option sets: ``-I R``, ``-IR``, ``-i[R]``, ``--replace[=R]``."""
    for index, word in enumerate(options):
        for flag in short:
            if word == flag and index + 1 < len(options):
                return options[index + 1]
            if word.startswith(flag) and len(word) > len(flag):
                return word[len(flag) :]
        for flag in optional:
            if word == flag:
                return _BRACES
            if word.startswith(flag) and len(word) > len(flag):
                return word[len(flag) :].removeprefix("=")
    return None
