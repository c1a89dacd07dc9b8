"""Diagnostics: what validation found, where, and how bad it is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from .errors import ShorthandError
from .location import Location
from .paths import Path, format_path
from .text import line_and_column, render_caret

__all__ = ["Diagnostic", "InvalidRequestError", "Severity", "fails"]

Severity = Literal["error", "warning"]


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
        doc: the text the value was written in (an argv item, or the file it
            named), when known; ``location`` gives the item and the offsets in ``doc``.
        location: where the value was written, when known.
    """

    rule: str
    severity: Severity
    path: str
    message: str
    steps: Path = ()
    option: str | None = None
    doc: str | None = None
    location: Location | None = None

    @classmethod
    def at(cls, rule: str, severity: Severity, steps: Path, message: str) -> Diagnostic:
        """A finding about the value at ``steps`` (not yet placed on the command line)."""
        return cls(rule, severity, format_path(steps), message, tuple(steps))

    @classmethod
    def from_error(cls, error: ShorthandError) -> Diagnostic:
        """An input that could not be read at all, as a diagnostic (rule ``input.<kind>``)."""
        steps: Path = getattr(error, "path", ())
        path = format_path(steps) if steps else "(the command line)"
        message = getattr(error, "reason", error.msg)
        location = error.location
        if location is None and error.doc is not None and error.pos is not None:
            end = error.end if error.end is not None else error.pos + 1
            location = Location(None, error.pos, max(end, error.pos + 1))
        return cls(error.rule, "error", path, message, steps, error.option, error.doc, location)

    def located(self, option: str | None, doc: str, location: Location) -> Diagnostic:
        """The same finding, pointing at its value: ``doc`` is the text ``location`` is in."""
        return replace(self, option=option, doc=doc, location=location)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form with the steps and the raw location (``validate --format json``
        prints the shape of ``_report.json``)."""
        data = asdict(self)
        data["steps"] = list(self.steps)
        del data["doc"]
        location = self.location
        if location is not None:
            data["location"] = {
                "item": location.item,
                "start": location.start,
                "end": location.end,
                "file": location.file,
            }
            if self.doc is not None:
                data["line"], data["column"] = line_and_column(self.doc, location.start)
        return data

    def __str__(self) -> str:
        head = f"{self.severity}[{self.rule}] {self.path}: {self.message}"
        location = self.location
        if self.doc is None or location is None:
            return head if self.option is None else f"{head} ({self.option})"
        line, column = line_and_column(self.doc, location.start)
        where = f"  in {self.option}, " if self.option else "  at "
        if location.file is not None:
            where += f"file {location.file!r}, "
        caret = render_caret(self.doc, location.start, location.end)
        return f"{head}\n{where}line {line}, column {column}:\n{caret}"


def fails(diagnostics: Sequence[Diagnostic], *, strict: bool) -> bool:
    """Whether the findings make a request invalid: any error, or with ``strict`` any warning."""
    failing = ("error", "warning") if strict else ("error",)
    return any(found.severity in failing for found in diagnostics)


class InvalidRequestError(ShorthandError):
    """The request breaks the operation's rules; ``diagnostics`` lists every finding."""

    rule = "input.invalid"

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = list(diagnostics)
        errors = sum(1 for diagnostic in self.diagnostics if diagnostic.severity == "error")
        counted = f"{errors} error{'s' if errors != 1 else ''}"
        body = "\n".join(str(diagnostic) for diagnostic in self.diagnostics)
        super().__init__(f"the request is not valid ({counted}):\n{body}")
