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

import functools
from dataclasses import dataclass
from typing import Any

from oracle_driver import FRESH_DRIVER_FOR, SERVICE, Driver, import_awscli, plain, shared_driver

__all__ = ["Outcome", "aws_coerced", "aws_request", "aws_shorthand", "plain"]


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
    import_awscli()
    import botocore.session

    return botocore.session.get_session().get_service_model(SERVICE)


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
        raise ValueError(f"no {SERVICE} operation named {operation!r}") from None


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


def aws_request(operation: str, argv: list[str]) -> Outcome:
    """What ``aws ec2 <operation> <argv...>`` would send, without sending it.

    ``operation`` is the CLI or API name.  Accepted means botocore's
    ``before-call`` was reached (so the CLI's parsing and botocore's
    validation passed); ``value`` is then the parameters as the CLI built
    them, in its key order.  Otherwise ``error`` is what the CLI printed on
    stderr (or, for an exit without a request, its status and stdout).
    """
    driver = Driver() if any(arg.startswith(FRESH_DRIVER_FOR) for arg in argv) else shared_driver()
    api_name = _api_operation_names().get(operation)
    if api_name is not None:  # else the CLI itself rejects the unknown operation
        driver.hook(api_name)
        operation = _cli_operation_name(api_name)
    capture = driver.capture
    capture.reset()
    code, stdout, stderr = driver.run([SERVICE, operation, *argv])
    if capture.build_events > 1:
        raise AssertionError(f"before-parameter-build fired {capture.build_events} times")
    if capture.reached_call:
        return Outcome(True, capture.built, built=capture.built)
    error = stderr.strip() or f"exit status {code} without a request; stdout: {stdout.strip()!r}"
    return Outcome(False, error=error, built=capture.built)


def _cli_operation_name(api_name: str) -> str:
    from botocore import xform_name

    return str(xform_name(api_name, "-"))
