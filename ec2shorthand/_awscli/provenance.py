"""Where each part of a request came from, to point diagnostics at the text.

While a command is read, every option records the part of the request it
wrote (a path prefix: ``IpPermissions``, or ``IpPermissions[0].FromPort`` for
``--port``) with the text it wrote it from and that text's form. Placing a
diagnostic finds the longest recorded prefix of its path and looks the rest
of the path up inside that text: one parse per text, however many
diagnostics point into it.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

from .._core.diagnostics import Diagnostic
from .._core.location import Location
from .._core.paths import Path
from .._syntax.documents import locate_json, locate_yaml
from .argv import Item

# (first character, one past the last) of a value in its text
Span = tuple[int, int]

__all__ = ["Form", "Origin", "Origins"]


class Form(enum.Enum):
    """How the text of an origin says its value."""

    SHORTHAND = "shorthand"
    JSON = "json"
    YAML = "yaml"
    PLAIN = "plain"  # the text is the value (or stands for it as a whole)


@dataclass(frozen=True)
class Origin:
    """The text a part of the request was written in.

    ``items`` are the argv values (one per list element when ``many``);
    ``file_text`` is the content of the file ``items[0]`` named, when the value
    came from ``file://``, and then the form is that text's.
    """

    option: str
    items: tuple[Item, ...]
    form: Form = Form.PLAIN
    many: bool = False
    file_name: str | None = None
    file_text: str | None = None
    # Where the recorded part of the request stands inside the text: a whole-request
    # document holds IpPermissions under "IpPermissions"; an option's value is the member.
    root: Path = ()


@dataclass
class Origins:
    """Path prefix -> origin, filled in while a command is read."""

    _by_prefix: dict[Path, Origin] = field(default_factory=dict)

    def record(self, prefix: Path, origin: Origin) -> None:
        """The part of the request under ``prefix`` was written as ``origin`` says."""
        self._by_prefix[tuple(prefix)] = origin

    def option_of(self, member: str) -> str | None:
        """The option (``--name``) a top-level member's value came from, if known."""
        origin = self._by_prefix.get((member,))
        return None if origin is None else origin.option

    def place_all(self, diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
        """The diagnostics, each pointing at its value where it can be found."""
        wanted: dict[tuple[int, str], list[Path]] = {}
        plans = [self._plan(diagnostic) for diagnostic in diagnostics]
        for plan in plans:
            if plan is not None and plan.origin.form is not Form.PLAIN:
                wanted.setdefault(plan.key, []).append(plan.inner)
        spans = {key: self._locate(key, paths) for key, paths in wanted.items()}
        return [
            diagnostic if plan is None else plan.place(diagnostic, spans.get(plan.key, {}))
            for diagnostic, plan in zip(diagnostics, plans, strict=True)
        ]

    def _plan(self, diagnostic: Diagnostic) -> _Plan | None:
        steps = diagnostic.steps
        for length in range(len(steps), 0, -1):
            origin = self._by_prefix.get(tuple(steps[:length]))
            if origin is not None:
                break
        else:
            return None
        if not origin.items:
            return None
        inner = (*origin.root, *steps[length:])
        index = 0
        if origin.many and inner and isinstance(inner[0], int):
            index, inner = min(inner[0], len(origin.items) - 1), inner[1:]
        elif origin.many and origin.form is Form.SHORTHAND:
            return _Plan(origin, origin.items[0], (), self._text_of(origin, origin.items[0]))
        item = origin.items[index]
        return _Plan(origin, item, inner, self._text_of(origin, item))

    @staticmethod
    def _text_of(origin: Origin, item: Item) -> str:
        return origin.file_text if origin.file_text is not None else item.text

    @staticmethod
    def _locate(key: tuple[int, str], paths: list[Path]) -> dict[Path, Span]:
        form, text = _FORMS[key[0]], key[1]
        if form is Form.SHORTHAND:
            from .._syntax.locate import locate_all  # only for findings: loads the full grammar

            return locate_all(text, paths)
        if form is Form.YAML:
            return locate_yaml(text, paths)
        return locate_json(text, paths)


_FORMS = list(Form)


def _key_before(text: str, value: Span, key: str) -> Span:
    """Where ``key`` is written just before its value (``key=value``, ``"key": value``): an
    unknown key is shown at the key, not at its value. The value's span if it is not there."""
    start = text.rfind(key, 0, value[0])
    if start < 0 or text[start + len(key) : value[0]].strip(" \t\n\r\"'@=:") != "":
        return value
    return (start, start + len(key))


@dataclass(frozen=True)
class _Plan:
    """How to place one diagnostic: in which text, at which path inside it."""

    origin: Origin
    item: Item
    inner: Path
    text: str

    @property
    def key(self) -> tuple[int, str]:
        return (_FORMS.index(self.origin.form), self.text)

    def place(self, diagnostic: Diagnostic, spans: dict[Path, Span]) -> Diagnostic:
        origin = self.origin
        span = spans.get(self.inner) if origin.form is not Form.PLAIN else None
        if span is not None and diagnostic.rule == "model.unknown-key" and self.inner:
            span = _key_before(self.text, span, str(self.inner[-1]))
        if origin.file_text is not None:
            start, end = span if span is not None else (0, len(origin.file_text))
            location = Location(self.item.index, start, max(end, start + 1), origin.file_name)
            return diagnostic.located(origin.option, origin.file_text, location)
        start, end = span if span is not None else (0, len(self.item.text))
        return diagnostic.located(origin.option, self.item.whole, self.item.location(start, end))
