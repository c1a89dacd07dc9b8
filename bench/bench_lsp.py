"""Benchmark the language server as an editor sees it: diagnostics after a change, completion.

Targets (issue 21): a change to a 2,000-line script answered (diagnostics
published) within 1 s; a keystroke's completion within 100 ms once the
operation is loaded. The server runs as a process (``ec2shorthand lsp``),
driven over stdio by pytest-lsp's client; the time of a change includes the
server's debounce pause (``DEBOUNCE_SECONDS``).

Run from the repository root::

    python bench/bench_lsp.py            # 5 changes, 20 completions
    python bench/bench_lsp.py --runs 1   # a smoke run

Nothing here asserts on time: figures are for people (bench/RESULTS-lsp.md).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import time

from lsprotocol import types
from pytest_lsp import client_capabilities, make_test_lsp_client

from ec2shorthand.lsp.server import DEBOUNCE_SECONDS

LINES = 2_000


def _script(mistakes: int) -> str:
    """2,000 lines: commands (some with a mistake), comments and other shell."""
    lines = ["#!/bin/bash", "set -euo pipefail"]
    index = 0
    while len(lines) < LINES:
        group = f"sg-{index:017x}"
        option = "--regiosn" if index < mistakes else "--region"
        lines += [
            f"# rule {index}",
            f"aws ec2 authorize-security-group-ingress --group-id {group} {option} us-east-1 \\",
            f"    --ip-permissions 'IpProtocol=tcp,FromPort={index % 65535},ToPort=443,"
            f"IpRanges=[{{CidrIp=10.0.0.0/8}}]'",
            f'echo "rule {index} added"',
        ]
        index += 1
    return "\n".join(lines[:LINES]) + "\n"


async def _main(runs: int) -> None:
    client = make_test_lsp_client()
    await client.start_io(sys.executable, "-m", "ec2shorthand", "lsp")
    await client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual-studio-code"))
    )
    uri = "untitled:bench.sh"
    text = _script(mistakes=1)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "shellscript", 1, text))
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    changes = []
    for run in range(runs):
        text = _script(mistakes=run + 2)
        start = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version=run + 2, uri=uri),
                [types.TextDocumentContentChangeWholeDocument(text)],
            )
        )
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        changes.append(time.perf_counter() - start)
    line = "aws ec2 authorize-security-group-ingress --ip-permissions IpProtocol=tcp,Fr"
    line_uri = "untitled:line.sh"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(line_uri, "shellscript", 1, line))
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    completions = []
    for _ in range(runs * 4):
        start = time.perf_counter()
        result = await client.text_document_completion_async(
            types.CompletionParams(
                types.TextDocumentIdentifier(line_uri), types.Position(0, len(line))
            )
        )
        completions.append(time.perf_counter() - start)
    assert isinstance(result, types.CompletionList) and result.items, "no completion"
    await client.shutdown_session()
    print(f"python {platform.python_version()}, {os.cpu_count()} cores")
    print(
        f"change to a {LINES:,}-line script -> diagnostics: median "
        f"{statistics.median(changes) * 1000:.0f} ms (debounce {DEBOUNCE_SECONDS * 1000:.0f} ms "
        f"included), worst {max(changes) * 1000:.0f} ms over {len(changes)}"
    )
    print(
        f"completion once loaded: median {statistics.median(completions) * 1000:.1f} ms, "
        f"worst {max(completions) * 1000:.1f} ms over {len(completions)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    asyncio.run(_main(parser.parse_args().runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
