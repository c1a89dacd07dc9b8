"""Offline validation: every rule has a flagged and a clean fixture, carets point at values.

tests/data/requests/{flagged,clean}/RULE.json hold an operation (of ec2, or of
the fixture's "service"), an argv and the diagnostics expected for it (rule,
severity, path), read as the AWS CLI version of the fixture's "cli_version"
(by default, the environment's).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ec2shorthand import (
    Diagnostic,
    InvalidRequestError,
    ShorthandError,
    coerce,
    parse_command,
    parse_shorthand,
    validate,
)
from ec2shorthand._awscli.catalog import rule_catalog
from ec2shorthand._awscli.command import check_command

CATALOG = rule_catalog()

DATA = Path(__file__).parents[1] / "data" / "requests"
FLAGGED = sorted((DATA / "flagged").glob("*.json"))
CLEAN = sorted((DATA / "clean").glob("*.json"))


def _diagnose(
    operation: str, argv: list[str], service: str = "ec2", version: Any = None
) -> list[Diagnostic]:
    try:
        return check_command(operation, argv, service=service, cli_version=version).diagnostics
    except ShorthandError as error:
        return [Diagnostic.from_error(error)]


def _summary(found: list[Diagnostic]) -> list[dict[str, str]]:
    return [{"rule": d.rule, "severity": d.severity, "path": d.path} for d in found]


@pytest.mark.parametrize(
    "path", FLAGGED + CLEAN, ids=[f"{p.parent.name}/{p.stem}" for p in FLAGGED + CLEAN]
)
def test_fixture_gives_its_diagnostics(path: Path) -> None:
    fixture: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    found = _diagnose(
        fixture["operation"],
        fixture["argv"],
        fixture.get("service", "ec2"),
        fixture.get("cli_version"),
    )
    assert _summary(found) == fixture["diagnostics"]


def test_every_rule_has_a_flagged_and_a_clean_fixture() -> None:
    for rule in CATALOG:
        name = rule.replace(".", "-")
        flagged = json.loads((DATA / "flagged" / f"{name}.json").read_text(encoding="utf-8"))
        clean = json.loads((DATA / "clean" / f"{name}.json").read_text(encoding="utf-8"))
        assert rule in {found["rule"] for found in flagged["diagnostics"]}, rule
        assert clean["diagnostics"] == [], rule


def test_the_seed_examples_validate_clean() -> None:
    example_1 = [
        "--group-name",
        "mySecurityGroup",
        "--protocol",
        "tcp",
        "--port",
        "22",
        "--cidr",
        "203.0.113.0/24",
    ]
    example_2 = [
        "--group-id",
        "sg-026c12253ce15eff7",
        "--ip-permissions",
        "IpProtocol=icmp,FromPort=3,ToPort=4,IpRanges=[{CidrIp=0.0.0.0/0}]",
    ]
    for argv in (example_1, example_2):
        assert check_command("revoke-security-group-ingress", argv).diagnostics == []


def test_the_caret_underlines_exactly_the_value() -> None:
    text = "IpProtocol=tcp,FromPort=70000,ToPort=70000,IpRanges=[{CidrIp=10.0.0.0/8}]"
    with pytest.raises(InvalidRequestError) as caught:
        parse_command(
            "revoke-security-group-ingress", ["--group-name", "web", "--ip-permissions", text]
        )
    first = caught.value.diagnostics[0]
    assert (first.rule, first.option, first.doc) == ("ports.bounds", "--ip-permissions", text)
    assert first.location is not None and first.location.item == 3
    assert first.doc[first.location.start : first.location.end] == "70000"
    assert str(first).endswith(
        "  IpProtocol=tcp,FromPort=70000,ToPort=70000,IpRanges=[{CidrIp=10.0.0.0/8}]\n"
        "                          ^^^^^"
    )


def test_simplified_option_values_are_pointed_at_on_the_command_line() -> None:
    argv = ["--group-name", "web", "--protocol", "tcp", "--port", "25-22", "--cidr", "10.0.0.0/8"]
    found = check_command("revoke-security-group-ingress", argv).diagnostics
    assert [(d.rule, d.option) for d in found] == [("ports.order", "--port")]
    location = found[0].location
    assert location is not None and location.item == 5
    assert found[0].doc is not None and found[0].doc[location.start : location.end] == "25-22"


def test_warnings_pass_unless_strict() -> None:
    argv = ["--group-name", "web", "--protocol", "all", "--port", "22", "--cidr", "10.0.0.0/8"]
    assert (
        parse_command("revoke-security-group-ingress", argv)["IpPermissions"][0]["FromPort"] == 22
    )
    with pytest.raises(InvalidRequestError) as caught:
        parse_command("revoke-security-group-ingress", argv, strict=True)
    assert [d.severity for d in caught.value.diagnostics] == ["warning"]


def test_validate_takes_params_without_positions() -> None:
    params = {"GroupId": "sg-1a2b3c4d", "IpPermissions": [{"IpProtocol": "udp", "FromPort": 53}]}
    found = validate("authorize-security-group-ingress", params)
    assert [(d.rule, d.path, d.doc) for d in found] == [
        ("ports.required", "IpPermissions[0].ToPort", None)
    ]
    assert found[0].as_dict()["steps"] == ["IpPermissions", 0, "ToPort"]


def test_unknown_keys_suggest_the_closest_name() -> None:
    found = validate("authorize-security-group-ingress", {"GroupId": "sg-1a2b3c4d", "DryRn": True})
    assert [(d.rule, d.message) for d in found] == [
        ("model.unknown-key", "unknown key 'DryRn': did you mean DryRun?")
    ]


def test_bring_your_own_schema() -> None:
    schema = {
        "type": "object",
        "properties": {
            "Port": {"type": "integer", "minimum": 1, "maximum": 65535},
            "Name": {"type": "string", "pattern": "^[a-z]+$"},
        },
        "required": ["Port"],
        "additionalProperties": False,
    }
    value = coerce(parse_shorthand("Port=70000,Name=Web,Nmae=x"), schema)
    found = validate(schema, value)
    assert [(d.rule, d.path) for d in found] == [
        ("schema.maximum", "Port"),
        ("schema.pattern", "Name"),
        ("model.unknown-key", "Nmae"),
    ]
    assert validate(schema, coerce(parse_shorthand("Port=443,Name=web"), schema)) == []
