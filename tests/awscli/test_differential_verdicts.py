"""The adapter to ec2shorthand and the verdicts (tests/support/differential.py), no oracle."""

from __future__ import annotations

from typing import Any

import pytest
from differential import (
    AGREEMENT,
    BOTH_REJECT,
    DOWNLOADED,
    NO_REQUEST,
    NOT_OUT_OF_SCOPE,
    ORACLE_FAILED,
    OURS_CRASHED,
    OUT_OF_SCOPE,
    PARAMS_DIFFER,
    SAME,
    WE_ACCEPT,
    WE_BUILD,
    WE_CALL_OUT_OF_SCOPE,
    WE_REJECT,
    Ours,
    classify,
    ours,
    validate_agrees,
)

PARAMS = {"GroupId": "sg-1"}
GROUP = "sg-0123456789abcdef0"
INGRESS = ["--group-id", GROUP, "--protocol", "tcp", "--port", "22", "--cidr", "10.0.0.0/8"]


def record(
    status: str, params: Any = None, command_class: str = "ServiceOperation"
) -> dict[str, Any]:
    return {"status": status, "params": params, "command_class": command_class}


BUILT = Ours("params", PARAMS, validated="accepted")
BUILT_INVALID = Ours("params", PARAMS, validated="rejected")
OTHER = Ours("params", {"GroupId": "sg-2"}, validated="accepted")
REJECTED = Ours("rejected", error="bad")
OUTSIDE = Ours("out-of-scope", error="not ours")
CRASHED = Ours("crash", error="Traceback")


@pytest.mark.parametrize(
    ("oracle", "outcome", "verdict"),
    [
        (record("sent", PARAMS), BUILT, SAME),
        (record("sent", PARAMS), BUILT_INVALID, SAME),  # validate=True is judged apart
        (record("sent", PARAMS), OTHER, PARAMS_DIFFER),
        (record("sent", PARAMS), REJECTED, WE_REJECT),
        (record("sent", PARAMS), OUTSIDE, WE_CALL_OUT_OF_SCOPE),
        (record("validation-error", PARAMS), BUILT_INVALID, BOTH_REJECT),
        (record("validation-error", PARAMS), BUILT, WE_ACCEPT),
        (record("validation-error", PARAMS), OTHER, PARAMS_DIFFER),
        (record("validation-error", PARAMS), REJECTED, BOTH_REJECT),
        (record("cli-error"), REJECTED, BOTH_REJECT),
        (record("cli-error"), BUILT, WE_ACCEPT),
        (record("cli-error"), OUTSIDE, WE_CALL_OUT_OF_SCOPE),
        (record("cli-error", command_class=""), OUTSIDE, BOTH_REJECT),  # unknown to the CLI too
        (record("no-request", {}), REJECTED, NO_REQUEST),
        (record("no-request", {}), BUILT, WE_BUILD),
        (record("custom-command", command_class="S3"), OUTSIDE, OUT_OF_SCOPE),
        (record("custom-command", command_class="S3"), REJECTED, NOT_OUT_OF_SCOPE),
        (record("custom-command", command_class="S3"), BUILT, NOT_OUT_OF_SCOPE),
        (record("sent", PARAMS), CRASHED, OURS_CRASHED),
        (record("timeout"), BUILT, ORACLE_FAILED),
        (record("crash"), OUTSIDE, ORACLE_FAILED),
    ],
)
def test_verdict(oracle: dict[str, Any], outcome: Ours, verdict: str) -> None:
    assert classify(oracle, outcome) == verdict


def test_only_agreements_pass() -> None:
    assert {SAME, DOWNLOADED, BOTH_REJECT, OUT_OF_SCOPE, NO_REQUEST} == AGREEMENT


@pytest.mark.parametrize(
    ("status", "outcome", "agrees"),
    [
        ("sent", BUILT, True),
        ("sent", BUILT_INVALID, False),
        ("validation-error", BUILT_INVALID, True),
        ("validation-error", BUILT, False),
        ("cli-error", BUILT, None),
        ("sent", REJECTED, None),
    ],
)
def test_validate_agreement(status: str, outcome: Ours, agrees: bool | None) -> None:
    assert validate_agrees(record(status, PARAMS), outcome) is agrees


def test_ours_builds_the_request_of_a_security_group_command() -> None:
    outcome = ours("ec2", "authorize-security-group-ingress", INGRESS)
    assert outcome.kind == "params"
    assert outcome.validated == "accepted"
    assert outcome.params["IpPermissions"][0]["IpRanges"] == [{"CidrIp": "10.0.0.0/8"}]


def test_ours_names_the_rules_validate_refused_for() -> None:
    argv = ["--group-id", "sg-1", *INGRESS[2:]]
    outcome = ours("ec2", "authorize-security-group-ingress", argv)
    assert (outcome.kind, outcome.validated) == ("params", "rejected")
    assert outcome.validation_rules == ("id.security-group",)
    assert outcome.refused_by_own_rules_only


def test_ours_rejects_with_its_own_error() -> None:
    outcome = ours("ec2", "authorize-security-group-ingress", ["--group-id", GROUP, "--port", "x"])
    assert outcome.kind == "rejected"
    assert outcome.error_type


def test_ours_calls_unknown_operations_and_services_out_of_scope() -> None:
    assert ours("ec2", "wait", ["instance-running"]).kind == "out-of-scope"
    assert ours("s3", "cp", ["a", "s3://b/c"]).kind == "out-of-scope"


def test_ours_passes_the_service_once_parse_command_takes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import differential

    import ec2shorthand

    def parse_command(
        operation: str, argv: list[str], *, service: str = "ec2", validate: bool = True
    ) -> dict[str, Any]:
        return {"service": service, "operation": operation, "validate": validate}

    monkeypatch.setattr(ec2shorthand, "parse_command", parse_command)
    differential._takes_service.cache_clear()
    try:
        outcome = ours("s3api", "list-buckets", [])
    finally:
        differential._takes_service.cache_clear()
    assert outcome.kind == "params"
    assert outcome.params == {"service": "s3api", "operation": "list-buckets", "validate": False}
    assert outcome.validated == "accepted"
