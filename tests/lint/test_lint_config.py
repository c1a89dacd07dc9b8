"""``[tool.ec2shorthand]`` in pyproject.toml, and suppression comments."""

from __future__ import annotations

from pathlib import Path

import pytest
from lint_support import rules

from ec2shorthand.lint import LintConfig, lint_paths
from ec2shorthand.lint.config import ConfigError, load_config

GLOB = "aws ec2 describe-instances --query Reservations[0]\n"
PORT = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port 70000 --cidr 10.0.0.0/8"
)


def write(folder: Path, table: str) -> Path:
    path = folder / "pyproject.toml"
    path.write_text(f"[project]\nname = 'x'\n\n[tool.ec2shorthand]\n{table}\n")
    return path


def test_settings_are_read(tmp_path: Path) -> None:
    write(
        tmp_path,
        'select = ["shell", "ports.bounds"]\nignore = ["shell.brace-expansion"]\n'
        'severity = { "shell.glob" = "error", "shell" = "note" }\nwrappers = ["run_aws"]\n'
        'exclude = ["vendor/"]\nkinds = { "*.in" = "shell" }\nfail-on = "warning"\n',
    )
    config = load_config(start=tmp_path / "deep" / "er")
    assert config.enabled("shell.glob") and config.enabled("ports.bounds")
    assert not config.enabled("shell.brace-expansion") and not config.enabled("cidr.ipv4")
    assert config.severity_of("shell.glob", "warning") == "error"  # the most specific wins
    assert config.severity_of("shell.nested-quotes", "error") == "note"
    assert (config.wrappers, config.fail_on, config.root) == (("run_aws",), "warning", tmp_path)


def test_severities_and_selection_apply_to_findings(tmp_path: Path) -> None:
    config = LintConfig(severity={"shell.glob": "error"}, ignore=("ports",))
    text = GLOB + PORT + "\n"
    assert rules(text) == ["shell.glob", "ports.bounds"]
    assert rules(text, config=config) == ["shell.glob"]
    (tmp_path / "a.sh").write_text(text)
    (finding,) = lint_paths([str(tmp_path / "a.sh")], config).findings
    assert finding.severity == "error"


def test_exclude_and_kinds(tmp_path: Path) -> None:
    write(tmp_path, 'exclude = ["vendor/", "old-*.sh"]\nkinds = { "tools/*.in" = "shell" }')
    for name in ("vendor/x.sh", "old-1.sh", "tools/run.in", "new.sh"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(GLOB)
    run = lint_paths([str(tmp_path)], load_config(start=tmp_path))
    assert sorted(Path(f.path).relative_to(tmp_path).as_posix() for f in run.findings) == [
        "new.sh",
        "tools/run.in",
    ]


@pytest.mark.parametrize(
    "table",
    [
        'selekt = ["shell"]',
        'select = "shell"',
        'severity = { "shell.glob" = "fatal" }',
        'kinds = { "*.x" = "perl" }',
        'fail-on = "never"',
        "[[broken",
        'ignore = ["shell.glb"]',
        'select = ["nonsense"]',
        'severity = { "shel.glob" = "error" }',
        "cli-version = 3",
        'cli-version = "two"',
    ],
)
def test_invalid_settings(tmp_path: Path, table: str) -> None:
    with pytest.raises(ConfigError):
        load_config(write(tmp_path, table))


@pytest.mark.parametrize(("written", "version"), [("1", 1), ('"2"', 2), (None, None)])
def test_the_cli_version_is_read(tmp_path: Path, written: str | None, version: int | None) -> None:
    write(tmp_path, "" if written is None else f"cli-version = {written}")
    assert load_config(start=tmp_path).cli_version == version


def test_a_rule_typo_is_refused_not_silently_ignored() -> None:
    # One typo in --ignore or --select would turn checks off without a word.
    with pytest.raises(ConfigError, match=r"'shell\.glb' names no rule \(did you mean shell\.glob"):
        LintConfig().with_options(ignore=["shell.glb"])
    with pytest.raises(ConfigError, match="names no rule"):
        LintConfig().with_options(select=["shorthand", "option.unknwn"])
    # Ids and prefixes of the linter's rules and of the engine's are fine.
    LintConfig().with_options(select=["shell", "ports.bounds", "model"], ignore=["option.unknown"])


def test_no_pyproject_means_defaults(tmp_path: Path) -> None:
    assert load_config(start=tmp_path) == LintConfig(root=load_config(start=tmp_path).root)


# --- suppression ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        GLOB.replace("\n", "  # ec2shorthand: ignore[shell.glob]\n"),
        "# ec2shorthand: ignore[shell]\n" + GLOB,
        GLOB.replace("\n", "  # ec2shorthand: ignore\n"),
        "# ec2shorthand: ignore[cidr.ipv4, shell.glob]\n" + GLOB,
    ],
)
def test_suppressed(text: str) -> None:
    assert rules(text) == []


def test_suppression_at_the_end_of_a_multi_line_command() -> None:
    text = PORT.replace(" --cidr", " \\\n  --cidr") + "  # ec2shorthand: ignore[ports.bounds]\n"
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        GLOB.replace("\n", "  # ec2shorthand: ignore[cidr.ipv4]\n"),  # another rule
        "# ec2shorthand: ignore[shell.glob]\n\n" + GLOB,  # not the line before
        GLOB + "# ec2shorthand: ignore[shell.glob]\n",  # the line after
        "# ec2shorthand: ignore[shell.g]\n" + GLOB,  # a prefix must end at a dot
    ],
)
def test_not_suppressed(text: str) -> None:
    assert rules(text) == ["shell.glob"]


def test_suppression_in_markdown() -> None:
    text = "<!-- ec2shorthand: ignore[shell.glob] -->\n```sh\n" + GLOB + "```\n"
    assert rules(text, "markdown") == ["shell.glob"]  # the comment is not the line before
    text = "```sh\n# ec2shorthand: ignore[shell.glob]\n" + GLOB + "```\n"
    assert rules(text, "markdown") == []
