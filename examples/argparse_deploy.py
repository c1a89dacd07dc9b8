"""deploy: a small argparse tool whose --listener option is read by ec2shorthand.

Runs from any folder, with ec2shorthand installed or straight from its checkout.

    python examples/argparse_deploy.py web \\
        --listener 'Port=443,Protocol=https,Tags=[{Key=team,Value=web}]'
    python examples/argparse_deploy.py web --listener '{"Port": 443, "Protocol": "https"}'
    python examples/argparse_deploy.py --help

The schema is the tool's own (not an AWS one). A bad value is an argparse
error: the message and a caret under the mistake, exit 2. No file is read:
``--listener file://x`` is refused (see click_deploy.py for a tool that
reads files from its working folder).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

try:
    import ec2shorthand  # noqa: F401  (installed: pip install . in the checkout)
except ModuleNotFoundError:  # run from a checkout not installed: use the one this file is in
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ec2shorthand import add_shorthand_argument

LISTENER = {
    "type": "object",
    "additionalProperties": False,
    "required": ["Port"],
    "properties": {
        "Port": {
            "type": "integer",
            "minimum": 1,
            "maximum": 65535,
            "description": "The port the listener accepts connections on.",
        },
        "Protocol": {
            "type": "string",
            "enum": ["http", "https", "tcp"],
            "description": "The protocol it speaks.",
        },
        "Tags": {
            "type": "array",
            "items": {"$ref": "#/$defs/Tag"},
            "description": "Labels for the listener.",
        },
    },
    "$defs": {
        "Tag": {
            "type": "object",
            "additionalProperties": False,
            "required": ["Key"],
            "properties": {
                "Key": {"type": "string", "minLength": 1, "maxLength": 64},
                "Value": {"type": "string", "maxLength": 256},
            },
        }
    },
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="deploy", description="Deploy a service behind a listener."
    )
    parser.add_argument("service", help="the service to deploy")
    add_shorthand_argument(
        parser, "--listener", schema=LISTENER, required=True, help="The listener that serves it."
    )
    args = parser.parse_args(argv)
    print(json.dumps({"service": args.service, "listener": args.listener}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
