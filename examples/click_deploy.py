"""deploy: a small click tool whose --healthcheck option is read by ec2shorthand.

Runs from any folder, with ec2shorthand installed or straight from its checkout.

    python examples/click_deploy.py web \\
        --healthcheck 'Path=/health,IntervalSeconds=10,Headers={Host=example.com}'
    python examples/click_deploy.py web --healthcheck file://healthcheck.json
    python examples/click_deploy.py --help

Needs click (``pip install 'ec2shorthand[click]'``). The schema is the tool's
own. ``file://`` values are read, but only from the folder the tool runs in
(``files=FileResolver(".")``): ``file://../secret`` is refused. A bad value
fails the command with the message and a caret, exit 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

try:
    import ec2shorthand  # noqa: F401  (installed: pip install . in the checkout)
except ModuleNotFoundError:  # run from a checkout not installed: use the one this file is in
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ec2shorthand import FileResolver
from ec2shorthand.integrations.click_type import shorthand_option

HEALTHCHECK = {
    "type": "object",
    "additionalProperties": False,
    "required": ["Path"],
    "properties": {
        "Path": {
            "type": "string",
            "pattern": "^/",
            "description": "The URL path to probe. It starts with a slash.",
        },
        "IntervalSeconds": {
            "type": "integer",
            "minimum": 5,
            "maximum": 300,
            "description": "Seconds between probes.",
        },
        "Healthy": {"type": "boolean", "description": "Start as healthy."},
        "Headers": {
            "type": "object",
            "additionalProperties": {"type": "string"},
            "description": "Headers sent with each probe.",
        },
    },
}


@click.command()
@click.argument("service")
@shorthand_option(
    "--healthcheck",
    schema=HEALTHCHECK,
    required=True,
    files=FileResolver("."),
    help="How to tell that the service is up.",
)
def deploy(service: str, healthcheck: dict[str, object]) -> None:
    """Deploy SERVICE with a health check."""
    click.echo(json.dumps({"service": service, "healthcheck": healthcheck}, indent=2))


if __name__ == "__main__":
    deploy()
