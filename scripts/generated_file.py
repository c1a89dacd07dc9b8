"""The command line of a script that builds one generated data file: write it, or check it.

``python scripts/build_X.py`` writes the file; ``--check`` writes nothing and
exits 1 when the checked-in file differs from what would be built (a test runs
it, so the data cannot drift from its source).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

__all__ = ["write_or_check"]


def write_or_check(output: Path, build: Callable[[], str], description: str) -> int:
    """Parse ``--check``; write ``build()`` to ``output``, or compare it. The exit code."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args()
    text = build()
    if args.check:
        same = output.is_file() and output.read_text(encoding="utf-8") == text
        print(f"{output.name}: {'up to date' if same else 'differs'}")
        return 0 if same else 1
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output} ({len(text):,} bytes)")
    return 0
