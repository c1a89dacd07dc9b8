"""How much each per-operation cache keeps: bounded, so that a long-lived process stays small.

A linter, a language server or a service calling the library may meet
hundreds of operations of hundreds of services in one process; each cached
operation (its schema, argument table, argparse parser and compiled checks)
and each service model costs memory. Unbounded (``functools.cache``),
touching every operation grew a process by about 400 MB. The bounds are far
above what one run of real scripts uses, so the hot paths keep their hits;
what goes is rebuilt on the next use (bench/RESULTS.md, "Caches").
"""

from __future__ import annotations

__all__ = ["OPERATIONS", "PATTERNS", "SERVICES"]

# Operations whose model, argument table, parser and checks are kept.
OPERATIONS = 128
# Service models (a parsed bundled model file each, the largest a few MB).
SERVICES = 8
# Compiled regular expressions and small facts per pattern or member name.
PATTERNS = 4096
