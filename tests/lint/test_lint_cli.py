"""``ec2shorthand lint`` from the command line: formats, exit codes, configuration."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from ec2shorthand._cli import run
from ec2shorthand.lint.config import load_config

DATA = Path(__file__).parent / "data"
CLEAN = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port 22 --cidr 10.0.0.0/8\n"
)
GLOB = "aws ec2 describe-instances --query Reservations[0]\n"


def lint(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(["lint", *argv], stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the test repository, as the current folder (so no outer pyproject applies)."""
    target = tmp_path / "repo"
    shutil.copytree(DATA / "repo", target)
    (target / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    monkeypatch.chdir(target)
    return target


def test_every_kind_of_file_in_a_repository(repo: Path) -> None:
    code, out, err = lint()
    assert code == 1
    reported = {line.split(":")[0] for line in out.splitlines() if "error[" in line}
    assert reported == {
        "deploy.sh",
        "scripts/open-web",
        "README.md",
        "docs/guide.rst",
        ".github/workflows/deploy.yml",
        "Makefile",
        "Dockerfile",
    }
    assert "7 file(s) checked: 7 error(s)" in err


def test_ignored_and_git_folders_are_skipped(repo: Path) -> None:
    for folder in ("generated", ".git", "nested/cache"):
        (repo / folder).mkdir(parents=True)
        (repo / folder / "bad.sh").write_text(GLOB)
    (repo / ".gitignore").write_text("generated/\n")
    (repo / "nested" / ".gitignore").write_text("cache\n")
    (repo / "nested" / "kept.sh").write_text(GLOB)
    _, out, _ = lint("--format", "json")
    paths = {finding["path"] for finding in json.loads(out)}
    assert "nested/kept.sh" in paths
    assert not any(path.endswith("bad.sh") for path in paths)


def test_files_named_are_linted_even_if_ignored(repo: Path) -> None:
    (repo / ".gitignore").write_text("*.sh\n")
    code, out, _ = lint("deploy.sh")
    assert code == 1 and "deploy.sh:8:" in out


def test_clean_files_exit_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("ok.sh").write_text(CLEAN)
    assert lint("ok.sh") == (
        0,
        "",
        "ec2shorthand lint: 1 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n",
    )


def test_fail_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("glob.sh").write_text(GLOB)
    assert lint("glob.sh")[0] == 0  # a warning does not fail by default
    assert lint("glob.sh", "--fail-on", "warning")[0] == 1
    assert lint("glob.sh", "--fail-on", "note")[0] == 1


@pytest.mark.parametrize(
    "argv",
    [["missing.sh"], ["--format", "xml"], ["--fail-on", "never"], ["--config", "nowhere.toml"]],
)
def test_usage_errors_exit_2(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = lint(*argv)
    assert (code, out) == (2, "")
    assert err


def test_formats(repo: Path) -> None:
    for form, check in [
        ("json", lambda out: len(json.loads(out)) == 7),
        ("sarif", lambda out: json.loads(out)["version"] == "2.1.0"),
        ("github", lambda out: out.count("::error file=") == 7),
        ("text", lambda out: out.count(": error[") == 7),
    ]:
        code, out, _ = lint("--format", form)
        assert code == 1 and check(out), form


def test_select_ignore_and_wrappers_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.sh").write_text(GLOB + GLOB.replace("aws ", "run_aws "))
    assert len(json.loads(lint("--format", "json")[1])) == 1
    assert len(json.loads(lint("--format", "json", "--wrapper", "run_aws")[1])) == 2
    assert json.loads(lint("--format", "json", "--ignore", "shell")[1]) == []
    assert json.loads(lint("--format", "json", "--select", "shorthand,ec2")[1]) == []


README = Path(__file__).parents[2] / "README.md"


def _block(language: str, index: int = 0) -> str:
    """A code block of the README's lint section."""
    text = README.read_text(encoding="utf-8")
    lint_section = text.split("\n## Linting the aws commands", 1)[1].split("\n## ", 1)[0]
    return lint_section.split(f"```{language}\n")[index + 1].split("```")[0]


@pytest.mark.skipif(not README.is_file(), reason="needs the source tree")
def test_the_documented_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("deploy.sh", "README.md", "scripts/open-web"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(DATA / "repo" / name, tmp_path / name)
    (tmp_path / "pyproject.toml").write_text(_block("toml"))
    assert load_config(tmp_path / "pyproject.toml").wrappers == ("run_aws", "$AWS")
    (tmp_path / "pyproject.toml").write_text("")
    monkeypatch.chdir(tmp_path)
    command, *expected = _block("console").splitlines()
    assert command == "$ ec2shorthand lint"
    code, out, err = lint()
    assert code == 1
    assert (out + err).splitlines() == expected


@pytest.mark.skipif(not README.is_file(), reason="needs the source tree")
def test_the_documented_suppression(tmp_path: Path) -> None:
    from lint_support import rules

    assert rules(_block("sh")) == []
    assert len(rules(_block("sh").replace("ignore", "nothing"))) == 2


def test_linked_folders_are_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a").mkdir()
    Path("a/glob.sh").write_text(GLOB)
    Path("a/loop").symlink_to(tmp_path)
    code, out, _ = lint("--format", "json")
    assert (code, [finding["path"] for finding in json.loads(out)]) == (0, ["a/glob.sh"])


def test_several_processes_give_the_same_findings_in_the_same_order(tmp_path: Path) -> None:
    from ec2shorthand.lint import LintConfig, lint_paths

    for number in range(210):
        text = GLOB if number % 3 else CLEAN.replace("--port 22", f"--port {70000 + number}")
        (tmp_path / f"f{number:03}.sh").write_text(text)
    config = LintConfig(root=tmp_path)
    alone, together = (
        lint_paths([str(tmp_path)], config),
        lint_paths([str(tmp_path)], config, jobs=2),
    )
    assert together.findings == alone.findings and len(alone.findings) == 210
    assert together.sources.keys() == alone.sources.keys() and together.files == 210


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def lint_on(stdout: io.StringIO, stderr: io.StringIO, *argv: str) -> int:
    return run(["lint", *argv], stdout, stderr)


@pytest.mark.parametrize(
    ("terminal", "no_color", "option", "coloured"),
    [
        (True, None, [], True),
        (True, "1", [], False),  # NO_COLOR, whatever its value
        (False, None, [], False),  # a pipe or a file
        (True, None, ["--color", "never"], False),
        (False, None, ["--color", "always"], True),
        (True, "1", ["--color", "always"], True),  # asked on the command line (no-color.org)
    ],
)
def test_colour_on_a_terminal_without_no_color(
    terminal: bool,
    no_color: str | None,
    option: list[str],
    coloured: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("glob.sh").write_text(GLOB)
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    stdout = Terminal() if terminal else io.StringIO()
    lint_on(stdout, io.StringIO(), *option, "glob.sh")
    assert ("\x1b[1;33mwarning\x1b[0m" in stdout.getvalue()) is coloured
    assert "glob.sh:1:" in stdout.getvalue()


def test_progress_on_a_terminal_only_and_erased(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ec2shorthand.lint import _progress

    monkeypatch.setattr(_progress, "_DELAY", 0.0)
    monkeypatch.setattr(_progress, "_EVERY", 0.0)
    for number in range(60):
        (tmp_path / f"f{number}.sh").write_text(CLEAN)
    on_terminal, in_a_log = Terminal(), io.StringIO()
    assert lint_on(io.StringIO(), on_terminal, str(tmp_path)) == 0
    assert lint_on(io.StringIO(), in_a_log, str(tmp_path)) == 0
    summary = "ec2shorthand lint: 60 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n"
    assert in_a_log.getvalue() == summary
    shown = on_terminal.getvalue()
    # Files done of all, overwritten in place (25 files at a time), then erased.
    assert shown == (
        "\r\x1b[Kec2shorthand lint: 0/60 files"
        "\r\x1b[Kec2shorthand lint: 25/60 files"
        "\r\x1b[Kec2shorthand lint: 50/60 files"
        "\r\x1b[K" + summary
    )


def test_a_short_run_shows_no_progress(tmp_path: Path) -> None:
    (tmp_path / "a.sh").write_text(CLEAN)
    stderr = Terminal()
    lint_on(io.StringIO(), stderr, str(tmp_path))
    assert "\r" not in stderr.getvalue()
