"""The AWS CLI's stage-1 parameters (``calling-command``) for one command, from a forked driver.

The customizations of this folder change what the AWS CLI builds before its
``calling-command`` event; that dict is what ``parse_command`` returns. So
the oracle here records exactly that dict: a handler registered last on
``calling-command`` copies ``call_parameters`` and returns 0, which ends the
command there (the API is never called, nothing reaches the network).

One pristine driver is made per test session and never used: each command
runs in a forked child on a copy of it (a used driver keeps handlers some
commands register, and would misread later commands). The child runs in an
empty temporary folder (``cwd`` and ``HOME``), with fake credentials, no
credentials file, a config file that keeps ``http://`` values literal, and
sockets that refuse to connect. A test can add files to the folder and
directories to ``PATH`` (to show a command with the Session Manager plugin
installed, say).
"""

from __future__ import annotations

import base64
import decimal
import json
import os
import shutil
import socket
import sys
import tempfile
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["CliResult", "StageOne", "comparable"]

_CONFIG = "[default]\ncli_follow_urlparam = false\n"
_KEPT = {"AWS_DATA_PATH"}  # awscli sets it on import to find its own models


@dataclass(frozen=True)
class CliResult:
    """What the AWS CLI did: ``params`` at ``calling-command`` (``None`` if it never got
    there), and ``rc`` and ``stderr`` when it stopped before (or refused after).

    ``sent``: with ``run(..., send=True)``, whether the request reached the client's
    ``before-call`` (after botocore's validation), where it is stopped.
    """

    params: Any
    rc: Any
    stderr: str
    sent: bool = False

    @property
    def accepted(self) -> bool:
        """Whether the command reached ``calling-command`` and no later handler refused it."""
        return self.params is not None and self.rc == 0


def comparable(value: Any) -> Any:
    """``value`` with what JSON cannot say spelled out: bytes, Decimals, open files."""
    if isinstance(value, Mapping):
        return {str(key): comparable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [comparable(item) for item in value]
    if isinstance(value, bytes):
        return {"bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, decimal.Decimal):
        return {"decimal": str(value)}
    if hasattr(value, "read") and hasattr(value, "name"):
        return {"file": os.fspath(value.name)}
    if isinstance(value, os.PathLike):
        return {"file": os.fspath(value)}
    return value


class _Stopped(Exception):
    """Raised at ``before-call``: the request was built and validated, and is not sent."""


class StageOne:
    """One pristine AWS CLI driver; ``run(argv)`` forks a copy for each command."""

    def __init__(self) -> None:
        import awscli  # noqa: F401  (first, so that `botocore` is the CLI's own copy)
        from awscli.clidriver import create_clidriver

        self._folder = tempfile.mkdtemp(prefix="stage-one-")
        self._config = os.path.join(self._folder, "config")
        with open(self._config, "w", encoding="utf-8") as config:
            config.write(_CONFIG)
        saved = dict(os.environ)
        environment = self._environment(self._folder)
        os.environ.clear()
        os.environ.update(environment)
        try:
            self._driver = create_clidriver()
        finally:
            os.environ.clear()
            os.environ.update(saved)

    def close(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)

    def run(
        self,
        argv: Sequence[str],
        *,
        files: Mapping[str, bytes] = {},
        path: Sequence[str] = (),
        send: bool = False,
    ) -> CliResult:
        """``aws ARGV...`` in a fresh folder holding ``files``, with ``path`` first on PATH.

        With ``send``, the command goes on past ``calling-command`` to the client
        (through what the AWS CLI does in between), and is stopped at ``before-call``.
        """
        folder = tempfile.mkdtemp(prefix="stage-one-run-")
        try:
            for name, content in files.items():
                with open(os.path.join(folder, name), "wb") as file:
                    file.write(content)
            return self._fork(list(argv), folder, list(path), send)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _environment(self, folder: str, path: Sequence[str] = ()) -> dict[str, str]:
        kept = {k: v for k, v in os.environ.items() if not k.startswith("AWS_") or k in _KEPT}
        kept.update(
            AWS_ACCESS_KEY_ID="AKIDSTAGEONEEXAMPLE",
            AWS_SECRET_ACCESS_KEY="stage-one-secret",
            AWS_DEFAULT_REGION="us-east-1",
            AWS_CONFIG_FILE=self._config,
            AWS_SHARED_CREDENTIALS_FILE=os.path.join(folder, "no-credentials"),
            AWS_EC2_METADATA_DISABLED="true",
            AWS_PAGER="",
            HOME=folder,
        )
        if path:
            kept["PATH"] = os.pathsep.join([*path, kept.get("PATH", "")])
        return kept

    def _fork(self, argv: list[str], folder: str, path: list[str], send: bool) -> CliResult:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns
            os.close(read_end)
            self._child(argv, folder, path, send, write_end)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            payload = pipe.read()
        os.waitpid(pid, 0)
        record = json.loads(payload) if payload else {"rc": "no record", "stderr": ""}
        return CliResult(
            record.get("params"),
            record.get("rc"),
            record.get("stderr", ""),
            bool(record.get("sent")),
        )

    def _child(
        self, argv: list[str], folder: str, path: list[str], send: bool, write_end: int
    ) -> None:
        try:
            record = self._command(argv, folder, path, send)
        except BaseException:  # anything: reported, and never back into the parent's code
            record = {"rc": "crash", "stderr": traceback.format_exc()[-3000:]}
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(json.dumps(record).encode("utf-8"))
        os._exit(0)

    def _command(self, argv: list[str], folder: str, path: list[str], send: bool) -> dict[str, Any]:
        import contextlib
        import io

        environment = self._environment(folder, path)
        os.environ.clear()
        os.environ.update(environment)
        os.chdir(folder)

        def refuse(*_: Any, **__: Any) -> Any:
            raise OSError("no network in the stage-one oracle")

        socket.socket.connect = refuse  # type: ignore[method-assign]
        socket.create_connection = refuse
        seen: dict[str, Any] = {}

        def capture(call_parameters: Any, **_: Any) -> int | None:
            seen["params"] = comparable(call_parameters)
            return None if send else 0

        def stop(**_: Any) -> None:
            seen["sent"] = True
            raise _Stopped

        emitter = self._driver.session.get_component("event_emitter")
        emitter.register_last("calling-command", capture)
        emitter.register_first("before-call", stop)
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            try:
                rc: Any = self._driver.main(argv)
            except SystemExit as exit_:  # argparse errors
                rc = f"exit {exit_.code}"
        return {
            "params": seen.get("params"),
            "rc": rc,
            "stderr": err.getvalue()[-3000:],
            "sent": seen.get("sent", False),
        }


def assert_same_as_cli(
    cli: Any,
    service: str,
    operation: str,
    argv: Sequence[str],
    *,
    files: Mapping[str, bytes] = {},
    cli_version: Any = None,
) -> Any:
    """``parse_command`` gives the AWS CLI's stage-1 parameters, or refuses where it refuses.

    ``cli`` is a ``StageOne`` (v1) or a ``V2StageOne``, and ``cli_version`` the
    version ``parse_command`` reads as (the environment's default if None).
    Run in a folder holding ``files`` (both sides read them from there).
    Returns our parameters (``None`` where both refused).
    """
    from ec2shorthand import ShorthandError, parse_command

    theirs = cli.run([service, operation, *argv], files=files)
    folder = tempfile.mkdtemp(prefix="stage-one-ours-")
    here = os.getcwd()
    try:
        for name, content in files.items():
            with open(os.path.join(folder, name), "wb") as file:
                file.write(content)
        os.chdir(folder)
        try:
            ours = parse_command(
                operation, list(argv), service=service, validate=False, cli_version=cli_version
            )
        except ShorthandError as error:
            assert not theirs.accepted, f"the AWS CLI sends {theirs.params}; we refused: {error}"
            return None
    finally:
        os.chdir(here)
        shutil.rmtree(folder, ignore_errors=True)
    assert theirs.accepted, f"the AWS CLI refuses ({theirs.rc}: {theirs.stderr}); we gave {ours}"
    assert comparable(ours) == theirs.params
    return ours
