"""The AWS CLI's own work, timed: its shorthand parser, and its argument processing.

Argument processing is timed on a warm driver (made once, the command run once
before timing), stopped at ``calling-command``: everything the AWS CLI does
to turn a command line into parameters, and nothing it sends.
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from typing import Any

# awscli first, so that `botocore` resolves to the copy bundled with awscli 1.x.
import awscli  # noqa: F401
from awscli.shorthand import ShorthandParser

__all__ = ["aws_argument_processing", "aws_shorthand_parser"]

_ENVIRONMENT = {
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "AKIDBENCHEXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "bench-secret-not-a-real-key",
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    "AWS_PAGER": "",
    "AWS_EC2_METADATA_DISABLED": "true",
}


def aws_shorthand_parser() -> Callable[[str], Any]:
    """``ShorthandParser().parse``: the AWS CLI's parser, one instance reused (it resets)."""
    return ShorthandParser().parse


@contextlib.contextmanager
def _environment() -> Iterator[None]:
    saved = dict(os.environ)
    folder = tempfile.mkdtemp(prefix="ec2shorthand-bench-")
    config = os.path.join(folder, "config")
    with open(config, "w", encoding="utf-8") as handle:
        handle.write("[default]\ncli_follow_urlparam = false\n")
    os.environ.update(_ENVIRONMENT, AWS_CONFIG_FILE=config)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def aws_argument_processing(service: str, operation: str, argv: list[str]) -> Callable[[], Any]:
    """A call doing the AWS CLI's processing of ``aws SERVICE OPERATION ARGV``, warm.

    The driver is made once; a handler on ``calling-command`` takes the
    parameters and stops the command there (it returns an exit status, which
    the AWS CLI then returns instead of calling the API).
    """
    from awscli.clidriver import create_clidriver

    with _environment():
        driver = create_clidriver()
    seen: list[Any] = []

    def stop(call_parameters: Any, **_: Any) -> int:
        seen.append(call_parameters)
        return 0

    driver.session.get_component("event_emitter").register_last(
        f"calling-command.{service}.{operation}", stop
    )
    args = [service, operation, *argv]
    emitter = driver.session.get_component("event_emitter")
    inner = getattr(emitter, "_emitter", emitter)

    def run() -> Any:
        with _environment(), contextlib.redirect_stderr(io.StringIO()):
            status = driver.main(args)
        # Each main() registers a few handlers again (once per process in real use):
        # put the table back, so that calls do not grow slower one after another.
        inner._handlers = saved._handlers
        inner._unique_id_handlers = saved._unique_id_handlers
        inner._lookup_cache = {}
        if status != 0 or not seen:
            raise RuntimeError(f"the AWS CLI did not reach calling-command for {args}")
        return seen.pop()

    saved = copy.copy(inner)
    run()  # warm: the command table, models and argument table are built now
    return run
