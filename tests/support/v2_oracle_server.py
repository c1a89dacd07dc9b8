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
"""

from __future__ import annotations

import base64
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fork_oracle import ForkOracle  # found through the path above


def main() -> int:
    channel = sys.stdout
    # What the CLI's driver or a child might print must never reach the channel.
    sys.stdout = sys.stderr
    with ForkOracle() as oracle:
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
