"""The CLI and the linter under hostile input: files that block, never end, loop, or hold
escape sequences; malformed settings; refused options. Each bounded in a child process
(``run_bounded``: a hang guard and a memory cap), or in-process where nothing can hang."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from bounded import run_bounded

from ec2shorthand._cli import run

GLOB = "aws ec2 describe-instances --query Reservations[0]\n"
# A window title (OSC), clear screen (CSI), a bidi override, a C1 CSI, DEL, a bell.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\u202e\u2066\x9b\x7f"
CONTROLS = [char for char in HOSTILE if not char.isprintable()]


def lint(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(["lint", *argv], stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.sh"
    os.mkfifo(path)
    return path


def cli_in_child(argv: list[str], cwd: Path | None = None) -> dict[str, object]:
    """The CLI run in a child with a hang guard and a 1 GiB cap: /dev/zero cannot take it all."""
    chdir = f"import os; os.chdir({str(cwd)!r})\n" if cwd else ""
    found = run_bounded(f"{chdir}measure_cli({argv!r})", memory=1024**3)
    assert found.outcome == "exit", found.details
    return found.details


# --- files that block or never end: the file policy for every file the CLI reads ----------


@pytest.mark.parametrize("name", ["fifo", "/dev/zero"])
def test_to_shorthand_refuses_a_fifo_and_dev_zero(name: str, fifo: Path) -> None:
    path = str(fifo) if name == "fifo" else name
    found = cli_in_child(["to-shorthand", "describe-instances", path])
    assert found["code"] == 1
    assert "is not a regular file" in str(found["stderr"])


@pytest.mark.parametrize("name", ["fifo", "/dev/zero"])
def test_lint_config_refuses_a_fifo_and_dev_zero(name: str, fifo: Path, tmp_path: Path) -> None:
    path = str(fifo) if name == "fifo" else name
    (tmp_path / "a.sh").write_text(GLOB)
    found = cli_in_child(["lint", "--config", path, str(tmp_path / "a.sh")])
    assert found["code"] == 2
    assert f"cannot read {path}" in str(found["stderr"]) and "not a regular file" in str(
        found["stderr"]
    )


def test_lint_names_a_fifo_not_a_regular_file(fifo: Path) -> None:
    found = cli_in_child(["lint", str(fifo)])
    assert found["code"] == 2
    assert str(found["stderr"]).startswith(f"ec2shorthand lint: {fifo}: not a regular file")
    assert "no such file" not in str(found["stderr"])


def test_a_fifo_in_a_linted_tree_is_passed_over(fifo: Path, tmp_path: Path) -> None:
    (tmp_path / "a.sh").write_text(GLOB)
    (tmp_path / "Makefile").symlink_to(fifo)  # a kind read from its name, yet a FIFO
    found = cli_in_child(["lint", "--format", "json", str(tmp_path)], cwd=tmp_path)
    assert found["code"] == 0
    assert [f["path"] for f in json.loads(str(found["stdout"]))] == [str(tmp_path / "a.sh")]


def test_stdin_of_dev_zero_is_cut_at_the_limit() -> None:
    found = run_bounded(
        """
        import io
        from ec2shorthand._cli import run
        class Zeros(io.TextIOBase):
            def read(self, size=-1):
                if size < 0:
                    raise MemoryError("read all of /dev/zero")
                return "\\0" * size
        out, err = io.StringIO(), io.StringIO()
        measure(lambda: (run(["to-shorthand", "describe-instances"], out, err, Zeros()),
                         err.getvalue()))
        """
    )
    assert found.outcome == "ok", found.details
    assert "(1, 'ec2shorthand: the input is larger than 67108864 bytes" in found["value"]


# --- links: loops and links out of the tree -----------------------------------------------


def test_link_loops_and_links_out_of_the_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.sh").write_text("aws ec2 x --query SECRET[0]\n")
    top = tmp_path / "top"
    top.mkdir()
    (top / "loop").symlink_to("loop")  # ln -s loop loop
    (top / "a.sh").symlink_to("b.sh")
    (top / "b.sh").symlink_to("a.sh")
    (top / "out.sh").symlink_to(tmp_path / "outside" / "secret.sh")
    (top / "real.sh").write_text(GLOB)
    monkeypatch.chdir(top)
    code, out, err = lint()
    assert code == 0 and "SECRET" not in out + err  # the outside file is not read, not shown
    assert out.startswith("real.sh:1:") and "1 file(s) checked" in err


# --- hostile .gitignore and exclude patterns -------------------------------------------------


@pytest.mark.parametrize("git", [False, True])
def test_hostile_ignore_patterns_beside_a_long_name(git: bool, tmp_path: Path) -> None:
    # Backtracking without end, an re.error traceback and a FutureWarning before; now git's
    # reading: '[b-a]' is '[b]', '[[:space:]]' a class, the stars one pass over the name.
    # git itself backtracks on the stars: it is stopped and the tree walked with pathspec.
    top = tmp_path / "top"
    top.mkdir()
    (top / ".gitignore").write_text("*a*a*a*a*a*a*a*a*a*a*a*a*b\n[b-a].sh\n[[:space:]]*\n")
    (top / "pyproject.toml").write_text('[tool.ec2shorthand]\nexclude = ["[z-x]*.sh"]\n')
    for name in ("a" * 250 + ".sh", "b.sh", "c.sh", " spaced.sh", "zed.sh", "y.sh"):
        (top / name).write_text(GLOB)
    if git:
        import subprocess

        subprocess.run(["git", "init", "-q", str(top)], check=True)
    found = run_bounded(
        f"""
        import os, warnings
        warnings.simplefilter("error")
        os.chdir({str(top)!r})
        import ec2shorthand.lint._walk as walk
        walk._GIT_TIMEOUT = 2.0  # git backtracks on the stars too: it is stopped sooner
        measure_cli(["lint", "--format", "json"])
        """
    )
    assert found.outcome == "exit" and found["code"] == 0, found.details
    checked = sorted(finding["path"] for finding in json.loads(found["stdout"]))
    assert checked == ["a" * 250 + ".sh", "c.sh", "y.sh"]


# --- honesty: what is not read is said ----------------------------------------------------


def test_a_path_that_does_not_exist_is_exit_2(tmp_path: Path) -> None:
    assert lint(str(tmp_path / "missing")) == (
        2,
        "",
        f"ec2shorthand lint: {tmp_path / 'missing'}: no such file or folder\n",
    )


def test_a_named_file_of_unknown_kind_is_skipped_aloud(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("just words, and aws mentioned in prose\n")
    code, out, err = lint(str(tmp_path / "plain.txt"))
    assert (code, out) == (0, "")
    assert err.splitlines() == [
        f"ec2shorthand lint: {tmp_path / 'plain.txt'}: skipped: not a kind of file the linter "
        "reads",
        "ec2shorthand lint: 0 file(s) checked, 1 skipped: 0 error(s), 0 warning(s), 0 note(s)",
    ]


@pytest.mark.parametrize(
    "text",
    [GLOB, "#!/bin/bash\necho hi\n" + GLOB, "  " + GLOB, "cd x\n\taws " + GLOB[4:]],
)
def test_a_named_file_of_unknown_kind_that_runs_aws_is_read_as_shell(
    text: str, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text(text)
    _, out, err = lint("--format", "json", str(tmp_path / "notes.txt"))
    assert [f["rule"] for f in json.loads(out)] == ["shell.glob"]
    assert "1 file(s) checked:" in err


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_below_one_are_refused(value: str, tmp_path: Path) -> None:
    code, out, err = lint("--jobs", value, str(tmp_path))
    assert (code, out) == (2, "")
    assert "argument --jobs:" in err


# --- malformed pyproject.toml: exit 2 with the file and the problem ------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'tool = "x"\n', "'tool' must be a table ([tool]), not a string"),
        (b"tool = [1]\n", "'tool' must be a table ([tool]), not an array"),
        (b'[tool]\nec2shorthand = "x"\n', "[tool.ec2shorthand] must be a table, not a string"),
        (b"[tool]\nec2shorthand = [1]\n", "[tool.ec2shorthand] must be a table, not an array"),
        (b'[tool.ec2shorthand]\nselect = ["\xff"]\n', "not UTF-8 text (byte 0xff at line 2)"),
        (b"[tool.ec2shorthand\n", "not valid TOML: "),
        (b'[tool.ec2shorthand]\nexclude = ["!"]\n', "exclude: pattern 1 ('!')"),
    ],
)
def test_a_malformed_pyproject_is_a_usage_error(
    content: bytes, problem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_bytes(content)
    (tmp_path / "a.sh").write_text(GLOB)
    monkeypatch.chdir(tmp_path)
    code, out, err = lint("a.sh")
    assert (code, out) == (2, "")
    assert err.startswith(f"ec2shorthand lint: {tmp_path / 'pyproject.toml'}: {problem}"), err
    assert "Traceback" not in err and err.count("\n") == 1


# --- escape sequences from a linted file never reach the terminal ---------------------------


def test_escape_sequences_in_a_linted_file_are_shown_escaped(tmp_path: Path) -> None:
    name = tmp_path / "evil.sh"
    name.write_text(f"aws ec2 describe-instances --query R[0] --region '{HOSTILE}'\n")
    for form in ("text", "github"):
        _, out, err = lint("--format", form, str(name))
        assert not any(char in out + err for char in CONTROLS), form
    _, out, _ = lint(str(name))
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\u202e\\u2066\\x9b\\x7f" in out


def test_machine_formats_keep_the_exact_text(tmp_path: Path) -> None:
    name = tmp_path / f"evil{HOSTILE[:2]}.sh"
    name.write_text(GLOB)
    (finding,) = json.loads(lint("--format", "json", str(name))[1])
    assert finding["path"] == str(name)  # data: the exact name, in JSON's own escape
    sarif = json.loads(lint("--format", "sarif", str(name))[1])
    (result,) = sarif["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
        "/evil%1B%5D.sh"
    )
    _, out, _ = lint(str(name))
    assert HOSTILE[:2] not in out and "evil\\x1b]" in out


def test_a_path_with_escapes_in_an_error_is_escaped(tmp_path: Path) -> None:
    code, _, err = lint(str(tmp_path / f"missing{HOSTILE}"))
    assert code == 2 and not any(char in err for char in CONTROLS)
    assert "missing\\x1b]0;pwned" in err


def test_to_shorthand_errors_quoting_a_file_are_escaped(tmp_path: Path) -> None:
    request = tmp_path / "request.json"
    request.write_text('{"InstanceIds": ["i-1"], "\x1b]0;x\x07Bad": 1}')
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(["to-shorthand", "describe-instances", str(request)], stdout, stderr)
    assert code != 0 and "\x1b" not in stderr.getvalue() + stdout.getvalue()
