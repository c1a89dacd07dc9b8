"""Shell in YAML files: GitHub Actions ``run:``, GitLab CI ``script:``, CodeBuild
``commands:`` values, and CloudFormation/SAM ``UserData`` scripts.

PyYAML finds the scalars and where they stand; a literal (``|``) or folded
(``>``) block is mapped back line by line, other scalars character by
character. GitHub's ``${{ ... }}`` is hidden from bash as an unknown value.
"""

from __future__ import annotations

import re

import yaml

from ..snippet import Snippet, SnippetBuilder
from ._lines import lines_of

__all__ = ["yaml_snippets"]

_POSIX_SHELL = re.compile(r"(bash|sh)\b")
# GitHub's run:, GitLab's scripts, CodeBuild's phases.*.commands.
_SHELL_KEYS = frozenset({"run", "script", "before_script", "after_script", "commands"})
# libyaml's loader where PyYAML has it: the same nodes and marks, much faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TEMPLATE = re.compile(r"\$\{\{.*?\}\}", re.DOTALL)
# CloudFormation's Fn::Sub references (${Param}, ${AWS::Region}, ${Res.Attr}): values
# only known when the stack is made. A literal ${!Name} is bash's ${Name}: unknown too.
_SUBSTITUTION = re.compile(r"\$\{[^}\n]*\}")


def yaml_snippets(text: str) -> list[Snippet]:
    """One snippet per shell value (each item of a ``script:`` list is one)."""
    try:
        documents = list(yaml.compose_all(text, Loader=_LOADER))
    except yaml.YAMLError:
        return []
    snippets: list[Snippet] = []
    stack: list[yaml.Node] = [node for node in documents if node is not None]
    # An alias (*name) is the node it names: each node is read once, so a document
    # of aliases of aliases (a "billion laughs") costs what its text costs.
    seen: set[int] = set()
    taken: set[int] = set()  # the nodes of shell values (an anchor elsewhere may name one)
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            other_shell = _other_shell(node)
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value in _SHELL_KEYS:
                    if other_shell:
                        continue
                    snippets += [_masked(_scalar(text, s)) for s in _scalars(value, taken)]
                elif isinstance(key, yaml.ScalarNode) and key.value == "UserData":
                    scalars = _user_data(value, taken)
                    snippets += [_masked(_scalar(text, s), _SUBSTITUTION) for s in scalars]
                else:
                    stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return sorted(snippets, key=lambda snippet: snippet.starts[0] if snippet.text else 0)


def _other_shell(step: yaml.MappingNode) -> bool:
    """Whether a GitHub step names a shell other than bash or sh (``shell: pwsh``)."""
    for key, value in step.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "shell":
            return isinstance(value, yaml.ScalarNode) and not _POSIX_SHELL.match(value.value)
    return False


def _scalars(node: yaml.Node, seen: set[int]) -> list[yaml.ScalarNode]:
    """The scalars of a shell value (a string, or a list of them, nested), each node once."""
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, yaml.ScalarNode):
            found.append(current)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))
    return found


def _user_data(node: yaml.Node, seen: set[int]) -> list[yaml.ScalarNode]:
    """The script of a CloudFormation or SAM ``UserData``: a string, or the string
    under ``Fn::Base64`` and ``Fn::Sub`` (``!Base64``, ``!Sub``, ``[string, {vars}]``).

    ``Fn::Join`` is not read: its pieces stand between references whose values
    may hold any shell text, so no piece is a command on its own.
    """
    while isinstance(node, yaml.MappingNode) and len(node.value) == 1:
        key, node = node.value[0]
        if not (isinstance(key, yaml.ScalarNode) and key.value in ("Fn::Base64", "Fn::Sub")):
            return []
    if isinstance(node, yaml.SequenceNode) and node.tag in ("!Sub", "tag:yaml.org,2002:seq"):
        node = node.value[0] if node.value else node
    return _scalars(node, seen) if isinstance(node, yaml.ScalarNode) else []


def _masked(snippet: Snippet, pattern: re.Pattern[str] = _TEMPLATE) -> Snippet:
    """``${{ expr }}`` (or what ``pattern`` finds) as ``${____}``: one unknown value to
    bash, as long as the original."""

    def hide(match: re.Match[str]) -> str:
        return "${" + "_" * (len(match.group()) - 3) + "}"

    masked = pattern.sub(hide, snippet.text)
    return Snippet(masked, snippet.starts, snippet.ends, snippet.file_text)


def _scalar(text: str, node: yaml.ScalarNode) -> Snippet:
    start, end = node.start_mark.index, node.end_mark.index
    if node.style in ("|", ">"):
        built = _block(text, start, end, folded=node.style == ">")
        if built.text.rstrip("\n") == node.value.rstrip("\n"):
            return built
    return _aligned(text, start, end, node.value)


def _block(text: str, start: int, end: int, *, folded: bool) -> Snippet:
    """A block scalar's content: indentation removed, folded lines joined as YAML joins them."""
    header_end = text.find("\n", start, end)
    builder = SnippetBuilder(text)
    if header_end == -1:
        return builder.build()
    lines = lines_of(text, header_end + 1, end)
    indent = min(
        (len(text[s:e]) - len(text[s:e].lstrip(" ")) for s, e in lines if text[s:e].strip()),
        default=None,
    )
    if indent is None:
        return builder.build()
    previous: tuple[int, int] | None = None  # the last non-empty line, for folding
    blank_run = 0
    for line_start, line_end in lines:
        body_start = min(line_start + indent, line_end)
        if not text[line_start:line_end].strip():
            blank_run += 1
            continue
        if previous is not None:
            _line_break(builder, text, previous, (body_start, line_end), blank_run, folded)
        builder.copy(body_start, line_end)
        previous, blank_run = (body_start, line_end), 0
    if previous is not None:
        builder.put("\n", previous[1], previous[1] + 1)
    return builder.build()


def _line_break(
    builder: SnippetBuilder,
    text: str,
    previous: tuple[int, int],
    current: tuple[int, int],
    blank_run: int,
    folded: bool,
) -> None:
    """What YAML puts between two content lines: line breaks, or one space when it folds."""
    at = previous[1]
    more_indented = text[previous[0] : previous[0] + 1] in (" ", "\t") or text[
        current[0] : current[0] + 1
    ] in (" ", "\t")
    if folded and not more_indented:
        if blank_run:
            builder.put("\n" * blank_run, at, at + 1)
        else:
            builder.put(" ", at, at + 1)
        return
    builder.put("\n" * (blank_run + 1), at, at + 1)


def _aligned(text: str, start: int, end: int, value: str) -> Snippet:
    """A flow scalar's value, each character tied to the next equal one in its source."""
    builder = SnippetBuilder(text)
    at = start
    for char in value:
        found = text.find(char, at, end)
        if found == -1 and char in " \n":  # a folded line break
            found = text.find("\n", at, end)
        if found == -1:
            builder.put(char, max(at - 1, start), max(at, start + 1))
            continue
        if text[found] == char:
            builder.copy(found, found + 1)
        else:
            builder.put(char, found, found + 1)
        at = found + 1
    return builder.build()
