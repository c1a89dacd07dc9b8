"""The AWS CLI as an oracle, with a fresh driver for every command at the cost of a fork.

``ForkOracle()`` creates one AWS CLI driver (``create_clidriver``) and runs
no command with it: that pristine driver is only ever copied. ``run(args)``
forks; the child runs ``aws ARGS...`` on its copy and reports back through a
pipe, then exits. Whatever a command changes (event handlers registered while
it runs, session variables, loggers, files) dies with its child, so no
command can see another's leftovers, as with the real ``aws``, one process
per command.

In the child nothing can reach the network or this machine's AWS set-up:
fixed fake credentials, a config file of its own (``cli_follow_urlparam =
false``, so an ``http://`` value is not downloaded), no credentials file,
no instance metadata, every endpoint at a closed local port, sockets that
refuse to connect, stdin from ``/dev/null``, ``HOME`` and the working folder
in an empty temporary folder (so ``file://`` paths of the examples resolve to
nothing), and a timeout after which the child's process group is killed.

The request is never sent: a handler on ``before-call`` (emitted after
botocore's client-side validation) stops the command. A handler on
``calling-command`` (the whole family, after every other handler) records
the parameters the CLI built, ``call_parameters``.
"""

from __future__ import annotations

import base64
import contextlib
import gc
import json
import logging
import math
import os
import select
import shutil
import signal
import socket
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from prewarm import Prewarmer

__all__ = ["STATUSES", "ForkOracle", "jsonable"]

STATUSES = (
    "sent",  # reached before-call: the CLI and botocore's validation accepted it
    "validation-error",  # built call_parameters, then refused before before-call
    "cli-error",  # refused before building parameters (argparse, shorthand, files), exit != 0
    "no-request",  # exit 0 without a request (--generate-cli-skeleton, help)
    "custom-command",  # not a model operation (aws s3 cp, aws configure, ec2 wait, ...)
    "timeout",
    "crash",
)
TIMEOUT_SECONDS = 5.0
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


def jsonable(value: Any) -> Any:
    """A plain JSON-ready deep copy of ``value``; mappings keep their order.

    ``bytes`` become ``{"$bytes": base64}``, non-finite floats
    ``{"$float": "nan"}``, and anything else JSON has no word for
    ``{"$type": type name, "repr": repr}``.
    """
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, bytes | bytearray):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, float) and not math.isfinite(value):
        return {"$float": repr(value)}
    if value is None or isinstance(value, str | int | float):  # bool is an int
        return value
    return {"$type": type(value).__name__, "repr": repr(value)[:200]}


def _oracle_environment(folder: str) -> dict[str, str]:
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


def _prepare_folder(folder: str) -> None:
    for name in ("home", "cwd"):
        os.mkdir(os.path.join(folder, name))
    with open(os.path.join(folder, "config"), "w", encoding="utf-8") as config:
        config.write(_CONFIG)


@contextlib.contextmanager
def _environment(environment: Mapping[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(environment)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


class ForkOracle:
    """One pristine AWS CLI driver, copied by a fork for every command."""

    def __init__(self, *, prewarm: bool = True, timeout: float = TIMEOUT_SECONDS) -> None:
        """``prewarm``: parse a service's data files in the parent, before its first command."""
        import awscli  # first, so that `botocore` is the CLI's own copy
        from awscli.clidriver import create_clidriver

        self.version = awscli.__version__
        self.timeout = timeout
        self._folder = tempfile.mkdtemp(prefix="fork-oracle-")
        _prepare_folder(self._folder)
        self.config_file = os.path.join(self._folder, "config")
        # The driver reads the config file once, when created: the same text
        # every child later finds in its own copy. The loader, made here when
        # pre-warming, reads the environment too (its search path has
        # ~/.aws/models): an empty folder, as each child's own home is.
        with _environment(_oracle_environment(self._folder)):
            self.driver = create_clidriver()
            self.prewarmer = Prewarmer(self.driver.session) if prewarm else None

    def close(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> ForkOracle:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def run(self, args: list[str], *, after: Sequence[list[str]] = ()) -> dict[str, Any]:
        """What ``aws ARGS...`` does, run on a fresh copy of the pristine driver.

        ``after`` is for showing what the fork prevents: those commands run
        first on the same copy, so ``args`` meets a driver they have used.
        """
        if self.prewarmer is not None and args:
            self.prewarmer.service(args[0])
        folder = tempfile.mkdtemp(prefix="fork-oracle-run-")
        _prepare_folder(folder)
        started = time.perf_counter()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # or the child would print the parent's buffered text again
        read_end, write_end = os.pipe()
        # Frozen objects are left alone by the child's garbage collector, which
        # would otherwise touch, and so copy, every page of the parent's heap.
        gc.freeze()
        pid = os.fork()
        if pid == 0:  # the child: it never returns
            os.close(read_end)
            _child(self.driver, [*after, args], folder, write_end)
        gc.unfreeze()
        os.close(write_end)
        try:
            record = _collect(pid, read_end, self.timeout)
        finally:
            os.close(read_end)
            shutil.rmtree(folder, ignore_errors=True)
        record["seconds"] = round(time.perf_counter() - started, 4)
        return record


# --- the child ---------------------------------------------------------------


class _Observer:
    """What the event handlers and the CLI's logger saw during the command."""

    def __init__(self) -> None:
        self.calls: list[Any] = []
        self.sent = False
        self.error_type = ""

    def on_calling_command(self, call_parameters: Any = None, **_: Any) -> None:
        self.calls.append(jsonable(call_parameters))

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


def _child(driver: Any, commands: list[list[str]], folder: str, write_end: int) -> None:
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
    environment = _oracle_environment(folder)
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
    try:
        exit_code: Any = driver.main(list(args))
    except SystemExit as exit_:  # argparse exits with status 2
        exit_code = exit_.code
    finally:
        emitter.unregister("calling-command", unique_id="oracle-params")
        emitter.unregister("before-call", unique_id="oracle-stop")
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    command_class, kind = _command_kind(driver, args)
    return {
        "status": _status(kind, observer, exit_code),
        "params": observer.calls[0] if observer.calls else None,
        "calling_commands": len(observer.calls),
        "reached_before_call": observer.sent,
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

    words = [arg for arg in args if not arg.startswith("-")][:2]
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


# --- the parent --------------------------------------------------------------


def _collect(pid: int, read_end: int, timeout: float) -> dict[str, Any]:
    """The child's record, or a ``timeout``/``crash`` record; the child is reaped either way."""
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    timed_out = False
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([read_end], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(read_end, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    if timed_out:
        _kill_group(pid)
    # Wait for the child to end but leave it unreaped: while it is a zombie its
    # id, and so its process group's, cannot be taken by another process.
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    _kill_group(pid)  # anything the command started and left running
    _, wait_status = os.waitpid(pid, 0)
    if timed_out:
        return {"status": "timeout", "stderr": f"killed after {timeout} s"}
    try:
        record: dict[str, Any] = json.loads(b"".join(chunks))
    except ValueError:
        return {"status": "crash", "stderr": f"child ended without a record: {_ended(wait_status)}"}
    return record


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _ended(wait_status: int) -> str:
    if os.WIFSIGNALED(wait_status):
        return f"killed by signal {os.WTERMSIG(wait_status)}"
    return f"exit status {os.waitstatus_to_exitcode(wait_status)}"
