"""JSON and YAML documents, read as the AWS CLI reads them, with errors that point.

The AWS CLI parses JSON with Python's ``json`` module; so does this module, so
the same texts are accepted. One difference, on purpose: a key given twice in
one object is an error here, where ``json`` silently keeps the last value.

YAML (``--cli-input-yaml``) is read safely, with limits a hostile document
cannot get past: aliases may not expand a document beyond a budget (a
"billion laughs" file is refused before anything walks it), nor refer to
themselves. yaml is imported only when a YAML document is read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._core.errors import DuplicateKeyError, ShorthandSyntaxError
from .._core.paths import Path

if TYPE_CHECKING:
    import yaml

__all__ = ["MAX_YAML_VALUES", "load_json", "load_yaml", "locate_json", "locate_yaml"]

# How many values a YAML document may hold once its aliases are expanded:
# generous for any request, tiny beside what nine nested aliases make (9^9).
MAX_YAML_VALUES = 1_000_000


class _RepeatedKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    members: dict[str, Any] = {}
    for key, value in pairs:
        if key in members:
            raise _RepeatedKey(key)
        members[key] = value
    return members


def load_json(text: str) -> Any:
    """The value of a JSON text; :class:`ShorthandSyntaxError` with a caret if it is not JSON."""
    if text.startswith("\ufeff"):
        raise ShorthandSyntaxError(
            "the text starts with a UTF-8 byte order mark (BOM), which JSON does not allow: "
            "save the file as UTF-8 without BOM",
            text,
            0,
        )
    try:
        return json.loads(text, object_pairs_hook=_unique_members)
    except json.JSONDecodeError as error:
        raise ShorthandSyntaxError(f"invalid JSON: {error.msg}", text, error.pos) from None
    except _RepeatedKey as repeated:
        key = json.dumps(repeated.key, ensure_ascii=False)
        raise DuplicateKeyError(
            f"the key {key} is given twice in the same JSON object",
            text,
            _second_key(text, key),
            key=repeated.key,
        ) from None
    except RecursionError:
        raise ShorthandSyntaxError("the JSON value is nested too deeply", text, 0) from None
    except ValueError as error:  # e.g. an integer of more than 4300 digits
        raise ShorthandSyntaxError(f"invalid JSON: {error}", text, 0) from None


def _second_key(text: str, key: str) -> int:
    """Where the repeated key is written: its second appearance as a key (or 0).

    An approximation (json does not report positions of keys): right for the
    usual case, a key repeated in one object.
    """
    places = [match.start() + 1 for match in re.finditer(re.escape(key) + r"\s*:", text)]
    return places[1] if len(places) > 1 else 0


def load_yaml(text: str) -> Any:
    """The value of a YAML text (safe tags only; dates stay strings)."""
    import yaml

    try:
        # The reader checks every character as the loader is made: inside the try.
        loader = _loader_class()(text)
    except yaml.reader.ReaderError as error:
        raise ShorthandSyntaxError(
            f"invalid YAML: {_character(error.character)} is not allowed in YAML",
            text,
            min(max(error.position, 0), len(text)),
        ) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expansion(node, text)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        pos = _offset(text, mark.line, mark.column) if mark is not None else 0
        raise ShorthandSyntaxError(f"invalid YAML: {error.problem}", text, pos) from None
    except yaml.YAMLError as error:
        raise ShorthandSyntaxError(f"invalid YAML: {error}", text, 0) from None
    except RecursionError:
        raise ShorthandSyntaxError("the YAML value is nested too deeply", text, 0) from None
    except ShorthandSyntaxError:  # our own finding (the alias budget): already placed
        raise
    except ValueError as error:  # e.g. an integer of more than 4300 digits
        raise ShorthandSyntaxError(f"invalid YAML: {error}", text, 0) from None
    finally:
        loader.dispose()


def _character(character: object) -> str:
    # PyYAML's reader gives a text's offending character as its number.
    return f"the character U+{character:04X}" if isinstance(character, int) else "a character"


_LOADER: list[type[yaml.SafeLoader]] = []  # the loader class, made once, on first use


def _loader_class() -> type[yaml.SafeLoader]:
    """Safe YAML, except that dates stay strings: no request member is a date."""
    if not _LOADER:
        import yaml

        class StringTimestampsLoader(yaml.SafeLoader):
            pass

        StringTimestampsLoader.yaml_implicit_resolvers = {
            first: [
                (tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"
            ]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }

        _LOADER.append(StringTimestampsLoader)
    return _LOADER[0]


def _check_expansion(root: yaml.Node, text: str) -> None:
    """Refuse a document whose aliases refer to themselves or expand it beyond the budget.

    Each distinct node's expanded size is counted once (memoized), so this
    costs one step per node written, however far the aliases would expand.
    """

    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    pending: list[tuple[yaml.Node, bool]] = [(root, False)]
    while pending:
        node, done = pending.pop()
        if id(node) in sizes:
            continue
        inner = _inner_nodes(node)
        if done:
            open_nodes.discard(id(node))
            size = 1 + sum(sizes[id(child)] for child in inner)
            if size > MAX_YAML_VALUES:
                raise ShorthandSyntaxError(
                    f"YAML aliases expand this document to more than {MAX_YAML_VALUES} values",
                    text,
                    _offset(text, node.start_mark.line, node.start_mark.column),
                )
            sizes[id(node)] = size
            continue
        if id(node) in open_nodes:
            raise ShorthandSyntaxError(
                "a YAML alias refers to a value that holds it",
                text,
                _offset(text, node.start_mark.line, node.start_mark.column),
            )
        open_nodes.add(id(node))
        pending.append((node, True))
        pending.extend((child, False) for child in inner if id(child) not in sizes)


def _inner_nodes(node: yaml.Node) -> list[yaml.Node]:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _offset(text: str, line: int, column: int) -> int:
    lines = text.splitlines(keepends=True)
    return min(sum(len(previous) for previous in lines[:line]) + column, len(text))


# --- positions inside documents, for pointing at a value ---------------------

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(
    r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null|NaN|-?Infinity"
)
_JSON_BLANK = re.compile(r"[ \t\n\r]*")


def locate_json(text: str, paths: Iterable[Path]) -> dict[Path, tuple[int, int]]:
    """The span of the value at each path in a JSON text (or of its nearest parent).

    One pass over the text, keeping spans only for the paths asked for and
    their parents; a text that is not JSON gives what was found before the
    fault.
    """
    wanted = {tuple(path[:length]) for path in paths for length in range(len(path) + 1)}
    spans: dict[Path, tuple[int, int]] = {}
    _JsonScanner(text, wanted, spans).run()
    return {tuple(path): span for path in paths if (span := _nearest(spans, path)) is not None}


def _nearest(spans: dict[Path, tuple[int, int]], path: Path) -> tuple[int, int] | None:
    for length in range(len(path), -1, -1):
        span = spans.get(tuple(path[:length]))
        if span is not None:
            return span
    return None


class _JsonScanner:
    """Walks a JSON text once, noting where wanted values start and end (no recursion)."""

    def __init__(self, text: str, wanted: set[Path], spans: dict[Path, tuple[int, int]]) -> None:
        self.text, self.wanted, self.spans = text, wanted, spans
        # Open containers: is it an object, its path, where it starts, items so far.
        self.stack: list[tuple[bool, Path, int, list[int]]] = []

    def run(self) -> None:
        try:
            self._scan()
        except (IndexError, ValueError):  # not JSON from here on: keep what was found
            return

    def _note(self, path: Path, start: int, end: int) -> None:
        if path in self.wanted:
            self.spans[path] = (start, end)

    def _blank(self, pos: int) -> int:
        match = _JSON_BLANK.match(self.text, pos)
        assert match is not None  # the pattern matches the empty string
        return match.end()

    def _scan(self) -> None:
        text, stack = self.text, self.stack
        path: Path = ()
        pos, state = self._blank(0), "value"
        while True:
            if state == "value":
                char = text[pos]
                if char in "{[":
                    stack.append((char == "{", path, pos, [0]))
                    pos = self._blank(pos + 1)
                    if text[pos] in "}]":
                        state = "after"
                        continue
                    state = "key" if char == "{" else "value"
                    path = path if char == "{" else (*path, 0)
                    continue
                match = _STRING.match(text, pos) or _SCALAR.match(text, pos)
                if match is None:
                    return
                self._note(path, pos, match.end())
                pos, state = self._blank(match.end()), "after"
            elif state == "key":
                match = _STRING.match(text, pos)
                if match is None:
                    return
                key = json.loads(match.group())
                pos = self._blank(match.end())
                if text[pos] != ":":
                    return
                pos, path, state = self._blank(pos + 1), (*stack[-1][1], key), "value"
            else:  # after a value: a comma, a closer, or the end
                if not stack or pos >= len(text):
                    return
                is_object, parent, start, count = stack[-1]
                if text[pos] == ",":
                    pos = self._blank(pos + 1)
                    if is_object:
                        state = "key"
                    else:
                        count[0] += 1
                        path, state = (*parent, count[0]), "value"
                elif text[pos] in "}]":
                    self._note(parent, start, pos + 1)
                    stack.pop()
                    pos = self._blank(pos + 1)
                else:
                    return


def locate_yaml(text: str, paths: Iterable[Path]) -> dict[Path, tuple[int, int]]:
    """The span of the value at each path in a YAML text (or of its nearest parent)."""
    import yaml

    try:
        root = yaml.compose(text, Loader=_loader_class())
    except (yaml.YAMLError, ValueError, RecursionError):
        return {}
    found: dict[Path, tuple[int, int]] = {}
    for path in paths:
        node: Any = root
        span: tuple[int, int] | None = None
        if node is not None:
            span = (node.start_mark.index, node.end_mark.index)
        for step in path:
            node = _yaml_child(node, step)
            if node is None:
                break
            span = (node.start_mark.index, max(node.end_mark.index, node.start_mark.index + 1))
        if span is not None:
            found[tuple(path)] = span
    return found


def _yaml_child(node: Any, step: str | int) -> Any:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return next(
            (value for key, value in node.value if getattr(key, "value", None) == step), None
        )
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return node.value[step]
    return None
