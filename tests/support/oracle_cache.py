"""What the fork oracle did with each command, kept in a JSON-lines file outside the repository.

One line per distinct command: ``{"key", "awscli", "service", "operation",
"argv", "page", "line", ...the oracle's record}``. ``key`` is the SHA-256 of
the JSON list ``[awscli version, service, operation, argv]``, so a new AWS
CLI version or a changed command is run again; ``page`` and ``line`` say where
the command was first found. Appending only, so an interrupted sweep keeps
what it finished; a later line for the same key wins.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["append", "cache_key", "load"]


def cache_key(version: str, service: str, operation: str, argv: Sequence[str]) -> str:
    text = json.dumps([version, service, operation, list(argv)], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(path: Path) -> dict[str, dict[str, Any]]:
    """Every cached record by key; a torn last line (an interrupted write) is ignored."""
    records: dict[str, dict[str, Any]] = {}
    if not path.exists():
        return records
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            records[record["key"]] = record
    return records


def append(path: Path, records: Iterable[Mapping[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as lines:
        for record in records:
            lines.write(json.dumps(record, ensure_ascii=False) + "\n")
