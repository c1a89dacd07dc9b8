"""Reporters: findings rendered as text, JSON, SARIF 2.1.0 or GitHub annotations."""

from .finding import Finding, RuleDoc
from .github import render_github
from .json import render_json
from .sarif import render_sarif
from .text import render_text

__all__ = ["Finding", "RuleDoc", "render_github", "render_json", "render_sarif", "render_text"]
