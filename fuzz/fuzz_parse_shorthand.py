"""Fuzz ``parse_shorthand(text)``: any text parses, or raises a ShorthandError with a place.

Run: ``python fuzz/fuzz_parse_shorthand.py [-atheris_runs=N] [libFuzzer flags]``.

Checked for every input, beyond ``_harness.guarded``'s rules:
- a syntax error points inside the text (``pos`` set, ``doc`` the text);
- no file is opened (``files=None``, the default: an ``@=file://`` value is
  an error, never a file's content); the tree holds dicts, lists and strings;
- parsing is a function: the same text gives the same tree twice.
"""

from __future__ import annotations

import sys
from typing import Any

from _harness import BadError, guarded, instrumented, no_file_reads, run

with instrumented(__name__):
    import lark  # noqa: F401  (instrumented with the package)

    from ec2shorthand import parse_shorthand

TARGET = "parse_shorthand"


def _tree_ok(value: Any) -> bool:
    pending = [value]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            if not all(type(key) is str for key in node):
                return False
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
        elif type(node) is not str:
            return False
    return True


def one_input(data: bytes) -> None:
    """Parse ``data`` (as UTF-8, bad bytes replaced) with and without an explicit ``files=None``."""
    text = data.decode("utf-8", "replace")
    with no_file_reads():
        tree, _ = guarded(lambda: parse_shorthand(text), needs_position=True)
    if tree is None:
        return
    if not isinstance(tree, dict) or not _tree_ok(tree):
        raise BadError(f"not a tree of dicts, lists and strings: {tree!r:.300}")
    again, _ = guarded(lambda: parse_shorthand(text, files=None), needs_position=True)
    if again != tree:
        raise BadError(f"two parses of one text differ: {tree!r:.300} / {again!r:.300}")


SEEDS = [
    b"IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8,Description='ssh'}]",
    b"a=b,c,d=[1,2,{e=f}],g={h='i\\'j',k=\"l\"}",
    b"Key@=file:///etc/hostname",
]

if __name__ == "__main__":
    run(TARGET, one_input, SEEDS, dictionary="shorthand.dict")
    sys.exit(0)
