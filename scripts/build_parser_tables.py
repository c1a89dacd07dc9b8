"""Build the LALR tables of the grammars in ``grammars/`` into ``ec2shorthand/_syntax/_tables.py``.

Usage: ``python scripts/build_parser_tables.py [--check]``

Lark analyses a grammar in about 150 ms, at every start of the process;
the tables it builds are data. This script builds them once, at package
build time, and writes them as a Python module (plain literals, loaded as
compiled bytecode, no pickle). Each table keeps the grammar text it was
built from: the package uses a table only for that exact text and builds
from the grammar otherwise (so a grammar being edited still works, just
slower). ``--check`` writes nothing and exits 1 when the module
is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lark import Lark  # noqa: E402
from lark.grammar import Rule  # noqa: E402
from lark.lexer import TerminalDef  # noqa: E402

from ec2shorthand._syntax.grammar import LEXERS, grammar_options  # noqa: E402

OUTPUT = ROOT / "ec2shorthand" / "_syntax" / "_tables.py"
HEADER = '''"""LALR tables of the grammars in grammars/, built by scripts/build_parser_tables.py.

Generated: do not edit. Each entry holds the grammar text it was built from,
and is used only for that text.
"""

from typing import Any

# fmt: off
'''


def _tables(name: str) -> dict[str, Any]:
    text = (ROOT / "grammars" / name).read_text(encoding="utf-8")
    parser = Lark(text, **grammar_options(name))
    data, memo = parser.memo_serialize([TerminalDef, Rule])
    # Classes and the tree builder are not data: the loader puts them back.
    data["options"]["lexer"] = None
    data["options"]["transformer"] = None
    data["parser"]["lexer_conf"]["lexer_type"] = None
    # The terminals' regexes too: flat values are read with them alone, without a parser.
    terminals = {terminal.name: terminal.pattern.to_regexp() for terminal in parser.terminals}
    return {"grammar": text, "terminals": terminals, "data": data, "memo": memo}


def render() -> str:
    entries = {name: _tables(name) for name in sorted(LEXERS)}
    return HEADER + f"TABLES: dict[str, Any] = {entries!r}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is stale")
    args = parser.parse_args(argv)
    if args.check:
        # Lark numbers states by iterating sets, so two builds differ in their numbering;
        # a table is stale when the grammar it was built from has changed.
        from ec2shorthand._syntax._tables import TABLES

        stale = [
            name
            for name in sorted(LEXERS)
            if TABLES.get(name, {}).get("grammar") != (ROOT / "grammars" / name).read_text("utf-8")
        ]
        if stale:
            print(f"tables out of date for {', '.join(stale)}: run {Path(__file__).name}")
            return 1
        return 0
    OUTPUT.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
