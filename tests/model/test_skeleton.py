"""Skeletons: the AWS CLI's --generate-cli-skeleton, from our schemas, and the round trip."""

from __future__ import annotations

import io
import json
from typing import Any
from unittest import mock

import pytest
import yaml
from operations import OPERATIONS

from ec2shorthand import InvalidRequestError, parse_command
from ec2shorthand._cli import run
from ec2shorthand._model.operation import get_operation
from ec2shorthand._model.skeleton import render_skeleton as _render_skeleton
from ec2shorthand._model.skeleton import skeleton as _skeleton


def render_skeleton(operation: str, kind: str) -> str:
    return _render_skeleton(get_operation("ec2", operation), kind)


def skeleton(operation: str, kind: str) -> dict:
    return _skeleton(get_operation("ec2", operation), kind)


def _cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return run(argv, out, err), out.getvalue(), err.getvalue()


@pytest.mark.parametrize("operation", OPERATIONS)
def test_input_skeleton_is_what_the_aws_cli_prints(operation: str) -> None:
    pytest.importorskip("awscli")
    import oracle_driver

    # The AWS CLI picks an enum's placeholder at random: make it pick the first, as we do.
    with mock.patch("random.choice", lambda values: values[0]):
        code, theirs, _ = oracle_driver.Driver().run(["ec2", operation, "--generate-cli-skeleton"])
    assert code == 0
    assert render_skeleton(operation, "input") == theirs
    assert _cli(["skeleton", operation]) == (0, theirs, "")


@pytest.mark.parametrize("operation", OPERATIONS)
def test_output_skeleton_is_what_the_aws_cli_prints(operation: str) -> None:
    pytest.importorskip("awscli")
    import oracle_driver

    argv = ["--group-id", "sg-1a2b3c4d", "--dry-run", "--generate-cli-skeleton", "output"]
    code, theirs, _ = oracle_driver.Driver().run(["ec2", operation, *argv])
    assert code == 0
    assert render_skeleton(operation, "output") == theirs
    assert _cli(["parse", operation, *argv]) == (0, theirs, "")


def test_output_skeleton_needs_a_valid_command_line() -> None:
    argv = [
        "parse",
        "revoke-security-group-ingress",
        "--group-id",
        "sg-1",
        "--generate-cli-skeleton",
        "output",
    ]
    code, out, err = _cli(argv)
    assert (code, out) == (1, "")
    assert err.startswith("error[id.security-group] GroupId")


def test_yaml_skeleton_holds_the_input_skeleton() -> None:
    code, out, _ = _cli(["skeleton", "authorize-security-group-ingress", "yaml-input"])
    assert code == 0 and out.startswith("# authorize-security-group-ingress: fill in the values")
    assert yaml.safe_load(out) == skeleton("authorize-security-group-ingress", "input")


def _filled(value: Any) -> Any:
    """A skeleton filled in the way a user would: one rule, every placeholder replaced or gone."""
    del value
    return {
        "GroupId": "sg-1a2b3c4d",
        "IpPermissions": [
            {
                "IpProtocol": "tcp",
                "FromPort": 22,
                "ToPort": 22,
                "IpRanges": [{"Description": "SSH", "CidrIp": "203.0.113.0/24"}],
            }
        ],
        "DryRun": False,
    }


@pytest.mark.parametrize("syntax", ["json", "yaml"])
def test_a_filled_skeleton_is_accepted(syntax: str) -> None:
    operation = "revoke-security-group-ingress"
    request = _filled(skeleton(operation, "input"))
    text = json.dumps(request) if syntax == "json" else yaml.safe_dump(request)
    assert parse_command(operation, [f"--cli-input-{syntax}", text]) == request


@pytest.mark.parametrize("syntax", ["json", "yaml"])
def test_an_unfilled_skeleton_names_its_empty_placeholders(syntax: str) -> None:
    operation = "revoke-security-group-ingress"
    kind = "input" if syntax == "json" else "yaml-input"
    with pytest.raises(InvalidRequestError) as caught:
        parse_command(operation, [f"--cli-input-{syntax}", render_skeleton(operation, kind)])
    unfilled = [d.path for d in caught.value.diagnostics if d.rule == "skeleton.unfilled"]
    assert "GroupId" in unfilled and "IpPermissions[0].IpRanges[0].CidrIp" in unfilled
    # Each points at the document (but the request-wide group rule, which has no value).
    assert {d.option for d in caught.value.diagnostics if d.steps} == {f"--cli-input-{syntax}"}
    assert not any(d.rule == "cidr.ipv4" for d in caught.value.diagnostics)


def _every_operation() -> list[tuple[str, str]]:
    from ec2shorthand._model.catalog import operation_names, service_names

    return [(service, name) for service in service_names() for name in operation_names(service)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every operation with ``-m sweep`` (about 18,900); else every 150th (about 125)."""
    if "service_operation" not in metafunc.fixturenames:
        return
    everything = "sweep" in (metafunc.config.option.markexpr or "")
    cases = _every_operation() if everything else _every_operation()[::150]
    metafunc.parametrize("service_operation", cases, ids=["-".join(case) for case in cases])


@pytest.mark.sweep
def test_any_operations_input_skeleton_is_what_the_aws_cli_prints(
    service_operation: tuple[str, str],
) -> None:
    pytest.importorskip("awscli")
    import oracle_driver

    service, operation = service_operation
    with mock.patch("random.choice", lambda values: values[0]):
        code, theirs, _ = oracle_driver.Driver().run(
            [service, operation, "--generate-cli-skeleton"]
        )
    ours = _render_skeleton(get_operation(service, operation), "input")
    if code == 0:
        assert ours == theirs
    elif getattr(get_operation(service, operation).model, "preview", False):
        assert code == 1 and ours.startswith("{")  # aws sdb: the AWS CLI needs it enabled
    else:  # the AWS CLI wants an out-file even here (a usage error, exit 2); so do we (as bad
        # input, exit 1), but our skeleton subcommand prints the skeleton without one
        # (iam create-virtual-mfa-device's --outfile also removes the option: both refuse it)
        refused = _cli(["parse", service, operation, "--generate-cli-skeleton"])
        assert code == 2 and refused[0] == 1
        assert "outfile" in refused[2] or "--generate-cli-skeleton: unknown option" in refused[2]
        assert _cli(["skeleton", service, operation])[0] == 0
