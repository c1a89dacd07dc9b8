"""Every example command of the AWS CLI's own example pages: ec2shorthand against the AWS CLI.

The commands are read from the installed awscli's example pages at collection
time (never copied here). Each runs live through the fork oracle (a fresh
AWS CLI driver per command) and through ec2shorthand, and the two must agree:
the same ``call_parameters``, or both refusing, or both calling it out of scope.

Without ``-m sweep`` a fixed sample runs: every command of the pages of the
six security-group operations ec2shorthand was first made exact for, and a
seeded random sample across all services. ``pytest -m sweep`` runs them all
(about 7,000; ``scripts/sweep_examples.py`` does the same from a cache).
These are the AWS CLI v1's pages, read as v1 (``cli_version=1``).

The AWS CLI v2's own pages, read as v2 against the real v2 (its venv): a
seeded sample of them in every run (where v2 is installed);
``scripts/sweep_examples.py --cli-version 2`` sweeps them all.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

import pytest

awscli = pytest.importorskip("awscli")

from differential import AGREEMENT, classify, ours  # noqa: E402  (after the skip)
from example_pages import Example, extract  # noqa: E402
from fork_oracle import ForkOracle  # noqa: E402
from v2_oracle import v2_package, v2_python  # noqa: E402

SAMPLE_SIZE = 150
SAMPLE_SEED = 20240607
# The pages of the security-group operations: authorize/revoke ingress and
# egress, update-security-group-rule-descriptions ingress and egress.
SECURITY_GROUP_PAGE = re.compile(
    r"ec2/(authorize|revoke|update)-security-group-(rule-descriptions-)?(ingress|egress)\.rst"
)


def security_group_examples() -> list[Example]:
    return [e for e in extract().examples if SECURITY_GROUP_PAGE.fullmatch(e.page)]


def sample_examples() -> list[Example]:
    """The security-group pages' commands, then a seeded sample of the rest."""
    chosen = security_group_examples()
    rest = [e for e in extract().examples if not SECURITY_GROUP_PAGE.fullmatch(e.page)]
    return chosen + random.Random(SAMPLE_SEED).sample(rest, SAMPLE_SIZE)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """All commands when the ``sweep`` marker is selected (``-m sweep``), else the sample."""
    if "v2_example" in metafunc.fixturenames:
        found = v2_sample()
        metafunc.parametrize("v2_example", found, ids=[e.where for e in found])
        return
    if "example" not in metafunc.fixturenames:
        return
    everything = "sweep" in (metafunc.config.option.markexpr or "")
    examples = extract().examples if everything else sample_examples()
    metafunc.parametrize("example", examples, ids=[e.where for e in examples])


V2_SAMPLE_SIZE = 60


def v2_sample() -> list[Example]:
    """A seeded sample of the AWS CLI v2's example commands (none where v2 is not installed)."""
    python = v2_python()
    if python is None:
        return []
    _, package = v2_package(python)
    return random.Random(SAMPLE_SEED).sample(extract(package / "examples").examples, V2_SAMPLE_SIZE)


@pytest.fixture(scope="module")
def oracle() -> Iterator[ForkOracle]:
    with ForkOracle() as oracle:
        yield oracle


@pytest.mark.sweep
def test_example_command_agrees_with_the_aws_cli(example: Example, oracle: ForkOracle) -> None:
    record = oracle.run(example.cli_args)
    outcome = ours(example.service, example.operation, example.argv, cli_version=1)
    verdict = classify(record, outcome)
    assert verdict in AGREEMENT, (
        f"{verdict}\n  aws {' '.join(example.cli_args)}\n"
        f"  oracle: {record['status']} {record.get('params')} {record.get('stderr', '')[:300]}\n"
        f"  ours: {outcome.to_json()}"
    )


def test_v2_example_command_agrees_with_the_aws_cli_v2(v2_example: Example, v2_oracle: Any) -> None:
    record = v2_oracle.run(v2_example.cli_args)
    outcome = ours(v2_example.service, v2_example.operation, v2_example.argv, cli_version=2)
    verdict = classify(record, outcome)
    assert verdict in AGREEMENT, (
        f"{verdict}\n  aws {' '.join(v2_example.cli_args)}\n"
        f"  oracle: {record['status']} {record.get('params')} {record.get('stderr', '')[:300]}\n"
        f"  ours: {outcome.to_json()}"
    )


def test_the_sample_holds_every_security_group_page() -> None:
    pages = {example.page for example in security_group_examples()}
    assert len(pages) == 6
    assert len(security_group_examples()) >= 15
    assert len(sample_examples()) == len(security_group_examples()) + SAMPLE_SIZE
    assert len({example.service for example in sample_examples()}) > 50
