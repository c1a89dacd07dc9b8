"""The adapter to the engine: findings placed in (argument, start, end), unknowns respected."""

from __future__ import annotations

from pathlib import Path

import pytest

from ec2shorthand.lint._engine import EngineFinding, check_words

OP = "authorize-security-group-ingress"
RULE = "IpProtocol=tcp,FromPort=22,ToPort=22"


def check(
    argv: list[str], unknown: list[list[tuple[int, int]]] | None = None
) -> list[EngineFinding]:
    return check_words("ec2", OP, argv, unknown or [[] for _ in argv])


def test_a_finding_inside_a_shorthand_value() -> None:
    value = f"{RULE},IpRanges=[{{CidrIp=10.0.0.0/33}}]"
    (finding,) = check(["--group-id", "sg-12345678", "--ip-permissions", value])
    assert finding.rule == "cidr.ipv4"
    assert (finding.item, value[finding.start : finding.end]) == (3, "10.0.0.0/33")


def test_a_finding_on_a_plain_option_value_that_needs_quoting() -> None:
    argv = ["--group-id", "it's mine", "--protocol", "tcp", "--port", "22", "--cidr", "1.2.3.4/32"]
    (finding,) = check(argv)
    assert finding.rule == "id.security-group"
    assert (finding.item, finding.start, finding.end) == (1, 0, len("it's mine"))


def test_an_option_written_with_its_value() -> None:
    (finding,) = check(
        ["--group-id=sg-1", "--protocol", "tcp", "--port", "22", "--cidr", "1.2.3.4/32"]
    )
    assert (finding.item, finding.start, finding.end) == (
        0,
        len("--group-id="),
        len("--group-id=sg-1"),
    )


def test_an_unknown_option_covers_the_option() -> None:
    (finding,) = check(["--group-id", "sg-12345678", "--ip-permissionz", RULE])
    assert (finding.rule, finding.item, finding.start, finding.end) == ("option.unknown", 2, 0, 16)


def test_same_place_reported_once() -> None:
    findings = check(
        ["--group-id", "sg-12345678", "--protocol", "tcp", "--port", "-1", "--cidr", "1.2.3.4/32"]
    )
    assert [(f.rule, f.item) for f in findings] == [("ports.tcp-range", 5)]


def test_findings_on_unknown_spans_are_dropped() -> None:
    argv = ["--group-id", "0", "--protocol", "tcp", "--port", "22", "--cidr", "0"]
    assert len(check(argv)) == 2
    assert check(argv, [[], [(0, 1)], [], [], [], [], [], [(0, 1)]]) == []


def test_findings_that_depend_on_unknown_values_are_dropped() -> None:
    argv = ["--group-id", "sg-12345678", "--protocol", "0", "--port", "22", "--cidr", "1.2.3.4/32"]
    assert [f.rule for f in check(argv)] == ["ports.ignored"]  # protocol 0 ignores ports
    assert check(argv, [[], [], [], [(0, 1)], [], [], [], []]) == []


def test_files_are_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Read, the file would give a syntax error: the linter never reads it.
    (tmp_path / "rules.json").write_text("IpProtocol=tcp,FromPort=oops")
    monkeypatch.chdir(tmp_path)
    for value in ("file://rules.json", "fileb://rules.json", f"{RULE},IpRanges@=file://rules.json"):
        assert check(["--group-id", "sg-12345678", "--ip-permissions", value]) == []
    assert check(["--group-id", "sg-12345678", "--cli-input-json", "file://rules.json"]) == []


@pytest.mark.parametrize(
    ("service", "operation"), [("s3", "cp"), ("ec2", "describe-instances"), ("ec2", OP)]
)
def test_every_api_operation_is_checked_and_custom_commands_are_not(
    service: str, operation: str
) -> None:
    found = check_words(service, operation, ["--bogus"], [[]])
    assert bool(found) == (service != "s3")


def test_help_is_no_request() -> None:
    assert check(["help"]) == []
