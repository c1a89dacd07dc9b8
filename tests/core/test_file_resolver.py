"""FileResolver: what each ``files=`` policy reads, and every way out of a base folder refused."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from ec2shorthand import FileResolver, ParamFileError, parse_shorthand
from ec2shorthand._core.files import resolver_for

SECRET = "TOP-SECRET-5c1e"


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """A base folder with one readable file, beside a secret outside it."""
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "ok.txt").write_text("inside", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "deep.txt").write_text("deeper", encoding="utf-8")
    return folder


def test_base_folder_reads_relative_and_absolute_paths_inside(base: Path) -> None:
    files = FileResolver(base)
    assert files.read("file://ok.txt") == "inside"
    assert files.read("file://sub/deep.txt") == "deeper"
    assert files.read("file://sub/../ok.txt") == "inside"  # '..' that stays inside
    assert files.read(f"file://{base}/ok.txt") == "inside"
    assert files.read("fileb://ok.txt") == b"inside"


@pytest.mark.parametrize(
    "value",
    [
        "file://../secret.txt",
        "file://sub/../../secret.txt",
        "fileb://../secret.txt",
        "file://{outside}",
        "file://./../base/../secret.txt",
    ],
)
def test_no_path_leads_out_of_the_base_folder(base: Path, value: str) -> None:
    value = value.format(outside=base.parent / "secret.txt")
    with pytest.raises(ParamFileError, match="lies outside"):
        FileResolver(base).read(value)


def test_a_symlink_out_of_the_base_folder_is_refused_one_inside_is_followed(base: Path) -> None:
    (base / "escape.txt").symlink_to(base.parent / "secret.txt")
    (base / "escape_dir").symlink_to(base.parent)
    (base / "alias.txt").symlink_to(base / "ok.txt")
    files = FileResolver(base)
    for value in ("file://escape.txt", "file://escape_dir/secret.txt", "fileb://escape.txt"):
        with pytest.raises(ParamFileError, match="lies outside"):
            files.read(value)
    assert files.read("file://alias.txt") == "inside"


def test_a_base_folder_reached_through_a_symlink_still_works(base: Path) -> None:
    link = base.parent / "link-to-base"
    link.symlink_to(base)
    assert FileResolver(link).read("file://ok.txt") == "inside"
    with pytest.raises(ParamFileError, match="lies outside"):
        FileResolver(link).read("file://../secret.txt")


def test_nothing_is_expanded_under_a_base_folder(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OUTSIDE", str(base.parent))
    monkeypatch.setenv("HOME", str(base.parent))
    files = FileResolver(base)
    for value in ("file://$OUTSIDE/secret.txt", "file://~/secret.txt"):
        with pytest.raises(ParamFileError, match="cannot read"):
            files.read(value)  # taken literally: a file of that name inside base


def test_the_aws_cli_policy_expands_home_and_variables(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(base))
    monkeypatch.setenv("WHERE", str(base))
    assert resolver_for(True).read("file://~/ok.txt") == "inside"
    assert resolver_for(True).read("file://$WHERE/sub/deep.txt") == "deeper"


def test_a_file_over_the_size_limit_is_refused(base: Path) -> None:
    (base / "big.txt").write_bytes(b"x" * 101)
    (base / "fits.txt").write_bytes(b"x" * 100)
    files = FileResolver(base, max_bytes=100)
    assert files.read("file://fits.txt") == "x" * 100
    with pytest.raises(ParamFileError, match="larger than 100 bytes"):
        files.read("file://big.txt")
    with pytest.raises(ParamFileError, match="larger than 100 bytes"):
        FileResolver(max_bytes=100).read(f"fileb://{base}/big.txt")


def test_a_fifo_is_refused_without_blocking(base: Path) -> None:
    os.mkfifo(base / "pipe")
    outcome: list[BaseException | object] = []

    def read() -> None:
        try:
            outcome.append(FileResolver(base).read("file://pipe"))
        except BaseException as error:  # recorded for the main thread
            outcome.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert isinstance(outcome[0], ParamFileError)
    assert "not a regular file" in outcome[0].msg


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_devices_and_folders_are_refused() -> None:
    with pytest.raises(ParamFileError, match="not a regular file"):
        resolver_for(True).read("fileb:///dev/zero")
    with pytest.raises(ParamFileError, match="not a regular file"):
        FileResolver("/dev").read("file://zero")
    with pytest.raises(ParamFileError, match="not a regular file"):
        FileResolver("/").read("file://tmp")


def test_a_nul_character_is_not_a_file_name(base: Path) -> None:
    for files in (FileResolver(base), resolver_for(True)):
        with pytest.raises(ParamFileError, match="not a file name"):
            files.read("file://ok.txt\x00.png")


def test_text_must_be_utf8_and_newlines_are_universal(base: Path) -> None:
    (base / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (base / "crlf.txt").write_bytes(b"a\r\nb\rc")
    files = FileResolver(base)
    with pytest.raises(ParamFileError, match="not UTF-8 text; use fileb://"):
        files.read("file://latin1.txt")
    assert files.read("file://crlf.txt") == "a\nb\nc"
    assert files.read("fileb://crlf.txt") == b"a\r\nb\rc"


def test_files_off_is_the_default_and_false_means_off(base: Path) -> None:
    for files in (None, False):
        with pytest.raises(ParamFileError, match="file loading is off"):
            resolver_for(files).read(f"file://{base}/ok.txt")
    with pytest.raises(ParamFileError, match="file loading is off"):
        parse_shorthand(f"a@=file://{base}/ok.txt")


def test_parse_shorthand_reads_under_the_policy_it_is_given(base: Path) -> None:
    assert parse_shorthand("a@=file://ok.txt,b=c", files=FileResolver(base)) == {
        "a": "inside",
        "b": "c",
    }
    assert parse_shorthand(f"a@=file://{base}/ok.txt", files=True) == {"a": "inside"}
    with pytest.raises(ParamFileError, match="lies outside") as caught:
        parse_shorthand("x=1,a@=file://../secret.txt", files=FileResolver(base))
    # The caret points at the value that named the file.
    assert caught.value.pos == len("x=1,a@=")
