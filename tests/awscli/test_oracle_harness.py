"""Self-checks of the differential-testing harness: tests/oracle.py and tests/strategies.py.

These prove the oracle is wired up right (known inputs give the CLI's known
outputs, repeated calls do not leak state) and that the strategies produce
texts the CLI mostly accepts, before any test of ec2shorthand relies on them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from bounded import CallCounter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("awscli")

import oracle  # after the skip: the oracle needs awscli
import oracle_driver
from oracle import Outcome, aws_coerced, aws_request, aws_shorthand
from strategies import (
    IP_PERMISSION_SHAPE,
    any_shorthandish_text,
    ip_permission_shorthand,
    ip_permission_values,
    ip_permissions_argv,
    shorthand_texts,
)

REVOKE = "revoke-security-group-ingress"
SG = "sg-026c12253ce15eff7"
# Deterministic, so a rate measured here does not flicker between runs.
HARNESS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def collect(strategy: st.SearchStrategy[Any], examples: int) -> list[Any]:
    """Draw ``examples`` values from ``strategy`` (deterministically)."""
    drawn: list[Any] = []

    @settings(HARNESS, max_examples=examples)
    @given(strategy)
    def draw(value: Any) -> None:
        drawn.append(value)

    draw()
    return drawn


def rate(outcomes: list[Outcome]) -> float:
    return sum(outcome.accepted for outcome in outcomes) / len(outcomes)


# --- aws_shorthand -------------------------------------------------------------


def test_lossy_backtrack_drops_text_and_is_flagged() -> None:
    assert aws_shorthand("a=b,c\\,d=e") == Outcome(True, {"a": "b", "d": "e"}, lossy=True)


def test_ordinary_comma_list_is_not_lossy() -> None:
    assert aws_shorthand("a=b,c,d=e") == Outcome(True, {"a": ["b", "c"], "d": "e"})


def test_lossy_backtrack_inside_a_quoted_item_is_flagged_even_when_rejected() -> None:
    outcome = aws_shorthand("a=b,'c,d'=e")
    assert not outcome.accepted
    assert outcome.lossy


def test_empty_list_item_lands_on_its_own_start_and_counts_as_lossy() -> None:
    # The doubled comma collapses: no value text is lost, but a separator is.
    assert aws_shorthand("a=b,,c=d") == Outcome(True, {"a": "b", "c": "d"}, lossy=True)


def test_rejections_carry_the_oracle_error() -> None:
    outcome = aws_shorthand("a=b,a=c")
    assert not outcome.accepted
    assert outcome.value is None
    assert outcome.error.startswith("DuplicateKeyInObjectError: ")


def test_outcome_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        aws_shorthand("a=b").accepted = False  # type: ignore[misc]


# --- aws_coerced ---------------------------------------------------------------


def test_coercion_follows_the_model() -> None:
    outcome = aws_coerced(
        "IpProtocol=tcp,FromPort=+022,ToPort= 23,IpRanges={CidrIp=10.0.0.0/8}",
        "RevokeSecurityGroupIngress",
        "IpPermissions",
    )
    expected = [
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 23, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}
    ]
    assert outcome == Outcome(True, expected)


def test_coercion_of_several_space_separated_values() -> None:
    outcome = aws_coerced(["FromPort=1", "ToPort=2"], REVOKE, "ip-permissions")
    assert outcome == Outcome(True, [{"FromPort": 1}, {"ToPort": 2}])


def test_coercion_failure_is_a_rejection() -> None:
    outcome = aws_coerced("FromPort=abc", "RevokeSecurityGroupIngress", "IpPermissions")
    assert not outcome.accepted
    assert "invalid literal for int()" in outcome.error


def test_unknown_operation_or_parameter_is_a_harness_error() -> None:
    with pytest.raises(ValueError):
        aws_coerced("a=b", "NoSuchOperation", "IpPermissions")
    with pytest.raises(ValueError):
        aws_coerced("a=b", REVOKE, "NoSuchParameter")


# --- aws_request ---------------------------------------------------------------


def test_request_from_shorthand() -> None:
    argv = [
        "--group-id", SG,
        "--ip-permissions", "IpProtocol=icmp,FromPort=3,ToPort=4,IpRanges=[{CidrIp=0.0.0.0/0}]",
    ]  # fmt: skip
    permission = {"IpProtocol": "icmp", "FromPort": 3, "ToPort": 4}
    permission["IpRanges"] = [{"CidrIp": "0.0.0.0/0"}]
    expected = {"GroupId": SG, "IpPermissions": [permission]}
    outcome = aws_request(REVOKE, argv)
    assert outcome == Outcome(True, expected, built=expected)
    assert list(outcome.value) == ["GroupId", "IpPermissions"]
    assert type(outcome.value["IpPermissions"][0]) is dict


def test_request_from_the_simplified_security_group_options() -> None:
    argv = ["--group-name", "mySecurityGroup", "--protocol", "tcp", "--port", "22"]
    argv += ["--cidr", "203.0.113.0/24"]
    outcome = aws_request(REVOKE, argv)
    assert outcome.accepted
    permission = {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22}
    permission["IpRanges"] = [{"CidrIp": "203.0.113.0/24"}]
    assert outcome.value == {"GroupName": "mySecurityGroup", "IpPermissions": [permission]}


def test_request_rejected_by_the_cli_before_building() -> None:
    outcome = aws_request(REVOKE, ["--ip-permissions", "FromPort=abc"])
    assert outcome == Outcome(False, error="invalid literal for int() with base 10: 'abc'")


def test_request_rejected_by_botocore_validation_keeps_what_was_built() -> None:
    outcome = aws_request(REVOKE, ["--ip-permissions", "Foo=1"])
    assert not outcome.accepted
    assert 'Unknown parameter in IpPermissions[0]: "Foo"' in outcome.error
    assert outcome.built == {"IpPermissions": [{"Foo": "1"}]}


def test_request_with_a_boolean_flag() -> None:
    assert aws_request(REVOKE, ["--dry-run"]) == Outcome(
        True, {"DryRun": True}, built={"DryRun": True}
    )


def test_request_accepts_the_api_operation_name() -> None:
    assert aws_request("RevokeSecurityGroupIngress", ["--dry-run"]).value == {"DryRun": True}


def test_argparse_errors_are_rejections_not_exits() -> None:
    outcome = aws_request(REVOKE, ["--bogus"])
    assert not outcome.accepted
    assert "Unknown options: --bogus" in outcome.error
    assert not aws_request("no-such-operation", []).accepted


def test_help_is_not_rendered_and_not_accepted() -> None:
    outcome = aws_request(REVOKE, ["help"])
    assert not outcome.accepted
    assert "help page not rendered" in outcome.error


def test_botocore_does_not_leak_its_own_parameters_into_the_capture() -> None:
    # Captured before botocore fills in ClientToken and base64-encodes UserData.
    outcome = aws_request("run-instances", ["--image-id", "ami-1", "--user-data", "hello"])
    assert outcome.value == {"ImageId": "ami-1", "UserData": "hello"}


def test_calls_in_a_row_do_not_interfere() -> None:
    first = ["--group-id", SG, "--ip-permissions", "IpProtocol=tcp,FromPort=1,ToPort=2"]
    second = ["--group-id", SG, "--protocol", "udp", "--port", "53", "--cidr", "10.0.0.0/8"]
    expected_first = aws_request(REVOKE, first)
    expected_second = aws_request("authorize-security-group-egress", second)
    assert expected_first.accepted
    assert expected_second.accepted
    for _ in range(3):
        assert aws_request(REVOKE, first) == expected_first
        assert aws_request(REVOKE, ["--ip-permissions", "FromPort=x"]).accepted is False
        assert aws_request("authorize-security-group-egress", second) == expected_second
        assert oracle_driver.shared_driver().capture.build_events == 1  # handlers did not pile up


def test_handlers_registered_during_a_call_do_not_pile_up() -> None:
    # Each main() registers a paramfile handler on load-cli-arg; the harness
    # removes it again, or every call would run one more handler than the last.
    inner = oracle_driver.shared_driver().session.get_component("event_emitter")._emitter
    event = "load-cli-arg.ec2.revoke-security-group-ingress.group-id"
    aws_request(REVOKE, ["--dry-run"])
    before = len(inner._handlers.prefix_search(event))
    for _ in range(5):
        aws_request(REVOKE, ["--group-id", SG, "--dry-run"])
    assert len(inner._handlers.prefix_search(event)) == before


def test_urls_are_not_followed() -> None:
    # The CLI v1 would download this; the oracle is configured not to.
    url = "http://192.0.2.1/not-fetched"
    assert aws_request(REVOKE, ["--group-name", url]).value == {"GroupName": url}


def test_global_options_do_not_leak_into_later_calls() -> None:
    session = oracle_driver.shared_driver().session
    before = session.instance_variables()
    assert not aws_request(REVOKE, ["--profile", "no-such-profile", "--dry-run"]).accepted
    assert aws_request(REVOKE, ["--region", "eu-west-1", "--debug", "--dry-run"]).accepted
    assert aws_request(REVOKE, ["--no-sign-request", "--dry-run"]).accepted
    assert session.instance_variables() == before
    assert session.get_default_client_config() is None
    assert aws_request(REVOKE, ["--dry-run"]).value == {"DryRun": True}


def test_a_request_reuses_the_driver_and_its_work_does_not_grow() -> None:
    # Work as function calls, not time (bench/bench_fork_oracle.py has the milliseconds):
    # one request made ~21,000 calls at de72a5e; building a fresh driver and running it
    # ~220,000; handlers piling up would make each request dearer than the last.
    aws_request(REVOKE, ["--dry-run"])  # the driver is built outside the count
    counts = []
    for port in range(30):
        with CallCounter() as counter:
            aws_request(REVOKE, ["--ip-permissions", f"IpProtocol=tcp,FromPort={port}"])
        counts.append(counter.calls)
    assert max(counts) < 40_000, counts
    assert counts[-1] <= counts[1] * 1.02, counts


# --- strategies ----------------------------------------------------------------


def test_ip_permission_shape_matches_the_model() -> None:
    model = oracle._argument_model("RevokeSecurityGroupIngress", "IpPermissions").member
    actual: dict[str, Any] = {}
    for name, member in model.members.items():
        if member.type_name == "list":
            actual[name] = list(member.member.members)
        else:
            actual[name] = member.type_name
    assert actual == IP_PERMISSION_SHAPE


def _coerce(text: str | list[str]) -> Outcome:
    return aws_coerced(text, "RevokeSecurityGroupIngress", "IpPermissions")


def _report(name: str, outcomes: list[Outcome]) -> float:
    accepted = rate(outcomes)
    lossy = sum(outcome.lossy for outcome in outcomes) / len(outcomes)
    print(f"{name}: {accepted:.1%} accepted, {lossy:.1%} lossy, of {len(outcomes)}")
    return accepted


def test_generated_texts_are_accepted_at_a_healthy_rate() -> None:
    outcomes = [_coerce(text) for text in collect(ip_permission_shorthand(), 400)]
    assert _report("ip_permission_shorthand", outcomes) >= 0.75


def test_generated_argv_is_accepted_by_the_whole_cli_at_a_healthy_rate() -> None:
    argvs = collect(ip_permissions_argv(), 150)
    outcomes = [aws_request(REVOKE, ["--ip-permissions", *argv]) for argv in argvs]
    assert _report("ip_permissions_argv via aws_request", outcomes) >= 0.6


def test_uncorrupted_texts_mean_what_they_were_written_from() -> None:
    """The writer is faithful: whatever the CLI accepts reads back as written."""
    strategy = (
        ip_permission_values()
        .filter(bool)
        .flatmap(lambda value: st.tuples(st.just(value), shorthand_texts(value, corruption_rate=0)))
    )
    pairs = collect(strategy, 300)
    outcomes = []
    for value, text in pairs:
        outcome = _coerce(text)
        outcomes.append(outcome)
        if outcome.accepted and not outcome.lossy:
            assert outcome.value == [value], text
    # Not 100%: the CLI rejects whitespace after a final bracket and a quoted
    # value ending in a backslash when the same quote follows later.
    assert _report("shorthand_texts, no corruption", outcomes) >= 0.8


def test_corruption_rate_one_mostly_breaks_texts() -> None:
    texts = collect(ip_permission_shorthand(corruption_rate=1.0), 200)
    assert _report("ip_permission_shorthand, always corrupted", [_coerce(t) for t in texts]) < 0.5


def test_shorthandish_texts_never_break_the_harness() -> None:
    texts = collect(any_shorthandish_text(), 400)
    assert all(len(text) <= 60 for text in texts)
    assert any(text == "" for text in texts)
    outcomes = [aws_shorthand(text) for text in texts]
    _report("any_shorthandish_text", outcomes)
    assert all(isinstance(outcome, Outcome) for outcome in outcomes)
    assert any(outcome.accepted for outcome in outcomes)
