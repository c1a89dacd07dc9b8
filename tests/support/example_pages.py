"""The example commands of the installed AWS CLI's own documentation pages.

awscli ships ``awscli/examples/<service>/<operation>.rst``. They are read from
the installed package every time, never copied into this repository.

A command starts on a line whose text, after its indentation and an optional
prompt (``$ `` or ``PS C:\\>``), starts with ``aws ``. It goes on as a shell
reads it: past a line that ends in ``\\`` (or ``^``, the Windows ``cmd``
continuation some pages use), and past line ends inside an open quote. It
ends at the first line end outside quotes, or where the page's literal block
ends (a line that is not indented).

The words are split as bash splits these simple commands: ``shlex`` in POSIX
mode. Commands bash would not run as one plain command (pipes,
redirections, ``$(...)``, ``$VARIABLE``, unbalanced quotes, ...) are returned
as ``Unsplittable`` with the reason, never dropped silently.
"""

from __future__ import annotations

import functools
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Example", "Extraction", "Unsplittable", "examples_root", "extract", "extract_page"]

# A prompt some pages put before a command: bash's `$ `, PowerShell's `PS C:\>`,
# cmd's `C:\>`.
_PROMPT = re.compile(r"(?:\$ |PS [A-Za-z]:\\[^>]*> ?|[A-Za-z]:\\[^>]*> ?)")
_COMMAND_START = "aws "
# Unquoted characters that make a line more than one plain command to bash.
_OPERATORS = {
    "|": "pipe",
    ";": "command list",
    "&": "command list",
    "(": "subshell",
    ")": "subshell",
}
# What may follow `$` for bash to expand it (a name, a positional or special parameter).
_PARAMETER_START = re.compile(r"[A-Za-z_0-9{?!#*@$-]")


@dataclass(frozen=True)
class Example:
    """One ``aws SERVICE OPERATION ARGV...`` command of an example page.

    ``page`` is relative to ``awscli/examples``; ``line`` and ``end_line`` are
    1-based and inclusive. ``operation`` is ``""`` when the command has none
    (``aws configure``). ``caveats`` name where a real shell could differ
    from the split given here (``brace expansion``: bash would turn an
    unquoted ``{a,b}`` into two words; ``cmd continuation``: the page is
    written for Windows ``cmd``).
    """

    page: str
    line: int
    end_line: int
    service: str
    operation: str
    argv: list[str]
    text: str
    caveats: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"

    @property
    def cli_args(self) -> list[str]:
        """The arguments of ``aws`` itself, as ``CLIDriver.main`` takes them."""
        operation = [self.operation] if self.operation else []
        return [self.service, *operation, *self.argv]


@dataclass(frozen=True)
class Unsplittable:
    """A command that is not one plain command line, and why."""

    page: str
    line: int
    end_line: int
    text: str
    reason: str


@dataclass
class Extraction:
    pages: int = 0
    examples: list[Example] = field(default_factory=list)
    unsplittable: list[Unsplittable] = field(default_factory=list)


def examples_root() -> Path:
    import awscli

    return Path(awscli.__file__).parent / "examples"


@functools.cache
def extract(root: Path | None = None) -> Extraction:
    """Every example command of every page under ``root`` (the installed pages by default)."""
    root = root or examples_root()
    extraction = Extraction()
    for path in sorted(root.rglob("*.rst")):
        extraction.pages += 1
        page = path.relative_to(root).as_posix()
        for found in extract_page(path.read_text(encoding="utf-8"), page):
            if isinstance(found, Example):
                extraction.examples.append(found)
            else:
                extraction.unsplittable.append(found)
    return extraction


def extract_page(text: str, page: str) -> Iterator[Example | Unsplittable]:
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        start = _command_start(lines[index])
        if start is None:
            index += 1
            continue
        reader = _ShellReader()
        end = index
        continues = reader.feed(lines[index][start:])
        while continues and end + 1 < len(lines) and _inside_block(lines[end + 1]):
            end += 1
            continues = reader.feed(lines[end])
        if continues and reader.quote:
            reader.hazards.append("unbalanced quotes")
        source = "\n".join(lines[index : end + 1])
        yield _make(page, index + 1, end + 1, source, reader)
        index = end + 1


def _command_start(line: str) -> int | None:
    """Where ``aws `` starts on ``line``, if the line starts a command."""
    text = line.lstrip()
    if not text or text is line:  # commands sit in indented literal blocks
        return None
    offset = len(line) - len(text)
    prompt = _PROMPT.match(text)
    if prompt:
        offset += prompt.end()
    return offset if line.startswith(_COMMAND_START, offset) else None


def _inside_block(line: str) -> bool:
    return not line or line[0].isspace()


def _make(
    page: str, line: int, end_line: int, source: str, reader: _ShellReader
) -> Example | Unsplittable:
    def refuse(reason: str) -> Unsplittable:
        return Unsplittable(page, line, end_line, source, reason)

    if reader.hazards:
        return refuse(reader.hazards[0])
    try:
        words = shlex.split(reader.text, posix=True)  # comments: cut by the reader
    except ValueError as error:  # "No closing quotation", "No escaped character"
        return refuse(f"shlex: {error}")
    global_options, rest = _global_options_first(words[1:])
    if not rest:
        return refuse("no service")
    service, rest = rest[0], rest[1:]
    more_options, rest = _global_options_first(rest)
    operation, argv = (rest[0], rest[1:]) if rest and not rest[0].startswith("-") else ("", rest)
    argv = [*global_options, *more_options, *argv]
    caveats = tuple(sorted(reader.caveats))
    return Example(page, line, end_line, service, operation, argv, source, caveats)


def _global_options_first(words: list[str]) -> tuple[list[str], list[str]]:
    """The global options (``--region R``) that lead ``words``, and the words after them.

    The CLI takes global options anywhere on the line (``aws cur --region R
    describe-...``); they are moved after the operation, where they mean
    the same to it.
    """
    taking_value = _global_options()
    index = 0
    while index < len(words) and words[index].startswith("--"):
        name = words[index][2:].partition("=")[0]
        if name not in taking_value:
            break
        index += 2 if taking_value[name] and "=" not in words[index] else 1
    return words[:index], words[index:]


@functools.cache
def _global_options() -> dict[str, bool]:
    """The AWS CLI's global options, each mapped to whether it takes a value."""
    import json

    options = json.loads((examples_root().parent / "data" / "cli.json").read_text())["options"]
    return {name: spec.get("action") is None for name, spec in options.items()}


class _ShellReader:
    """Reads a command line by line, as bash would, tracking its quotes.

    It joins the lines (a backslash-newline disappears, a newline inside
    quotes stays), and notes what bash would treat as more than plain words.
    The words themselves are split afterwards by ``shlex``.
    """

    def __init__(self) -> None:
        self.text = ""
        self.quote = ""  # "", "'" or '"': the quote open at the end of the text
        self.hazards: list[str] = []
        self.caveats: set[str] = set()
        self._braces: list[bool] = []  # per open unquoted '{': has it an unquoted ','?
        self._commented = False

    def feed(self, line: str) -> bool:
        """Add one line; return whether the command goes on to the next line."""
        stripped = line.rstrip(" \t")
        if stripped != line and stripped.endswith(("\\", "^")) and not self.quote:
            self.caveats.add("blanks after the continuation character")
        line = stripped
        if not self.quote and not self._commented and line.endswith("^"):
            self.caveats.add("cmd continuation")
            self._scan(line[:-1])
            return True
        self._scan(line)
        if self._commented:
            return False
        if self.text.endswith("\\") and _escapes_last(self.text, self.quote):
            self.text = self.text[:-1]  # backslash-newline: a line continuation
            return True
        if self.quote:
            self.text += "\n"
            return True
        return False

    def _scan(self, line: str) -> None:
        index, word_start = 0, True
        while index < len(line) and not self._commented:
            char = line[index]
            ahead = line[index + 1] if index + 1 < len(line) else ""
            if self.quote == "'":
                self.quote = "" if char == "'" else "'"
            elif char == "\\":
                index += 1  # the next character is escaped (or it is a line continuation)
            elif self.quote == '"':
                if char == '"':
                    self.quote = ""
                elif char in "$`":
                    self._expansion(char, ahead)
            elif char in "'\"":
                self.quote = char
            elif char == "#" and word_start:
                self._commented = True
                break
            elif char in "$`":
                self._expansion(char, ahead)
            elif char in "<>":
                self.hazards.append("heredoc" if line.startswith("<<", index) else "redirection")
            elif char in _OPERATORS:
                self.hazards.append(_OPERATORS[char])
            else:
                self._brace(char, word_start)
            word_start = char in " \t"
            index += 1
        self.text += line[:index] if self._commented else line

    def _expansion(self, char: str, ahead: str) -> None:
        if char == "`" or ahead == "(":
            self.hazards.append("command substitution")
        elif ahead in ("'", '"') and not self.quote:
            self.hazards.append("ANSI-C or locale quoting")
        elif ahead and _PARAMETER_START.match(ahead):
            self.hazards.append("variable expansion")

    def _brace(self, char: str, word_start: bool) -> None:
        if char == "{":
            self._braces.append(False)
        elif char == "," and self._braces:
            self._braces[-1] = True
        elif char == "}" and self._braces and self._braces.pop():
            self.caveats.add("brace expansion")
        elif char == "~" and word_start:
            self.caveats.add("tilde expansion")


def _escapes_last(text: str, quote: str) -> bool:
    """Whether the trailing backslash of ``text`` is itself unescaped (outside single quotes)."""
    if quote == "'":
        return False
    run = len(text) - len(text.rstrip("\\"))
    return run % 2 == 1
