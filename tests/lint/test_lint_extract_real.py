"""The extractors on excerpts of real public files (tests/lint/data/real_extract/README.md):
every aws command in them is found, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from ec2shorthand.lint.commands import find_aws_commands
from ec2shorthand.lint.extract import snippets_of
from ec2shorthand.lint.shell import parse_commands
from ec2shorthand.lint.snippet import SourceFile

DATA = Path(__file__).parent / "data" / "real_extract"

# file, kind, (line, service, operation) of each aws command in it, in order
EXPECTED = [
    (
        "delete_cluster.md",
        "markdown",
        [
            *[(line, "ecs", "update-service") for line in (9, 10, 11)],
            *[(line, "ecs", "delete-service") for line in (20, 21, 22)],
            (27, "ecs", "delete-cluster"),
        ],
    ),
    (
        "delete_ec2.md",
        "markdown",
        [(7, "ec2", "describe-instances"), (8, "ec2", "terminate-instances")],
    ),
    ("quickstart_readme.adoc", "asciidoc", [(16, "eks", "update-kubeconfig")]),
    ("shon_diaz_upload.tf", "terraform", [(15, "s3", "rm"), (16, "s3", "cp")]),
    ("local_exec_sync_s3.tf", "terraform", [(3, "s3", "cp")]),
]


def commands_in(name: str, kind: str) -> list[tuple[int, str | None, str | None]]:
    text = (DATA / name).read_text(encoding="utf-8")
    source = SourceFile(name, text)
    return [
        (source.position(command.aws.file_start)[0], command.service, command.operation)
        for snippet in snippets_of(kind, text)
        for command in find_aws_commands(parse_commands(snippet))
    ]


@pytest.mark.parametrize(("name", "kind", "expected"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_every_command_of_a_real_file_is_found(
    name: str, kind: str, expected: list[tuple[int, str, str]]
) -> None:
    assert commands_in(name, kind) == expected


def test_every_real_file_is_listed_in_the_readme() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name, _, _ in EXPECTED:
        assert f"| {name} |" in readme
