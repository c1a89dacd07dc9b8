"""ec2shorthand against the AWS CLI on one command: the adapter and the verdict.

``ours(service, operation, argv)`` is the one place that calls ec2shorthand;
``classify(record, outcome)`` compares its outcome with what the fork oracle
recorded for the same command. The example-page test and
``scripts/sweep_examples.py`` both use these two, and nothing else decides.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import json
import os
import re
import tempfile
import traceback
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from fork_oracle import jsonable

__all__ = ["AGREEMENT", "CLASSES", "DOWNLOADED", "Ours", "classify", "ours", "validate_agrees"]

SAME = "same params"
# The AWS CLI v1 downloads an http(s):// value (the oracles are configured not to): refused.
DOWNLOADED = "v1 downloads it"
BOTH_REJECT = "both reject"
OUT_OF_SCOPE = "out of scope"
NO_REQUEST = "no request"
PARAMS_DIFFER = "mismatch: params differ"
WE_REJECT = "mismatch: we reject, CLI accepts"
WE_ACCEPT = "mismatch: we accept, CLI rejects"
WE_CALL_OUT_OF_SCOPE = "mismatch: we call it out of scope"
NOT_OUT_OF_SCOPE = "mismatch: custom command not out of scope"
WE_BUILD = "mismatch: we build a request, CLI sends none"
OURS_CRASHED = "mismatch: ours crashed"
ORACLE_FAILED = "oracle failed"
# Every verdict, agreements first; the report's columns follow this order.
CLASSES = (
    SAME,
    DOWNLOADED,
    BOTH_REJECT,
    OUT_OF_SCOPE,
    NO_REQUEST,
    PARAMS_DIFFER,
    WE_REJECT,
    WE_ACCEPT,
    WE_CALL_OUT_OF_SCOPE,
    NOT_OUT_OF_SCOPE,
    WE_BUILD,
    OURS_CRASHED,
    ORACLE_FAILED,
)
AGREEMENT = frozenset({SAME, DOWNLOADED, BOTH_REJECT, OUT_OF_SCOPE, NO_REQUEST})
# ec2shorthand's errors that mean "not an operation I handle" rather than
# "a bad command": matched by class name anywhere in the error's MRO, so a
# renamed or added class needs only this line.
_OUT_OF_SCOPE_ERRORS = ("OutOfScopeError",)


@dataclass(frozen=True)
class Ours:
    """What ec2shorthand made of a command.

    ``kind``: ``params`` (built, at ``validate=False``), ``rejected`` (its own
    ``ShorthandError``), ``out-of-scope`` (its out-of-scope error, or a
    service this ec2shorthand cannot be asked about) or ``crash`` (any other
    exception: a bug). For ``params``, ``validated`` says what
    ``validate=True`` then did: ``accepted`` or ``rejected``, and
    ``validation_rules`` which rules the refusal names (``model.*`` are the
    checks botocore makes too; the others are ec2shorthand's own).
    """

    kind: str
    params: Any = None
    error: str = ""
    error_type: str = ""
    rule: str = ""
    validated: str = ""
    validation_error: str = ""
    validation_rules: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value not in ("", None, ())}

    @property
    def refused_by_own_rules_only(self) -> bool:
        """Whether ``validate=True`` refused only for rules botocore does not check."""
        own = [rule for rule in self.validation_rules if not rule.startswith("model.")]
        return self.validated == "rejected" and len(own) == len(self.validation_rules) > 0


class _ServiceNotAsked(Exception):
    """This ec2shorthand's ``parse_command`` takes no ``service``, and it is not ec2."""


def ours(
    service: str,
    operation: str,
    argv: Sequence[str],
    *,
    cli_version: int | None = None,
    files: Mapping[str, bytes] = {},
) -> Ours:
    """ec2shorthand's outcome for ``aws SERVICE OPERATION ARGV...``, read as AWS CLI
    ``cli_version`` (the environment's default if None), in a folder holding ``files``."""
    from ec2shorthand import ShorthandError

    def parse(validate: bool) -> Any:
        return _parse(service, operation, argv, validate=validate, version=cli_version, files=files)

    try:
        params = parse(False)
    except _ServiceNotAsked:
        message = f"this ec2shorthand takes ec2 commands only, not {service}"
        return Ours("out-of-scope", error=message)
    except ShorthandError as error:
        kind = "out-of-scope" if _is_out_of_scope(error) else "rejected"
        return Ours(kind, error=str(error), error_type=type(error).__name__, rule=error.rule)
    except Exception as error:  # a bug in ec2shorthand: reported, never hidden
        return Ours("crash", error=traceback.format_exc()[-2000:], error_type=type(error).__name__)
    try:
        parse(True)
    except ShorthandError as error:
        rules = tuple(sorted({finding.rule for finding in getattr(error, "diagnostics", ())}))
        return Ours(
            "params",
            jsonable(params),
            validated="rejected",
            validation_error=str(error),
            validation_rules=rules or (error.rule,),
        )
    except Exception:
        return Ours("crash", jsonable(params), error=traceback.format_exc()[-2000:])
    return Ours("params", jsonable(params), validated="accepted")


def _parse(
    service: str,
    operation: str,
    argv: Sequence[str],
    *,
    validate: bool,
    version: int | None = None,
    files: Mapping[str, bytes] = {},
) -> Any:
    from ec2shorthand import parse_command

    # In an empty folder, as the oracle runs: an example's relative file:// path (or a
    # streamed body such as README.md) must not find a file of ours.
    with _folder_holding(files):
        if version is not None:
            return parse_command(
                operation,
                list(argv),
                service=service,
                validate=validate,
                cli_version=version,  # type: ignore[arg-type]
            )
        if _takes_service():
            # The signature of round 2; mypy checks against the installed one.
            return parse_command(operation, list(argv), service=service, validate=validate)  # type: ignore[call-arg,unused-ignore]
        if service != "ec2":
            raise _ServiceNotAsked
        return parse_command(operation, list(argv), validate=validate)


@contextlib.contextmanager
def _folder_holding(files: Mapping[str, bytes]) -> Iterator[None]:
    """The empty folder (most commands), or a fresh one holding ``files``."""
    before = os.getcwd()
    with contextlib.ExitStack() as stack:
        folder = _EMPTY.name
        if files:
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="ec2shorthand-ours-"))
            for name, content in files.items():
                with open(os.path.join(folder, name), "wb") as file:
                    file.write(content)
        os.chdir(folder)
        try:
            yield
        finally:
            os.chdir(before)


_EMPTY = tempfile.TemporaryDirectory(prefix="ec2shorthand-ours-")


@functools.cache
def _takes_service() -> bool:
    from ec2shorthand import parse_command

    return "service" in inspect.signature(parse_command).parameters


def _is_out_of_scope(error: Exception) -> bool:
    return any(cls.__name__ in _OUT_OF_SCOPE_ERRORS for cls in type(error).__mro__)


def classify(record: Mapping[str, Any], outcome: Ours) -> str:
    """The verdict on one command: the oracle's ``record`` against ``outcome``."""
    status = record["status"]
    if status == "validation-error" and record.get("reached_parameter_build") is False:
        # Refused after building its parameters but before its client took them (v2 decodes
        # blobs there, both check the region): the AWS CLI refused the command itself.
        status = "cli-error"
    if status in ("timeout", "crash"):
        return ORACLE_FAILED
    if outcome.kind == "crash":
        return OURS_CRASHED
    if status == "custom-command":
        return OUT_OF_SCOPE if outcome.kind == "out-of-scope" else NOT_OUT_OF_SCOPE
    if outcome.kind == "out-of-scope":
        # A name the CLI does not know either is a rejection by both.
        unknown_to_cli = status == "cli-error" and not record.get("command_class")
        return BOTH_REJECT if unknown_to_cli else WE_CALL_OUT_OF_SCOPE
    if outcome.kind == "rejected" and outcome.rule == "value.downloaded" and record["params"]:
        return DOWNLOADED
    if outcome.kind == "rejected":
        return {"sent": WE_REJECT, "no-request": NO_REQUEST}.get(status, BOTH_REJECT)
    if status == "cli-error":
        return WE_ACCEPT
    if status == "no-request":
        return WE_BUILD
    if _unique_values_alike(outcome.params) != _unique_values_alike(record["params"]):
        return PARAMS_DIFFER
    if status == "validation-error":
        return BOTH_REJECT if outcome.validated == "rejected" else WE_ACCEPT
    return SAME


# What the AWS CLI makes unique (CloudFront's CallerReference, an origin's Id), as both
# sides make it: PREFIX-<unix seconds>-<1..1000000>.
_UNIQUE = re.compile(r'"([^"]*)-\d{9,11}-\d{1,7}"')


def _unique_values_alike(params: Any) -> Any:
    """``params`` with each time-and-chance value as ``PREFIX-TIME-RANDOM``."""
    return json.loads(_UNIQUE.sub(r'"\1-TIME-RANDOM"', json.dumps(params)))


def validate_agrees(record: Mapping[str, Any], outcome: Ours) -> bool | None:
    """Whether ``validate=True`` accepted exactly when the CLI sent the request.

    ``None`` where the question does not arise: the CLI built no parameters
    that botocore then judged, or ec2shorthand built none.
    """
    if outcome.kind != "params" or record["status"] not in ("sent", "validation-error"):
        return None
    return bool((outcome.validated == "accepted") == (record["status"] == "sent"))
