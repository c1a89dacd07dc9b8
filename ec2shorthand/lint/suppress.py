"""Suppression comments: ``# ec2shorthand: ignore[rule-id, ...]``.

A comment at the end of one of a command's lines, or on the line before the
command, silences the rules it names (ids or prefixes) for that command; a
bare ``ec2shorthand: ignore`` silences every rule. Any comment syntax works:
``#``, ``<!-- -->``, ``..``.
"""

from __future__ import annotations

import bisect
import re

from .rules import names_rule

__all__ = ["Suppressions"]

_MARK = "ec2shorthand:"
_COMMENT = re.compile(r"ec2shorthand:\s*ignore(?:\[(?P<rules>[^\]]*)\])?")


class Suppressions:
    """The suppression comments of one file, by line."""

    def __init__(self, text: str) -> None:
        self._by_line: dict[int, tuple[str, ...] | None] = {}
        self._lines: list[int] = []  # the lines with a comment, in order
        # What the comments on the lines first..last name, per command: each finding of a
        # long command asks for the same lines, and reading them each time was quadratic.
        self._between: dict[tuple[int, int], frozenset[str] | None] = {}
        if _MARK not in text:
            return
        for number, line in enumerate(text.split("\n"), start=1):
            for match in _COMMENT.finditer(line):
                rules = match.group("rules")
                if rules is None:
                    self._by_line[number] = None
                    continue
                named = tuple(rule.strip() for rule in rules.split(",") if rule.strip())
                previous = self._by_line.get(number, ())
                if previous is not None:
                    self._by_line[number] = previous + named
        self._lines = sorted(self._by_line)

    def silences(self, rule: str, first_line: int, last_line: int) -> bool:
        """Whether a comment on ``first_line - 1`` .. ``last_line`` silences ``rule``."""
        if not self._by_line:
            return False
        span = (first_line - 1, last_line)
        if span not in self._between:
            self._between[span] = self._named_between(*span)
        named = self._between[span]
        return named is None or any(names_rule(name, rule) for name in named)

    def _named_between(self, first: int, last: int) -> frozenset[str] | None:
        """The rules named on lines ``first``..``last``; None if a bare comment silences all."""
        start = bisect.bisect_left(self._lines, first)
        stop = bisect.bisect_right(self._lines, last)
        named: set[str] = set()
        for line in self._lines[start:stop]:
            rules = self._by_line[line]
            if rules is None:
                return None
            named.update(rules)
        return frozenset(named)
