"""An ``aws`` command's words as options and values, and engine places back in the file."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..._core.location import Location
from ..commands import AwsCommand
from ..hits import Hit, HitFix, Replacement
from ..words import Word

__all__ = ["CommandWords", "GivenOption", "insertion", "replacement"]


@dataclass(frozen=True)
class GivenOption:
    """``--name`` at argument ``index``; its value inline (``--name=value``) or at ``value``."""

    name: str
    index: int
    value: int | None
    inline: bool

    def value_text(self, args: Sequence[Word]) -> str | None:
        if self.inline:
            return args[self.index].text.split("=", 1)[1]
        return None if self.value is None else args[self.value].text


class CommandWords:
    """One command's arguments (after ``aws SERVICE OPERATION``), tied to the file."""

    def __init__(self, command: AwsCommand) -> None:
        self.command = command
        self.args = command.args
        self.texts = [word.text for word in command.args]
        self.file_text = command.snippet.file_text

    def options(self, flags: frozenset[str] = frozenset()) -> Iterator[GivenOption]:
        """Every ``--name`` given; a name in ``flags`` (or followed by an option) takes no value."""
        for index, text in enumerate(self.texts):
            if not text.startswith("--") or not self.args[index].known_text(0, 2):
                continue
            name, equals, _ = text.partition("=")
            following = self.texts[index + 1] if index + 1 < len(self.texts) else None
            takes = not equals and name not in flags and following is not None
            takes = takes and not following.startswith("--")  # type: ignore[union-attr]
            yield GivenOption(name, index, index + 1 if takes else None, bool(equals))

    def option(self, name: str, flags: frozenset[str] = frozenset()) -> GivenOption | None:
        """The last ``--name`` given (the one the AWS CLI keeps), if any."""
        found = [given for given in self.options(flags) if given.name == name]
        return found[-1] if found else None

    def span_of(self, index: int, location: Location | None = None) -> tuple[int, int]:
        """File span of argument ``index``, or of ``location``'s characters in it."""
        word = self.args[index]
        if location is None or location.file is not None or location.item != index:
            return word.file_start, word.file_end
        return word.file_span(location.start, max(location.end, location.start + 1))

    def hit(
        self,
        rule: str,
        message: str,
        span: tuple[int, int],
        fix: HitFix | None = None,
        *,
        item: int | None = None,
    ) -> Hit:
        return Hit(rule, message, span[0], span[1], item=item, fix=fix)

    def whole_command_span(self) -> tuple[int, int]:
        aws = self.command.aws
        return aws.file_start, aws.file_end

    def after_operation(self) -> int:
        """Where an option goes: just after the operation's name, or, if it cannot be found
        as written, after the command's last word (before a redirection or pipe, which are
        not words of it)."""
        command = self.command
        service, operation = re.escape(command.service or ""), re.escape(command.operation or "")
        pattern = re.compile(rf"(?<![\w-]){service}[ \t]+{operation}(?![\w-])")
        for match in pattern.finditer(self.file_text, command.aws.file_end, self.end()):
            if not any(
                w.file_start < match.end() and match.start() < w.file_end for w in self.args
            ):
                return match.end()
        return self.end()

    def _inside_a_word(self, start: int, end: int) -> bool:
        return any(word.file_start < end and start < word.file_end for word in self.args)

    def end(self) -> int:
        """Where the command's last word ends in the file."""
        return max(word.file_end for word in [self.command.aws, *self.args])

    def plain(self, index: int, start: int, end: int) -> tuple[int, int] | None:
        """The file span of ``text[start:end]`` of argument ``index`` if it is written as is."""
        word = self.args[index]
        if not word.known_text(start, end):
            return None
        first, last = word.file_span(start, end)
        return (first, last) if self.file_text[first:last] == word.text[start:end] else None


def insertion(at: int, text: str, description: str, *, safe: bool = True) -> HitFix:
    return HitFix(description, (Replacement(at, at, text),), safe)


def replacement(span: tuple[int, int], text: str, description: str, *, safe: bool = True) -> HitFix:
    return HitFix(description, (Replacement(span[0], span[1], text),), safe)
