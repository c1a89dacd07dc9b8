"""The AWS CLI as an oracle, with a fresh driver for every command at the cost of a fork.

``ForkOracle()`` creates one AWS CLI driver (``create_clidriver``) and runs
no command with it: that pristine driver is only ever copied. ``run(args)``
forks; the child (``oracle_child``) runs ``aws ARGS...`` on its copy in a
sandbox and reports back through a pipe, then exits. Whatever a command
changes (event handlers registered while it runs, session variables,
loggers, files, module globals) dies with its child, so no command can see
another's leftovers, as with the real ``aws``, one process per command. A
child that has not answered after ``timeout`` seconds is killed with its
whole process group.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import select
import shutil
import signal
import sys
import tempfile
import time
import weakref
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from oracle_child import STATUSES, oracle_environment, prepare_folder, run_in_child
from prewarm import Prewarmer
from tagged_json import jsonable

__all__ = ["STATUSES", "ForkOracle", "jsonable"]

# A hang guard, not a speed limit: a command on a loaded machine may take seconds.
TIMEOUT_SECONDS = 120.0


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

    def __init__(
        self,
        *,
        prewarm: bool = True,
        timeout: float = TIMEOUT_SECONDS,
        workdir: str | None = None,
    ) -> None:
        """``prewarm``: parse a service's data files in the parent, before its first command.

        ``workdir``: where the oracle's and its children's temporary folders
        go (the system's temporary folder by default). The oracle removes its
        own on ``close()``, when collected, or at exit; a process that ends
        without running exit handlers (a pool worker) should pass a folder
        its caller removes.
        """
        import awscli  # first, so that `botocore` is the CLI's own copy
        from awscli.clidriver import create_clidriver

        self.version = awscli.__version__
        self.timeout = timeout
        self._workdir = workdir
        self._folder = tempfile.mkdtemp(prefix="fork-oracle-", dir=workdir)
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._folder, True)
        prepare_folder(self._folder)
        self.config_file = os.path.join(self._folder, "config")
        # The driver reads the config file once, when created: the same text
        # every child later finds in its own copy. The loader, made here when
        # pre-warming, reads the environment too (its search path has
        # ~/.aws/models): an empty folder, as each child's own home is.
        with _environment(oracle_environment(self._folder)):
            self.driver = create_clidriver()
            self.prewarmer = Prewarmer(self.driver.session) if prewarm else None

    def close(self) -> None:
        self._cleanup()

    def __enter__(self) -> ForkOracle:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def run(
        self,
        args: list[str],
        *,
        after: Sequence[list[str]] = (),
        files: Mapping[str, bytes] = {},
    ) -> dict[str, Any]:
        """What ``aws ARGS...`` does, run on a fresh copy of the pristine driver.

        ``files`` are put in the command's working folder first (name -> content).

        ``after`` is for showing what the fork prevents: those commands run
        first on the same copy, so ``args`` meets a driver they have used.
        """
        if self.prewarmer is not None and args:
            self.prewarmer.service(args[0])
        folder = tempfile.mkdtemp(prefix="fork-oracle-run-", dir=self._workdir)
        prepare_folder(folder, files)
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
            run_in_child(self.driver, [*after, args], folder, write_end)
        gc.unfreeze()
        with contextlib.suppress(OSError):  # the child does it too; whichever runs first
            os.setpgid(pid, pid)
        os.close(write_end)
        try:
            record = _collect(pid, read_end, self.timeout)
        finally:
            os.close(read_end)
            shutil.rmtree(folder, ignore_errors=True)
        record["seconds"] = round(time.perf_counter() - started, 4)
        return record


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
