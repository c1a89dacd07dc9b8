"""What runs in a fork oracle's child: the sandbox, one ``aws`` command, and its record.

The child sees none of this machine's AWS set-up and cannot reach the network:
fixed fake credentials, a config file of its own (``cli_follow_urlparam =
false``, so an ``http://`` value is not downloaded), no credentials file, no
instance metadata, every endpoint at a closed local port, sockets that refuse
to connect, stdin from ``/dev/null``, and ``HOME`` and the working folder in
its own empty temporary folder (so the examples' ``file://`` paths resolve to
nothing, and what a command writes dies with the folder).

The request is never sent: a handler on ``before-call`` (emitted after
botocore's client-side validation) stops the command. A handler on
``calling-command`` (the whole family, after every other handler) records the
parameters the CLI built, ``call_parameters``; one on ``before-parameter-build``
records the request the client then goes on with (``request``): the AWS CLI v2
decodes base64 blobs and checks the region between the two, so a command the
CLI refuses after building its parameters never reaches it.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
import traceback
from collections.abc import Mapping
from typing import Any

from tagged_json import jsonable

__all__ = ["STATUSES", "oracle_environment", "prepare_folder", "run_in_child"]

STATUSES = (
    "sent",  # reached before-call: the CLI and botocore's validation accepted it
    "validation-error",  # built call_parameters, then refused before before-call
    "cli-error",  # refused before building parameters (argparse, shorthand, files), exit != 0
    "no-request",  # exit 0 without a request (--generate-cli-skeleton, help)
    "custom-command",  # not a model operation (aws s3 cp, aws configure, ec2 wait, ...)
    "timeout",
    "crash",
)
# Where every endpoint points: the discard port on the loopback, where nothing listens.
CLOSED_ENDPOINT = "http://127.0.0.1:9"
_CONFIG = "[default]\ncli_follow_urlparam = false\n"
_FAKE_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "AKIDORACLEEXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "oracle-secret-not-a-real-key",
}
# awscli sets AWS_DATA_PATH on import to find its own models: the only AWS_ variable kept.
_KEPT_AWS_VARIABLES = {"AWS_DATA_PATH"}
# The terminal size the caller's shell may export, which argparse would wrap usage lines to.
_DROPPED_VARIABLES = {"COLUMNS", "LINES"}
_STDERR_LIMIT = 4000
_STDOUT_LIMIT = 1000


class _StopBeforeSend(Exception):
    """Raised from ``before-call``: the request was built and validated, and is not sent."""


class _NetworkRefused(OSError):
    """Raised by the child's sockets instead of connecting anywhere."""


def oracle_environment(folder: str) -> dict[str, str]:
    """The environment of a command run in ``folder``, its private temporary folder."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if (not name.startswith("AWS_") or name in _KEPT_AWS_VARIABLES)
        and name not in _DROPPED_VARIABLES
    }
    environment.update(
        _FAKE_CREDENTIALS,
        AWS_DEFAULT_REGION="us-east-1",
        AWS_CONFIG_FILE=os.path.join(folder, "config"),
        AWS_SHARED_CREDENTIALS_FILE=os.path.join(folder, "no-credentials-file"),
        AWS_EC2_METADATA_DISABLED="true",
        AWS_PAGER="",
        AWS_ENDPOINT_URL=CLOSED_ENDPOINT,
        HOME=os.path.join(folder, "home"),
    )
    return environment


def prepare_folder(folder: str, files: Mapping[str, bytes] = {}) -> None:
    """The folder's ``home`` and ``cwd`` (holding ``files``) and its config file."""
    for name in ("home", "cwd"):
        os.mkdir(os.path.join(folder, name))
    for name, content in files.items():
        with open(os.path.join(folder, "cwd", name), "wb") as file:
            file.write(content)
    with open(os.path.join(folder, "config"), "w", encoding="utf-8") as config:
        config.write(_CONFIG)


class _Observer:
    """What the event handlers and the CLI's logger saw during the command."""

    def __init__(self) -> None:
        self.calls: list[Any] = []
        self.request: Any = None
        self.parameter_build = False
        self.sent = False
        self.error_type = ""

    def on_calling_command(self, call_parameters: Any = None, **_: Any) -> None:
        self.calls.append(jsonable(call_parameters))

    def on_parameter_build(self, params: Any = None, **_: Any) -> None:
        if not self.parameter_build:
            self.parameter_build = True
            self.request = jsonable(params)

    def on_before_call(self, **_: Any) -> None:
        self.sent = True
        raise _StopBeforeSend


class _ExceptionRecorder(logging.Handler):
    """Keeps the type of the exception ``CLIDriver.main`` caught and logged."""

    def __init__(self, observer: _Observer) -> None:
        super().__init__(logging.DEBUG)
        self.observer = observer

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[0] is not None:
            self.observer.error_type = record.exc_info[0].__name__


def run_in_child(driver: Any, commands: list[list[str]], folder: str, write_end: int) -> None:
    code = 0
    try:
        os.setpgid(0, 0)  # its own process group, so a timeout kills what it started
        for args in commands:
            record = _run_command(driver, args, folder)
        payload = json.dumps(record).encode("utf-8")
    except BaseException:  # anything: report it, and never return into the parent's code
        crash = {"status": "crash", "stderr": traceback.format_exc()[-_STDERR_LIMIT:]}
        payload = json.dumps(crash).encode("utf-8")
        code = 1
    try:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
    finally:
        os._exit(code)


def _run_command(driver: Any, args: list[str], folder: str) -> dict[str, Any]:
    environment = oracle_environment(folder)
    os.environ.clear()
    os.environ.update(environment)
    os.chdir(os.path.join(folder, "cwd"))
    # argparse names the program after sys.argv[0] in its messages: "aws", as
    # when the real CLI runs, not whatever started this process.
    sys.argv = ["aws", *args]
    _refuse_network()
    out_path, err_path = os.path.join(folder, "stdout"), os.path.join(folder, "stderr")
    _redirect_standard_streams(out_path, err_path)
    # As in a fresh interpreter: the root logger has no handlers (a test
    # runner's would format every debug record the CLI makes).
    logging.getLogger().handlers.clear()
    observer = _Observer()
    logging.getLogger("awscli.clidriver").addHandler(_ExceptionRecorder(observer))
    emitter = driver.session.get_component("event_emitter")
    emitter.register_last("calling-command", observer.on_calling_command, unique_id="oracle-params")
    emitter.register_first("before-call", observer.on_before_call, unique_id="oracle-stop")
    emitter.register_last(
        "before-parameter-build", observer.on_parameter_build, unique_id="oracle-request"
    )
    try:
        exit_code: Any = driver.main(list(args))
    except SystemExit as exit_:  # argparse exits with status 2
        exit_code = exit_.code
    finally:
        emitter.unregister("calling-command", unique_id="oracle-params")
        emitter.unregister("before-call", unique_id="oracle-stop")
        emitter.unregister("before-parameter-build", unique_id="oracle-request")
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    command_class, kind = _command_kind(driver, args)
    return {
        "status": _status(kind, observer, exit_code),
        "params": observer.calls[0] if observer.calls else None,
        "calling_commands": len(observer.calls),
        "reached_before_call": observer.sent,
        "reached_parameter_build": observer.parameter_build,
        "request": observer.request,
        "exit_code": exit_code
        if exit_code is None or isinstance(exit_code, int)
        else str(exit_code),
        "error_type": observer.error_type,
        "command_class": command_class,
        "stderr": _read_trimmed(err_path, _STDERR_LIMIT),
        "stdout": _read_trimmed(out_path, _STDOUT_LIMIT),
    }


def _status(kind: str, observer: _Observer, exit_code: Any) -> str:
    if kind == "custom":
        return "custom-command"
    if observer.sent:
        return "sent"
    if observer.calls:
        return "validation-error" if exit_code else "no-request"
    return "cli-error" if exit_code else "no-request"


def _command_kind(driver: Any, args: list[str]) -> tuple[str, str]:
    """The class of the command object ``args`` name, and whether it is an operation.

    ``operation`` for a ``ServiceOperation`` (a model operation, possibly
    with extra behaviour after the call, as ``ssm start-session``),
    ``custom`` for any other command object (``aws s3``, ``aws configure``,
    ``cloudformation deploy``, ``ec2 wait``), ``unknown`` where the command
    table has no such name (the CLI then refuses it).
    """
    from awscli.clidriver import ServiceCommand, ServiceOperation

    # ``args`` is SERVICE [OPERATION] ARGV..., as ``Example.cli_args`` gives it.
    words = args[:1] + [arg for arg in args[1:2] if not arg.startswith("-")]
    if not words:
        return "", "unknown"
    command = driver._get_command_table().get(words[0])
    if isinstance(command, ServiceCommand) and len(words) > 1:
        command = command._get_command_table().get(words[1])
    if command is None or isinstance(command, ServiceCommand):
        return "", "unknown"
    kind = "operation" if isinstance(command, ServiceOperation) else "custom"
    return type(command).__name__, kind


def _refuse_network() -> None:
    def refuse(*_: Any, **__: Any) -> Any:
        raise _NetworkRefused("the fork oracle refuses every network connection")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


def _redirect_standard_streams(out_path: str, err_path: str) -> None:
    """Point file descriptors 0-2 (for subprocesses) and ``sys.std*`` at the child's files."""
    for fd, path, flags in (
        (0, os.devnull, os.O_RDONLY),
        (1, out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        (2, err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
    ):
        opened = os.open(path, flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115


def _read_trimmed(path: str, limit: int) -> str:
    with open(path, encoding="utf-8", errors="replace") as stream:
        text = stream.read(limit + 1).strip()
    return text if len(text) <= limit else text[:limit] + " [...]"
