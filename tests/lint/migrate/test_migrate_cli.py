"""``ec2shorthand migrate`` and the fix options from the command line: --diff, --fix,
--unsafe-fixes, --interactive; bytes kept outside the fixed spans."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from ec2shorthand._cli import run

DATA = Path(__file__).parents[1] / "data" / "migrate"
BLOB = "aws lambda invoke --function-name f --payload '{\"a\": 1}' out.json\n"
FIXED_BLOB = (
    "aws lambda invoke --cli-binary-format raw-in-base64-out --function-name f "
    "--payload '{\"a\": 1}' out.json\n"
)


class _Terminal(io.StringIO):
    """Answers typed at a terminal."""

    def isatty(self) -> bool:
        return True


def cli(*argv: str, stdin: io.StringIO | None = None) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr, stdin or io.StringIO())
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_diff_shows_the_fixes_and_writes_nothing(folder: Path) -> None:
    (folder / "a.sh").write_text(BLOB)
    code, out, err = cli("migrate", "--diff", "a.sh")
    assert code == 1
    assert out.splitlines()[:2] == ["--- a/a.sh", "+++ b/a.sh"]
    assert "+" + FIXED_BLOB in out
    assert (folder / "a.sh").read_text() == BLOB
    assert "1 fix(es) would be applied in 1 file(s)" in err


def test_fix_writes_then_nothing_is_left_and_fixing_again_changes_nothing(folder: Path) -> None:
    (folder / "a.sh").write_text(BLOB)
    assert cli("migrate", "--fix", "a.sh")[0] == 0
    assert (folder / "a.sh").read_text() == FIXED_BLOB
    assert cli("migrate", "--diff", "a.sh")[:2] == (0, "")


def test_the_release_script_fixed_keeps_every_other_byte_and_stays_valid_bash(
    folder: Path,
) -> None:
    shutil.copy(DATA / "release-v1.sh", folder / "release.sh")
    before = (folder / "release.sh").read_text().splitlines()
    code, out, err = cli("migrate", "--fix", "release.sh")
    after = (folder / "release.sh").read_text().splitlines()
    assert code == 1  # what has no proven fix is left, and reported
    assert len(before) == len(after)
    changed = [number for number, (b, a) in enumerate(zip(before, after, strict=True), 1) if b != a]
    assert changed == [14, 16, 20, 22, 24, 25, 26]
    for number in (14, 16, 20):
        assert (
            after[number - 1].replace(" --cli-binary-format raw-in-base64-out", "")
            == (before[number - 1])
        )
    assert after[23] == before[23].replace(" --v2-debug", "")
    assert after[24] == before[24].replace("--ec-2-tag-set", "--ec2-tag-set")
    assert after[25].startswith("aws ecr get-login-password --region us-east-1 | docker login")
    left = {line.split("[")[1].split("]")[0] for line in out.splitlines() if "[migrate." in line}
    assert left == {
        "migrate.file-exempt",
        "migrate.url-downloaded",
        "migrate.timestamp-output",
        "migrate.paging-keys",
        "migrate.return-code",
        "migrate.s3-copy-props",
    }
    assert after[21] == before[21].replace("deploy ", "deploy --fail-on-empty-changeset ", 1)
    assert "7 fix(es) applied in 1 file(s)" in err
    subprocess.run(["bash", "-n", "release.sh"], check=True, timeout=60)
    assert cli("migrate", "--diff", "release.sh")[:2] == (0, "")


def test_unsafe_fixes_are_applied_only_when_asked(folder: Path) -> None:
    text = "aws cloudformation validate-template --template-body https://e.com/t.json\n"
    (folder / "a.sh").write_text(text)
    assert cli("migrate", "--fix", "a.sh")[0] == 0  # a warning: not failing
    assert (folder / "a.sh").read_text() == text
    cli("migrate", "--fix", "--unsafe-fixes", "a.sh")
    assert (folder / "a.sh").read_text() == (
        'aws cloudformation validate-template --template-body "$(curl -fsSL https://e.com/t.json)"\n'
    )


def test_a_file_that_is_not_utf8_is_reported_and_never_rewritten(folder: Path) -> None:
    data = b"# caf\xe9\n" + BLOB.encode()
    (folder / "a.sh").write_bytes(data)
    code, out, err = cli("migrate", "--fix", "a.sh")
    assert code == 1
    assert (folder / "a.sh").read_bytes() == data
    assert "a.sh: not UTF-8 (byte 5): not fixed" in err
    assert "migrate.blob-text" in out


def test_crlf_line_ends_are_kept(folder: Path) -> None:
    (folder / "a.sh").write_bytes(("echo start\n" + BLOB).replace("\n", "\r\n").encode())
    cli("migrate", "--fix", "a.sh")
    assert (folder / "a.sh").read_bytes() == ("echo start\n" + FIXED_BLOB).replace(
        "\n", "\r\n"
    ).encode()


def test_json_and_sarif_carry_the_fix(folder: Path) -> None:
    (folder / "a.sh").write_text(BLOB)
    (finding,) = json.loads(cli("migrate", "--format", "json", "a.sh")[1])
    assert finding["fix"]["edits"] == [
        {
            "line": 1,
            "column": 18,
            "end_line": 1,
            "end_column": 18,
            "text": " --cli-binary-format raw-in-base64-out",
        }
    ]


def test_sarif_fixes_are_valid_and_say_the_same_edits(folder: Path) -> None:
    shutil.copy(DATA / "release-v1.sh", folder / "release.sh")
    code, out, _ = cli("migrate", "--format", "sarif", "release.sh")
    assert code == 1
    log = json.loads(out)
    schema = json.loads((DATA.parent / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    with_fixes = [result for result in results if "fixes" in result]
    assert {result["ruleId"] for result in with_fixes} == {
        "migrate.blob-text",
        "migrate.url-downloaded",
        "migrate.v1-global-option",
        "migrate.hidden-alias",
        "migrate.ecr-get-login",
        "migrate.deploy-empty-changeset",
    }
    alias = next(r for r in with_fixes if r["ruleId"] == "migrate.hidden-alias")
    (fix,) = alias["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "release.sh"
    (replacement,) = change["replacements"]
    assert replacement["insertedContent"]["text"] == "ec2-tag-set"
    region = replacement["deletedRegion"]
    line = (folder / "release.sh").read_text().splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "ec-2-tag-set"
    url = next(r for r in with_fixes if r["ruleId"] == "migrate.url-downloaded")
    assert url["fixes"][0]["properties"] == {"safe": False}


def test_interactive_needs_a_terminal(folder: Path) -> None:
    (folder / "a.sh").write_text(BLOB)
    code, _, err = cli("migrate", "--interactive", "a.sh")
    assert code == 2
    assert "--interactive asks at a terminal" in err
    assert (folder / "a.sh").read_text() == BLOB


def test_interactive_asks_for_each_fix(folder: Path) -> None:
    (folder / "a.sh").write_text(BLOB + BLOB.replace("out.json", "two.json"))
    code, _, err = cli("migrate", "--interactive", "a.sh", stdin=_Terminal("maybe\nn\ny\n"))
    assert err.count("apply? [y]es/[n]o/[a]ll/[q]uit") == 3  # "maybe" is asked again
    assert (folder / "a.sh").read_text() == BLOB + FIXED_BLOB.replace("out.json", "two.json")
    assert code == 1  # the declined one is left


def test_interactive_quit_keeps_what_was_accepted(folder: Path) -> None:
    (folder / "a.sh").write_text(BLOB + BLOB)
    cli("migrate", "--interactive", "a.sh", stdin=_Terminal("y\nq\n"))
    assert (folder / "a.sh").read_text() == FIXED_BLOB + BLOB


def test_interactive_all_takes_the_rest(folder: Path) -> None:
    (folder / "a.sh").write_text(BLOB + BLOB)
    code, _, err = cli("migrate", "--interactive", "a.sh", stdin=_Terminal("a\n"))
    assert (code, err.count("apply?")) == (0, 1)
    assert (folder / "a.sh").read_text() == FIXED_BLOB + FIXED_BLOB


def test_unsafe_fixes_alone_is_a_usage_error(folder: Path) -> None:
    assert cli("migrate", "--unsafe-fixes", ".")[0] == 2
    assert cli("lint", "--unsafe-fixes", ".")[0] == 2


def test_lint_takes_the_same_fix_options(folder: Path) -> None:
    (folder / "a.sh").write_text("aws ec2 describe-instances\n")
    assert cli("lint", "--diff", "a.sh")[:2] == (0, "")
    assert cli("lint", "--fix", "a.sh")[0] == 0


def test_interactive_at_a_real_terminal(folder: Path) -> None:
    """Through a pseudo-terminal: the prompt reaches it, the answer is read from it."""
    import os
    import pty
    import sys

    (folder / "a.sh").write_text(BLOB)
    controller, terminal = pty.openpty()
    os.write(controller, b"y\n")
    done = subprocess.run(
        [sys.executable, "-m", "ec2shorthand", "migrate", "--interactive", "a.sh"],
        stdin=terminal,
        capture_output=True,
        text=True,
        timeout=120,  # a hang guard only
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])},
    )
    os.close(terminal)
    os.close(controller)
    assert "apply? [y]es/[n]o/[a]ll/[q]uit" in done.stderr
    assert (folder / "a.sh").read_text() == FIXED_BLOB
    assert done.returncode == 0


def test_diff_on_a_terminal_escapes_the_files_control_characters(folder: Path) -> None:
    (folder / "a.sh").write_text("# \x1b[31mred\n" + BLOB)
    stdout, stderr = _Terminal(), io.StringIO()
    assert run(["migrate", "--diff", "a.sh"], stdout, stderr, io.StringIO()) == 1
    assert "\x1b" not in stdout.getvalue() and "\\x1b[31mred" in stdout.getvalue()
    assert "\x1b[31mred" in cli("migrate", "--diff", "a.sh")[1]  # a pipe gets the patch as is
