"""``ec2shorthand lint``: find every ``aws`` command in a repository and report its mistakes.

Files are found (:mod:`.discover`), their shell text cut out (:mod:`.extract`),
parsed with tree-sitter-bash (:mod:`.shell`), each word read as bash reads it
(:mod:`.words`); each ``aws`` command (:mod:`.commands`) then goes through the
detectors and the engine (:mod:`.detectors`, :mod:`._engine`).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import LintConfig
    from .run import LintRun, lint_paths, lint_text

__all__ = ["LintConfig", "LintRun", "lint_paths", "lint_text"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `ec2shorthand parse` must not pay for the linter's imports.
    if name == "LintConfig":
        from .config import LintConfig

        return LintConfig
    if name in ("LintRun", "lint_paths", "lint_text"):
        from . import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
