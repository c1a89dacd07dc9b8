"""A command's diagnostics as text for a terminal: each with its value and a caret."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from .._core.diagnostics import Diagnostic

__all__ = ["render_diagnostics", "verdict"]


def render_diagnostics(diagnostics: Sequence[Diagnostic], out: TextIO) -> None:
    """Each diagnostic on ``out``: severity, rule, path, message, then the value and a caret."""
    for diagnostic in diagnostics:
        print(diagnostic, file=out)


def verdict(diagnostics: Sequence[Diagnostic], *, failed: bool) -> str:
    """The summary line: ``invalid: 1 error(s), 0 warning(s)``."""
    errors = sum(found.severity == "error" for found in diagnostics)
    warnings = len(diagnostics) - errors
    return f"{'invalid' if failed else 'valid'}: {errors} error(s), {warnings} warning(s)"
