"""The AWS CLI v1, run offline in-process, as the oracle for differential tests.

Three questions can be asked of it:

* ``aws_shorthand(text)``: what ``awscli.shorthand.ShorthandParser`` makes of a
  text on its own (syntax only), and whether it hit its lossy backtrack.
* ``aws_coerced(text, operation, parameter)``: the same plus the CLI's
  model-driven ``BackCompatVisitor`` for one top-level parameter.
* ``aws_request(operation, argv)``: the parameters ``aws ec2 <operation> <argv>``
  would send.  No request leaves the process: a handler on ``before-call``
  raises a private exception.  ``before-call`` is emitted after botocore's
  client-side validation, so reaching it means the CLI accepted the input.

The oracle is only called, never copied: nothing here re-implements it.
``awscli`` is imported lazily, and before ``botocore`` (the CLI ships its own
``botocore`` and aliases the top-level name to it once ``awscli`` is imported),
so this module imports cleanly where the CLI is absent; tests that use it
start with ``pytest.importorskip("awscli")``.
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
from dataclasses import dataclass
from typing import Any
from unittest import mock

__all__ = ["Outcome", "aws_coerced", "aws_request", "aws_shorthand", "plain"]

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
_SERVICE = "ec2"
# Loggers that the CLI configures on every call (see _isolated_loggers).
_LOGGERS = ("awscli", "botocore", "s3transfer", "urllib3")


@dataclass(frozen=True)
class Outcome:
    """What the oracle did with one input.

    ``value`` is the parsed (or sent) value when ``accepted``, else ``None``;
    ``error`` is the oracle's message when not accepted, else ``""``.
    ``lossy`` is set by ``aws_shorthand``/``aws_coerced`` when the parse went
    through the oracle's lossy backtrack (see ``aws_shorthand``).
    ``built`` is set by ``aws_request`` whenever the CLI got as far as building
    parameters, including when botocore's validation then rejected them; it
    is what ``parse_command(..., validate=False)`` should compare against.
    """

    accepted: bool
    value: Any = None
    error: str = ""
    lossy: bool = False
    built: Any = None


def plain(value: Any) -> Any:
    """Copy ``value`` with every mapping made a plain ``dict`` (order kept)."""
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


# --- shorthand alone -------------------------------------------------------


@functools.cache
def _watched_parser_class() -> type:
    """A ``ShorthandParser`` subclass that records whether it lost text.

    In ``_csv_value``, when an item after a comma fails, the parser walks back
    to the nearest ',' and ends the value there.  If the failing item itself
    held a comma (``\\,`` or one inside quotes) that ',' lies inside the item,
    and the text between the previous separator and it is dropped silently:
    ``a=b,c\\,d=e`` gives ``{'a': 'b', 'd': 'e'}``.  The item's start is
    recorded on entry to ``_second_value``; landing at or after it is lossy.
    Landing exactly on it happens only for an empty item (``a=b,,c=d``): no
    value text is dropped then, but a separator is, so it is flagged too.
    """
    from awscli.shorthand import ShorthandParser

    class WatchedShorthandParser(ShorthandParser):  # type: ignore[misc]
        lossy = False
        _item_start: int | None = None

        def parse(self, value: str) -> Any:
            self.lossy = False
            self._item_start = None
            return super().parse(value)

        def _second_value(self) -> Any:
            self._item_start = self._index
            return super()._second_value()

        def _backtrack_to(self, char: str) -> None:
            super()._backtrack_to(char)
            if self._item_start is not None and self._index >= self._item_start:
                self.lossy = True

    return WatchedShorthandParser


def aws_shorthand(text: str) -> Outcome:
    """Parse ``text`` with the oracle's ``ShorthandParser`` (syntax only)."""
    parser = _watched_parser_class()()
    try:
        value = parser.parse(text)
    except Exception as error:  # the CLI turns any exception into exit 255
        return Outcome(False, error=_describe(error), lossy=parser.lossy)
    return Outcome(True, plain(value), lossy=parser.lossy)


# --- shorthand plus the model-driven coercion -------------------------------


@functools.cache
def _service_model() -> Any:
    _import_awscli()
    import botocore.session

    return botocore.session.get_session().get_service_model(_SERVICE)


@functools.cache
def _api_operation_names() -> dict[str, str]:
    """Both spellings of every operation name mapped to the API one."""
    from botocore import xform_name

    names = {}
    for name in _service_model().operation_names:
        names[name] = name
        names[xform_name(name, "-")] = name
    return names


def _api_operation_name(operation: str) -> str:
    try:
        return _api_operation_names()[operation]
    except KeyError:
        raise ValueError(f"no {_SERVICE} operation named {operation!r}") from None


def _argument_model(operation: str, parameter: str) -> Any:
    from botocore import xform_name

    shape = _service_model().operation_model(_api_operation_name(operation)).input_shape
    for name, member in shape.members.items():
        if parameter in (name, xform_name(name, "-"), "--" + xform_name(name, "-")):
            return member
    raise ValueError(f"{operation} has no parameter {parameter!r}")


def aws_coerced(text: str | list[str], operation: str, parameter: str) -> Outcome:
    """Shorthand parse plus ``BackCompatVisitor`` for one top-level parameter.

    ``operation`` is the API or CLI name (``RevokeSecurityGroupIngress`` or
    ``revoke-security-group-ingress``), ``parameter`` the API member name
    (``IpPermissions``; ``ip-permissions`` works too).  A list parameter takes
    its value with argparse's ``nargs='+'``, so the CLI always parses a list of
    texts there: a single ``str`` is treated as a one-item list, as
    ``--ip-permissions TEXT`` would be.  This skips the CLI's JSON detection
    (a value starting with '[' or '{'); ``aws_request`` has it.
    """
    from awscli.shorthand import BackCompatVisitor

    model = _argument_model(operation, parameter)
    if model.type_name == "list" and isinstance(text, str):
        text = [text]
    parser = _watched_parser_class()()
    lossy = False
    try:
        if isinstance(text, list):
            parsed: Any = []
            for item in text:
                parsed.append(parser.parse(item))
                lossy = lossy or parser.lossy
        else:
            parsed = parser.parse(text)
            lossy = parser.lossy
        BackCompatVisitor().visit(parsed, model)
    except Exception as error:  # e.g. int('abc') escapes the CLI as ValueError
        return Outcome(False, error=_describe(error), lossy=lossy or parser.lossy)
    return Outcome(True, plain(parsed), lossy=lossy)


# --- the whole command line -------------------------------------------------


def _import_awscli() -> None:
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


class _Driver:
    """One CLI driver for the whole test session, with hooks per operation."""

    def __init__(self) -> None:
        _import_awscli()
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
                f"{event}.{_SERVICE}.{api_name}",
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
def _driver() -> _Driver:
    return _Driver()


# Options whose handlers the CLI registers once, when it first builds an
# operation's argument table (`calling-command.*`, and the one that lifts
# required options). The shared driver loses them when it restores its
# handlers after a call, so commands using them get a driver of their own
# (about 0.3 s each). Shorter abbreviations of them are ambiguous anyway.
_FRESH_DRIVER_FOR = ("--cli-i", "--ge")


def aws_request(operation: str, argv: list[str]) -> Outcome:
    """What ``aws ec2 <operation> <argv...>`` would send, without sending it.

    ``operation`` is the CLI or API name.  Accepted means botocore's
    ``before-call`` was reached (so the CLI's parsing and botocore's
    validation passed); ``value`` is then the parameters as the CLI built
    them, in its key order.  Otherwise ``error`` is what the CLI printed on
    stderr (or, for an exit without a request, its status and stdout).
    """
    driver = _Driver() if any(arg.startswith(_FRESH_DRIVER_FOR) for arg in argv) else _driver()
    api_name = _api_operation_names().get(operation)
    if api_name is not None:  # else the CLI itself rejects the unknown operation
        driver.hook(api_name)
        operation = _cli_operation_name(api_name)
    capture = driver.capture
    capture.reset()
    code, stdout, stderr = driver.run([_SERVICE, operation, *argv])
    if capture.build_events > 1:
        raise AssertionError(f"before-parameter-build fired {capture.build_events} times")
    if capture.reached_call:
        return Outcome(True, capture.built, built=capture.built)
    error = stderr.strip() or f"exit status {code} without a request; stdout: {stdout.strip()!r}"
    return Outcome(False, error=error, built=capture.built)


def _cli_operation_name(api_name: str) -> str:
    from botocore import xform_name

    return str(xform_name(api_name, "-"))
