"""The AWS CLI's driver, kept for a whole test session and reset between calls.

Making a driver and an EC2 client is most of the cost of a call, so one of
each is reused; what a call changes in the session (event handlers, loggers,
configuration) is put back afterwards. ``oracle`` asks the questions; this
module only runs the CLI.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import io
import logging
import os
import tempfile
import weakref
from collections.abc import Iterator, Mapping
from typing import Any
from unittest import mock

__all__ = ["FRESH_DRIVER_FOR", "SERVICE", "Driver", "import_awscli", "plain", "shared_driver"]

# What the CLI sees in its environment during a call: fixed fake credentials,
# no credentials file, our own config file (so no user profile, plugin or
# alias changes the result), no pager, no instance-metadata lookups.
_ORACLE_ENV = {
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "AKIDORACLEEXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "oracle-secret-not-a-real-key",
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    "AWS_PAGER": "",
    "AWS_EC2_METADATA_DISABLED": "true",
}
# The one setting that differs from a fresh install: by default the CLI v1
# downloads any argument value that starts with http:// or https://.  Tests
# must not touch the network, so such values are taken literally here.
_ORACLE_CONFIG = "[default]\ncli_follow_urlparam = false\n"
# awscli sets AWS_DATA_PATH itself on import, to find its own models: keep it.
_KEPT_AWS_VARS = {"AWS_DATA_PATH"}
SERVICE = "ec2"
# Loggers that the CLI configures on every call (see _isolated_loggers).
_LOGGERS = ("awscli", "botocore", "s3transfer", "urllib3")


def plain(value: Any) -> Any:
    """Copy ``value`` with every mapping made a plain ``dict`` (order kept)."""
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def import_awscli() -> None:
    import awscli  # noqa: F401  (first, so that `botocore` is the CLI's copy)


class _StopBeforeSend(Exception):
    """Raised from ``before-call``: the request was built, validated, not sent."""


class _Capture:
    """What the event handlers saw during the current ``main()`` call."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.built: Any = None
        self.reached_call = False
        self.build_events = 0

    def on_parameter_build(self, params: Any, **_: Any) -> None:
        self.build_events += 1
        self.built = plain(params)

    def on_call(self, **_: Any) -> None:
        self.reached_call = True
        raise _StopBeforeSend


class Driver:
    """One CLI driver for the whole test session, with hooks per operation."""

    def __init__(self) -> None:
        import_awscli()
        from awscli.clidriver import create_clidriver

        with _oracle_environment():
            self.driver = create_clidriver()
        self.session = self.driver.session
        self.capture = _Capture()
        self._hooked: set[str] = set()
        self._clients: dict[tuple[Any, ...], Any] = {}

    def hook(self, api_name: str) -> None:
        """Register the capture handlers for one operation, once.

        Both go first: ``before-parameter-build`` so botocore's own handlers
        have not yet filled in a random ``ClientToken`` or base64-encoded
        ``UserData``; ``before-call`` so nothing else runs before the stop.
        """
        if api_name in self._hooked:
            return
        emitter = self.session.get_component("event_emitter")
        for event, handler in (
            ("before-parameter-build", self.capture.on_parameter_build),
            ("before-call", self.capture.on_call),
        ):
            emitter.register_first(
                f"{event}.{SERVICE}.{api_name}",
                handler,
                unique_id=f"ec2shorthand-oracle-{event}-{api_name}",
            )
        self._hooked.add(api_name)
        self._clients.clear()  # a client copies the session's handlers when made

    def client(self, session: Any, service_name: str, **kwargs: Any) -> Any:
        """``create_nested_client``, reusing clients between calls.

        Making an EC2 client (hundreds of generated methods, a copy of every
        event handler) was most of the time per call.  A client is reused
        only for the same arguments and the same default client config
        (which every call rebuilds from the timeout and signing options).
        """
        from awscli.utils import create_nested_client

        config = session.get_default_client_config()
        settings = repr(sorted(vars(config).items())) if config is not None else None
        key = (service_name, settings, *sorted(kwargs.items()))
        if key not in self._clients:
            self._clients[key] = create_nested_client(session, service_name, **kwargs)
        return self._clients[key]

    def run(self, args: list[str]) -> tuple[int | str | None, str, str]:
        """``main(args)`` with its output captured and session state restored."""
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.ExitStack() as stack:
            stack.enter_context(_oracle_environment())
            stack.enter_context(_preserved_session(self.session))
            stack.enter_context(_preserved_handlers(self.session))
            stack.enter_context(_isolated_loggers())
            # `... help` would render a man page through a pager: render nothing.
            stack.enter_context(mock.patch("awscli.help.get_renderer", _SilentRenderer))
            stack.enter_context(mock.patch("awscli.clidriver.create_nested_client", self.client))
            stack.enter_context(contextlib.redirect_stdout(stdout))
            stack.enter_context(contextlib.redirect_stderr(stderr))
            try:
                code: int | str | None = self.driver.main(args)
            except SystemExit as exit_:  # argparse errors exit with status 2
                code = exit_.code
        return code, stdout.getvalue(), stderr.getvalue()


class _SilentRenderer:
    def render(self, contents: Any) -> None:
        print("<help page not rendered by the oracle>")


@functools.cache
def _config_file() -> str:
    folder = tempfile.TemporaryDirectory(prefix="ec2shorthand-oracle-")
    weakref.finalize(_config_file, folder.cleanup)
    path = os.path.join(folder.name, "config")
    with open(path, "w", encoding="utf-8") as config:
        config.write(_ORACLE_CONFIG)
    return path


@contextlib.contextmanager
def _oracle_environment() -> Iterator[None]:
    saved = dict(os.environ)
    for name in list(os.environ):
        if name.startswith("AWS_") and name not in _KEPT_AWS_VARS:
            del os.environ[name]
    os.environ.update(_ORACLE_ENV, AWS_CONFIG_FILE=_config_file())
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextlib.contextmanager
def _preserved_session(session: Any) -> Iterator[None]:
    """Undo what global options (``--region``, ``--profile``, ...) change.

    ``--region``/``--profile`` set session instance variables and
    ``--no-sign-request``/``--cli-read-timeout`` replace the default client
    config; both would otherwise leak into every later call.
    """
    variables = session.instance_variables()
    config = session.get_default_client_config()
    try:
        yield
    finally:
        # botocore has a getter but no public way to drop a variable.
        session._session_instance_vars = variables
        session.set_default_client_config(config)


@contextlib.contextmanager
def _preserved_handlers(session: Any) -> Iterator[None]:
    """Undo the event handlers a call registers.

    The CLI registers some handlers from inside ``main()``, once per process
    in real use: ``session-initialized`` adds a new paramfile handler to
    ``load-cli-arg`` on every call, so without this each call would run one
    more handler than the last (and get slower).  botocore has no public way
    to restore an emitter, so its handler table is copied the way its own
    ``__copy__`` does it and put back.
    """
    emitter = session.get_component("event_emitter")
    inner = getattr(emitter, "_emitter", emitter)  # EventAliaser wraps the real one
    saved = copy.copy(inner)
    try:
        yield
    finally:
        inner._handlers = saved._handlers
        inner._unique_id_handlers = saved._unique_id_handlers
        inner._lookup_cache = {}


@contextlib.contextmanager
def _isolated_loggers() -> Iterator[None]:
    """Keep the CLI's logging to itself, and undo its changes afterwards.

    Every ``main()`` sets the ``awscli`` logger to DEBUG and adds a stream
    handler (ERROR, or DEBUG for ``--debug``) to it: once per process in the
    real CLI, once per call here.  Not propagating during the call keeps the
    debug records away from the root logger (pytest formats every record it
    captures, which tripled the time per call), as in the real CLI, where the
    root logger has no handlers.  Handlers, levels and propagation are
    restored afterwards, so nothing accumulates.
    """
    loggers = [logging.getLogger(name) for name in _LOGGERS]
    saved = [(logger.handlers[:], logger.level, logger.propagate) for logger in loggers]
    for logger in loggers:
        logger.propagate = False
    try:
        yield
    finally:
        for logger, (handlers, level, propagate) in zip(loggers, saved, strict=True):
            logger.handlers[:] = handlers
            logger.setLevel(level)
            logger.propagate = propagate


@functools.cache
def shared_driver() -> Driver:
    return Driver()


# Options whose handlers the CLI registers once, when it first builds an
# operation's argument table (`calling-command.*`, and the one that lifts
# required options). The shared driver loses them when it restores its
# handlers after a call, so commands using them get a driver of their own
# (about 0.3 s each). Shorter abbreviations of them are ambiguous anyway.
FRESH_DRIVER_FOR = ("--cli-i", "--ge")
