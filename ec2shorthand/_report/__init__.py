"""Reporters: diagnostics rendered for people (text) and for tools (JSON, SARIF, GitHub)."""
