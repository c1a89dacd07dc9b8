"""Suppression comments: ``# ec2shorthand: ignore[rule-id, ...]``.

A comment at the end of one of a command's lines, or on the line before the
command, silences the rules it names (ids or prefixes) for that command; a
bare ``ec2shorthand: ignore`` silences every rule. Any comment syntax works:
``#``, ``<!-- -->``, ``..``.
"""

from __future__ import annotations

import re

from .rules import names_rule

__all__ = ["Suppressions"]

_MARK = "ec2shorthand:"
_COMMENT = re.compile(r"ec2shorthand:\s*ignore(?:\[(?P<rules>[^\]]*)\])?")


class Suppressions:
    """The suppression comments of one file, by line."""

    def __init__(self, text: str) -> None:
        self._by_line: dict[int, tuple[str, ...] | None] = {}
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

    def silences(self, rule: str, first_line: int, last_line: int) -> bool:
        """Whether a comment on ``first_line - 1`` .. ``last_line`` silences ``rule``."""
        if not self._by_line:
            return False
        for line in range(first_line - 1, last_line + 1):
            if line not in self._by_line:
                continue
            rules = self._by_line[line]
            if rules is None or any(names_rule(named, rule) for named in rules):
                return True
        return False
