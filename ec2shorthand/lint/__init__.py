"""``ec2shorthand lint``: find every ``aws`` command in a repository and report its mistakes.

Files are found (:mod:`.discover`), their shell text cut out (:mod:`.extract`),
parsed with tree-sitter-bash (:mod:`.shell`), each word read as bash reads it
(:mod:`.words`); each ``aws`` command (:mod:`.commands`) then goes through the
detectors and the engine (:mod:`.detectors`, :mod:`._engine`).
"""

from .config import LintConfig
from .run import LintRun, lint_paths, lint_text

__all__ = ["LintConfig", "LintRun", "lint_paths", "lint_text"]
