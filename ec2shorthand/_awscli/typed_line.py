"""The line a shell or an editor hands to completion, read into words as bash reads them.

The line stops at the cursor, often inside a word and sometimes inside quotes
(``--ip-permissions 'IpRanges=[{Ci``). Its words are read with the shell's
quoting (single quotes, double quotes with ``\\`` escapes, ``\\`` outside
quotes); ``;``, ``|`` and ``&`` start a new command. Of the word under the
cursor the reading keeps which characters were quoted, since bash replaces
only the part after its last unquoted word-break character.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["TypedLine", "read_line"]

_BLANKS = " \t\n"
_COMMAND_ENDS = ";|&"


@dataclass
class TypedLine:
    """The words of the command being typed, and the word under the cursor."""

    words: list[str] = field(default_factory=list)
    # The word under the cursor: as typed (quotes and all), and its value so far.
    raw: str = ""
    value: str = ""
    # For each character of ``raw``: whether the shell reads it as quoted (a quote
    # character itself, anything inside quotes, a backslash and what it escapes).
    quoted: list[bool] = field(default_factory=list)
    # Where in ``raw`` the quote still open at the cursor starts, if one is.
    open_quote_at: int | None = None

    def bash_word_start(self, word_breaks: str) -> int:
        """Where in ``raw`` bash's completion word starts (readline's rule).

        Inside an open quote, right after the quote; otherwise after the last
        unquoted character of ``COMP_WORDBREAKS``.
        """
        if self.open_quote_at is not None:
            return self.open_quote_at + 1
        for index in range(len(self.raw) - 1, -1, -1):
            if self.raw[index] in word_breaks and not self.quoted[index]:
                return index + 1
        return 0


def read_line(line: str) -> TypedLine:
    """Read ``line`` (cut at the cursor) into the words of its last command."""
    typed = TypedLine()
    quote: str | None = None
    index = 0
    while index < len(line):
        char = line[index]
        if quote is None and (char in _BLANKS or char in _COMMAND_ENDS):
            if char in _COMMAND_ENDS:
                typed.words.clear()
            elif typed.raw:
                typed.words.append(typed.value)
            typed.raw, typed.value, typed.quoted = "", "", []
            index += 1
            continue
        if quote is None and char in "'\"":
            typed.open_quote_at = len(typed.raw)
        taken, added, after = _step(line, index, quote)
        typed.quoted.extend([quote is not None or after is not None or taken == 2] * taken)
        typed.raw += line[index : index + taken]
        typed.value += added
        quote = after
        if quote is None:
            typed.open_quote_at = None
        index += taken
    return typed


def _step(line: str, index: int, quote: str | None) -> tuple[int, str, str | None]:
    """How many characters one step reads, what they add to the value, the quote after them."""
    char = line[index]
    following = line[index + 1] if index + 1 < len(line) else ""
    if quote == "'":
        return (1, "", None) if char == "'" else (1, char, quote)
    if quote == '"':
        if char == '"':
            return 1, "", None
        if char == "\\" and following and following in '"\\$`':
            return 2, following, quote
        return 1, char, quote
    if char in "'\"":
        return 1, "", char
    if char == "\\":
        return (2, following, None) if following else (1, "", None)
    return 1, char, None
