"""The AWS CLI v2 oracle's server: run by the v2 venv's Python, one JSON line per command.

The AWS CLI v2 cannot share a process with v1 (both are the package
``awscli``), so the tests reach it through this script, started once by
``v2_oracle.V2Oracle`` with the v2 venv's interpreter. It is the fork oracle
itself (``fork_oracle.ForkOracle``: one pristine driver, a forked copy per
command, the same sandbox and the same record), only spoken to through
stdin and stdout:

    -> {"args": ["lambda", "invoke", ...], "files": {"name": "<base64>"}}
    <- {"status": "sent", "params": {...}, "request": {...}, ...}

The first line it writes is ``{"ready": true, "version": "2.36.7"}``.
Standard library and ``awscli`` only: nothing of ec2shorthand is imported.

The AWS CLI v2 loads its plugins lazily: the first time a command emits an
event, the modules of the handlers registered for it are imported. Each child
would import them again; the server imports them once (``_import_plugins``),
and only that: no handler is called or registered, so the driver each child
copies is as pristine as before, and a child's first event registers its
handlers as the real ``aws`` does.
"""

from __future__ import annotations

import base64
import importlib
import json
import os
import sys
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fork_oracle import ForkOracle  # found through the path above


def _import_plugins(emitter: Any) -> None:
    """Import the module of every lazily registered plugin (none is run)."""
    for _ in range(5):  # the session's emitter wraps the lazy one
        if hasattr(emitter, "_registry") and hasattr(emitter, "_init_trie"):
            break
        emitter = getattr(emitter, "_emitter", None)
    registry = getattr(emitter, "_registry", None)
    if not isinstance(registry, dict):
        return  # another layout: the children import them, as before
    for module in sorted({entry[0] for entries in registry.values() for entry in entries}):
        importlib.import_module(module)


def main() -> int:
    channel = sys.stdout
    # What the CLI's driver or a child might print must never reach the channel.
    sys.stdout = sys.stderr
    with ForkOracle() as oracle:
        _import_plugins(oracle.driver.session.get_component("event_emitter"))
        channel.write(json.dumps({"ready": True, "version": oracle.version}) + "\n")
        channel.flush()
        for line in sys.stdin:
            request = json.loads(line)
            files = {
                name: base64.b64decode(content)
                for name, content in request.get("files", {}).items()
            }
            record = oracle.run(list(request["args"]), files=files)
            channel.write(json.dumps(record) + "\n")
            channel.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
