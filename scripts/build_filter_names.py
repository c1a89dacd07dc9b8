"""Build ``models/filter_names.json``: the filter names each operation's docs list.

Usage: ``python scripts/build_filter_names.py [--check]`` (awscli installed: its
vendored botocore is read after ``import awscli``, like ``build_model.py``).

EC2 and a few other services take ``--filters Name=...,Values=...``; the names
a filter may have are not in the model's shapes, only in the documentation of
the ``Filters`` member (``<li><p><code>instance-type</code> - ...``). Shell and
editor completion offer them after ``Name=``; this keeps them, per service and
operation (CLI names), sorted and without duplicates. A name written with a
placeholder (``tag:<key>``) is kept up to its placeholder (``tag:``).

``--check`` writes nothing and exits 1 when the checked-in file differs.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from typing import Any

from generated_file import write_or_check

OUTPUT = Path(__file__).resolve().parent.parent / "models" / "filter_names.json"

# A list item that starts with a code span and a dash: "<li> <p> <code>NAME</code> - ..."
_ITEM = re.compile(r"<li>\s*(?:<p>)?\s*<code>([^<]+)</code>\s*(?:</p>\s*)?[-\u2013:]")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]*")


def _names(documentation: str) -> list[str]:
    found: set[str] = set()
    for raw in _ITEM.findall(documentation):
        text = html.unescape(raw).strip()
        name = _NAME.match(text)
        if name is not None:
            found.add(name.group())
    return sorted(found)


def _is_filter_list(shape: Any) -> bool:
    if shape.type_name != "list" or shape.member.type_name != "structure":
        return False
    return {"Name", "Values"} <= set(shape.member.members)


def build() -> dict[str, dict[str, list[str]]]:
    import awscli  # noqa: F401  (botocore is now the CLI's own copy)
    import botocore.session
    from botocore import xform_name

    session = botocore.session.get_session()
    built: dict[str, dict[str, list[str]]] = {}
    for service_name in session.get_available_services():
        model = session.get_service_model(service_name)
        for operation_name in model.operation_names:
            input_shape = model.operation_model(operation_name).input_shape
            if input_shape is None:
                continue
            for member in input_shape.members.values():
                if not _is_filter_list(member):
                    continue
                names = _names(member.documentation or "")
                if names:
                    cli_service = "s3api" if service_name == "s3" else service_name
                    operation = xform_name(operation_name, "-")
                    built.setdefault(cli_service, {})[operation] = names
    return {service: dict(sorted(ops.items())) for service, ops in sorted(built.items())}


def main() -> int:
    return write_or_check(
        OUTPUT,
        lambda: json.dumps(build(), indent=0, separators=(",", ":")) + "\n",
        __doc__.splitlines()[0],
    )


if __name__ == "__main__":
    sys.exit(main())
