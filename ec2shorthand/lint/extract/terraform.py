"""Shell in Terraform: the ``command`` of ``local-exec`` provisioners.

``command`` is a quoted string (HCL escapes) or a here-document (``<<EOT``,
``<<-EOT`` with its indentation taken off). Terraform's ``${...}``
interpolations and ``%{...}`` directives are values known only when it runs:
they are handed to bash as unknown values of the same length. A provisioner
whose ``interpreter`` is not a POSIX shell is not read.
"""

from __future__ import annotations

import re

from ..snippet import Snippet, SnippetBuilder
from ._blocks import block_snippet
from ._lines import lines_of

__all__ = ["terraform_snippets"]

_PROVISIONER = re.compile(r'provisioner\s+"local-exec"\s*\{')
_COMMAND = re.compile(
    r'(?m)^[ \t]*command[ \t]*=[ \t]*(?:(?P<quote>")|<<(?P<dash>-?)(?P<tag>\w+)[ \t]*\n)'
)
_INTERPRETER = re.compile(r'(?m)^[ \t]*interpreter[ \t]*=[ \t]*\[[ \t]*"(?P<program>[^"]*)"')
_POSIX = re.compile(r"(?:.*/)?(?:ba|z|da)?sh")
_TEMPLATE = re.compile(r"(?<!\$)\$\{[^}\n]*\}|(?<!%)%\{[^}\n]*\}")
_HCL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def terraform_snippets(text: str) -> list[Snippet]:
    snippets = []
    for provisioner in _PROVISIONER.finditer(text):
        block_end = _block_end(text, provisioner.end())
        interpreter = _INTERPRETER.search(text, provisioner.end(), block_end)
        if interpreter is not None and not _POSIX.fullmatch(interpreter["program"]):
            continue
        command = _COMMAND.search(text, provisioner.end(), block_end)
        if command is None:
            continue
        if command["quote"]:
            snippet = _quoted(text, command.end())
        else:
            snippet = _heredoc(text, command.end(), command["tag"], bool(command["dash"]))
        snippets.append(_masked(snippet))
    return snippets


def _block_end(text: str, at: int) -> int:
    """The offset of the brace that closes the block opened just before ``at``."""
    depth = 1
    for match in re.finditer(r'[{}]|"(?:[^"\\\n]|\\.)*"', text[at:]):
        if match.group() == "{":
            depth += 1
        elif match.group() == "}":
            depth -= 1
            if depth == 0:
                return at + match.start()
    return len(text)


def _quoted(text: str, at: int) -> Snippet:
    builder = SnippetBuilder(text)
    while at < len(text) and text[at] not in '"\n':
        if text[at] == "\\" and at + 1 < len(text):
            builder.put(_HCL_ESCAPES.get(text[at + 1], text[at + 1]), at, at + 2)
            at += 2
        elif text.startswith("$${", at) or text.startswith("%%{", at):
            builder.put(text[at], at, at + 2)  # the literal ${ or %{
            at += 2
        else:
            builder.copy(at, at + 1)
            at += 1
    return builder.build()


def _heredoc(text: str, at: int, tag: str, dash: bool) -> Snippet:
    closing = re.compile(rf"(?m)^[ \t]*{re.escape(tag)}[ \t]*$")
    found = closing.search(text, at)
    end = found.start() if found is not None else len(text)
    lines = lines_of(text, at, end)
    bodies = [text[s:e] for s, e in lines if text[s:e].strip()]
    indent = min((len(b) - len(b.lstrip(" \t")) for b in bodies), default=0) if dash else 0
    return block_snippet(text, lines, indent, "shell")


def _masked(snippet: Snippet) -> Snippet:
    """``${var.x}`` as ``${_____}``: one unknown value to bash, as long as the original."""
    masked = _TEMPLATE.sub(lambda m: "${" + "_" * (len(m.group()) - 3) + "}", snippet.text)
    return Snippet(masked, snippet.starts, snippet.ends, snippet.file_text)
