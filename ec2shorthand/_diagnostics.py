"""Diagnostics: what validation found, where, and how bad it is."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from ._errors import ShorthandError, line_and_column, render_caret

__all__ = [
    "Diagnostic",
    "InvalidRequestError",
    "Severity",
    "describe_value",
    "fails",
    "format_path",
]

Severity = Literal["error", "warning"]


def format_path(steps: Iterable[str | int]) -> str:
    """``("IpPermissions", 0, "FromPort")`` -> ``IpPermissions[0].FromPort``."""
    text = ""
    for step in steps:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else str(step)
    return text or "(the request)"


def describe_value(value: Any) -> str:
    """How to name a value that has the wrong type: ``the string '22'``, ``a list``."""
    if isinstance(value, bool):
        return f"the boolean {value}"
    if isinstance(value, str):
        return f"the string {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a structure"
    if isinstance(value, bytes):
        return "bytes (from fileb://)"
    if value is None:
        return "null"
    return f"the {type(value).__name__} {value!r}"


@dataclass(frozen=True)
class Diagnostic:
    """One finding about a request.

    Attributes:
        rule: the rule's id (``ports.bounds``); README lists them all.
        severity: ``"error"`` (AWS would refuse the request, or the AWS CLI
            would) or ``"warning"`` (accepted, but almost certainly a mistake).
        path: where in the request (``IpPermissions[0].FromPort``).
        message: what is wrong and how to fix it.
        steps: the same place as keys and indexes (``("IpPermissions", 0, "FromPort")``).
        option: the command-line option the value came from, when known.
        doc: the text the value was written in (a shorthand value, or the
            command line), when known; ``start``/``end`` delimit the value in it.
    """

    rule: str
    severity: Severity
    path: str
    message: str
    steps: tuple[str | int, ...] = ()
    option: str | None = None
    doc: str | None = None
    start: int | None = None
    end: int | None = None

    @classmethod
    def from_error(cls, error: ShorthandError) -> Diagnostic:
        """An input that could not be read at all, as a diagnostic (rule ``input.<kind>``)."""
        steps: tuple[str | int, ...] = getattr(error, "path", ())
        path = format_path(steps) if steps else "(the command line)"
        message = getattr(error, "reason", error.msg)
        diagnostic = cls(error.rule, "error", path, message, steps, option=error.option)
        if error.doc is None or error.pos is None:
            return diagnostic
        return diagnostic.located(error.option, error.doc, error.pos, error.pos + 1)

    def located(self, option: str | None, doc: str, start: int, end: int) -> Diagnostic:
        """The same finding, pointing at the value in ``doc``."""
        return replace(self, option=option, doc=doc, start=start, end=end)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (what ``ec2shorthand validate --format json`` prints)."""
        data = asdict(self)
        data["steps"] = list(self.steps)
        if self.doc is not None and self.start is not None:
            data["line"], data["column"] = line_and_column(self.doc, self.start)
        return data

    def __str__(self) -> str:
        head = f"{self.severity}[{self.rule}] {self.path}: {self.message}"
        if self.doc is None or self.start is None:
            return head if self.option is None else f"{head} ({self.option})"
        line, column = line_and_column(self.doc, self.start)
        where = f"  in {self.option}, " if self.option else "  at "
        caret = render_caret(self.doc, self.start, self.end)
        return f"{head}\n{where}line {line}, column {column}:\n{caret}"


def fails(diagnostics: Sequence[Diagnostic], *, strict: bool) -> bool:
    """Whether the findings make a request invalid: any error, or with ``strict`` any warning."""
    failing = ("error", "warning") if strict else ("error",)
    return any(found.severity in failing for found in diagnostics)


class InvalidRequestError(ShorthandError):
    """The request breaks the operation's rules; ``diagnostics`` lists every finding."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = list(diagnostics)
        errors = sum(1 for diagnostic in self.diagnostics if diagnostic.severity == "error")
        counted = f"{errors} error{'s' if errors != 1 else ''}"
        body = "\n".join(str(diagnostic) for diagnostic in self.diagnostics)
        super().__init__(f"the request is not valid ({counted}):\n{body}")
