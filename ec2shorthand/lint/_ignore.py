"""``.gitignore`` patterns, enough of them to skip what a repository ignores."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["IgnoreRules"]


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    negated: bool
    folders_only: bool
    anchored: bool  # matched against the path from the base, not the name alone


def _compile(line: str) -> _Pattern | None:
    line = line.rstrip("\n").rstrip(" ") if not line.endswith("\\ ") else line
    if not line or line.startswith("#"):
        return None
    negated = line.startswith("!")
    line = line[1:] if negated else line
    folders_only = line.endswith("/")
    line = line.rstrip("/")
    anchored = "/" in line
    line = line.lstrip("/")
    return _Pattern(re.compile(_translate(line)), negated, folders_only, anchored)


def _translate(pattern: str) -> str:
    out, at = [], 0
    while at < len(pattern):
        if pattern.startswith("**/", at):
            out.append("(?:.*/)?")
            at += 3
        elif pattern.startswith("/**", at) and at + 3 == len(pattern):
            out.append("/.*")
            at += 3
        elif pattern.startswith("**", at):
            out.append(".*")
            at += 2
        elif pattern[at] == "*":
            out.append("[^/]*")
            at += 1
        elif pattern[at] == "?":
            out.append("[^/]")
            at += 1
        elif pattern[at] == "[" and "]" in pattern[at + 2 :]:
            close = pattern.index("]", at + 2)
            members = pattern[at + 1 : close].replace("\\", "\\\\")
            out.append("[" + ("^" + members[1:] if members.startswith("!") else members) + "]")
            at = close + 1
        elif pattern[at] == "\\" and at + 1 < len(pattern):
            out.append(re.escape(pattern[at + 1]))
            at += 2
        else:
            out.append(re.escape(pattern[at]))
            at += 1
    return "".join(out) + r"\Z"


@dataclass(frozen=True)
class IgnoreRules:
    """The patterns in force in one folder: its own and its parents' (``base``, pattern)."""

    patterns: tuple[tuple[Path, _Pattern], ...] = ()

    def with_file(self, folder: Path, name: str = ".gitignore") -> IgnoreRules:
        """These rules, and those of ``folder/name`` if it exists."""
        try:
            text = (folder / name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return self
        return self.with_lines(folder, text.splitlines())

    def with_lines(self, base: Path, lines: list[str]) -> IgnoreRules:
        compiled = [(base, p) for p in map(_compile, lines) if p is not None]
        return IgnoreRules(self.patterns + tuple(compiled)) if compiled else self

    def ignores(self, path: Path, is_folder: bool) -> bool:
        ignored = False
        for base, pattern in self.patterns:  # the last matching pattern decides
            if pattern.folders_only and not is_folder:
                continue
            try:
                relative = path.relative_to(base).as_posix()
            except ValueError:
                continue
            subject = relative if pattern.anchored else path.name
            if pattern.regex.match(subject):
                ignored = not pattern.negated
        return ignored
