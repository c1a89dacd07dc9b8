"""The AWS CLI version setting: 2 by default, 1 or 2 from the caller or the environment."""

from __future__ import annotations

import pytest

from ec2shorthand import ShorthandError
from ec2shorthand._core.version import ENVIRONMENT_VARIABLE, cli_version


def test_the_default_is_the_version_aws_supports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)
    assert cli_version() == 2


@pytest.mark.parametrize(("given", "expected"), [(1, 1), (2, 2), ("1", 1), (" v2 ", 2), ("V1", 1)])
def test_a_given_version_wins_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, given: object, expected: int
) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "2" if expected == 1 else "1")
    assert cli_version(given) == expected


def test_the_environment_sets_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "1")
    assert cli_version() == 1


@pytest.mark.parametrize("given", [3, 0, True, "2.0", "", 1.0, [1]])
def test_anything_else_is_refused_with_its_origin(given: object) -> None:
    with pytest.raises(ShorthandError, match=r"--cli-version: the AWS CLI version is 1 or 2"):
        cli_version(given, origin="--cli-version")


def test_a_bad_environment_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "3")
    with pytest.raises(ShorthandError, match=ENVIRONMENT_VARIABLE):
        cli_version()
