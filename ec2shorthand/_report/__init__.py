"""Reporters: findings rendered for people (text) and for tools (JSON, SARIF, GitHub).

Positions are data until here; lines, columns and carets are made only in
these renderers.
"""

from .finding import Finding, RuleDoc
from .github import render_github
from .json import render_json
from .sarif import render_sarif
from .text import render_text

__all__ = ["Finding", "RuleDoc", "render_github", "render_json", "render_sarif", "render_text"]
