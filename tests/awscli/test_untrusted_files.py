"""Untrusted text reads no file when file loading is off, through any spelling.

Each check runs under a spy on the file system calls a read would make: with
files off, nothing touches the secret's folder at all (not even to see whether
the file exists), and the secret's content is in no result.
"""

from __future__ import annotations

import builtins
import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ec2shorthand import (
    FileResolver,
    ParamFileError,
    ShorthandError,
    coerce,
    parse_command,
    parse_shorthand,
)

SECRET = "TOP-SECRET-9d2b"
INGRESS = "authorize-security-group-ingress"


class Spy:
    """Records every open/stat of a path inside ``folder`` while active."""

    def __init__(self, folder: Path) -> None:
        self.folder = str(folder)
        self.touched: list[str] = []

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def spied(path: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(path, str | bytes | os.PathLike) and self.folder in os.fsdecode(path):
                self.touched.append(os.fsdecode(path))
            return function(path, *args, **kwargs)

        return spied


@pytest.fixture(scope="module")
def secret_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("secret")
    (folder / "secret.txt").write_text(SECRET, encoding="utf-8")
    (folder / "request.json").write_text(json.dumps({"GroupId": SECRET}), encoding="utf-8")
    (folder / "request.yaml").write_text(f"GroupId: {SECRET}\n", encoding="utf-8")
    return folder


@pytest.fixture
def spy(secret_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Spy]:
    watcher = Spy(secret_folder)
    for module, name in (
        (os, "open"),
        (os, "stat"),
        (os, "lstat"),
        (builtins, "open"),
        (io, "open"),
    ):
        monkeypatch.setattr(module, name, watcher.wrap(getattr(module, name)))
    yield watcher


def _holds_secret(value: Any) -> bool:
    return SECRET in repr(value) or SECRET.encode() in repr(value).encode()


SHORTHAND_SPELLINGS = [
    "a@=file://{s}",
    "a@=fileb://{s}",
    "a@= file://{s}",
    'a@="file://{s}"',
    "a@='fileb://{s}'",
    "a@=file\\://{s}",
    "a@=file://{s},b=1",
    "b=1,a@=file://{s}",
    "a@=file://{s},file://{s}",
    "a@=[file://{s},x]",
    "a@=[fileb://{s}]",
    "a={{b@=file://{s}}}",
    "a=[{{b@=file://{s}}}]",
    "a=[{{x=1}},{{b@=[fileb://{s}]}}]",
    "a={{b={{c={{d@=file://{s}}}}}}}",
    "a@={{b=file://{s}}}",
    "a@=[{{b=file://{s}}}]",
]


@pytest.mark.parametrize("spelling", SHORTHAND_SPELLINGS)
def test_shorthand_reads_no_file_by_default(spelling: str, secret_folder: Path, spy: Spy) -> None:
    text = spelling.format(s=secret_folder / "secret.txt")
    try:
        tree = parse_shorthand(text)
    except ParamFileError as error:
        assert "file loading is off" in error.msg
        assert error.pos is not None and text[error.pos :].lstrip("\"'").startswith("file")
    except ShorthandError:
        pass  # not shorthand at all
    else:
        assert not _holds_secret(tree)
    assert spy.touched == []


def test_every_spelling_that_is_refused_by_default_reads_the_file_when_allowed(
    secret_folder: Path,
) -> None:
    """The spellings above do name files: with files=True the same texts read them."""
    read = 0
    for spelling in SHORTHAND_SPELLINGS:
        text = spelling.format(s=secret_folder / "secret.txt")
        try:
            parse_shorthand(text)
        except ParamFileError:
            assert _holds_secret(parse_shorthand(text, files=True)), text
            read += 1
        except ShorthandError:
            pass
    assert read >= 12


_TOKENS = st.sampled_from(
    ["a", "b", "=", "@=", "@", ",", "[", "]", "{", "}", " ", '"', "'", "\\", "file://", "fileb://"]
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_TOKENS, st.just("{path}")), max_size=30))
def test_no_text_reads_a_file_by_default(secret_folder: Path, spy: Spy, tokens: list[str]) -> None:
    text = "".join(tokens).replace("{path}", str(secret_folder / "secret.txt"))
    try:
        tree = parse_shorthand(text)
    except ShorthandError:
        pass
    else:
        assert not _holds_secret(tree)
    assert spy.touched == []


COMMAND_SPELLINGS: list[tuple[str, str, list[str]]] = [
    ("ec2", INGRESS, ["--group-id", "file://{s}"]),
    ("ec2", INGRESS, ["--group-id", "fileb://{s}"]),
    ("ec2", INGRESS, ["--group-id=file://{s}"]),
    ("ec2", INGRESS, ["--ip-permissions", "file://{s}"]),
    ("ec2", INGRESS, ["--ip-permissions", "IpProtocol@=file://{s}"]),
    ("ec2", INGRESS, ["--ip-permissions", "IpProtocol=tcp,IpRanges=[{{CidrIp@=file://{s}}}]"]),
    ("ec2", INGRESS, ["--ip-permissions", "IpProtocol=tcp", "IpProtocol@=fileb://{s}"]),
    ("ec2", INGRESS, ["--tag-specifications", "ResourceType=x,Tags=[{{Key@=file://{s}}}]"]),
    ("ec2", INGRESS, ["--cidr", "file://{s}", "--protocol", "tcp", "--port", "22"]),
    ("ec2", "revoke-security-group-ingress", ["--security-group-rule-ids", "file://{s}"]),
    ("ec2", INGRESS, ["--cli-input-json", "file://{s}"]),
    ("ec2", INGRESS, ["--cli-input-json", "file://{d}/request.json"]),
    ("ec2", INGRESS, ["--cli-input-yaml", "file://{d}/request.yaml"]),
    ("ec2", INGRESS, ["--cli-input-json", "fileb://{d}/request.json"]),
    ("lambda", "invoke", ["--function-name", "f", "--payload", "fileb://{s}", "out.json"]),
    ("s3api", "put-object", ["--bucket", "b", "--key", "k", "--body", "{s}"]),
]


@pytest.mark.parametrize(("service", "operation", "argv"), COMMAND_SPELLINGS)
@pytest.mark.usefixtures("as_v2")  # some read --cli-input-yaml, the AWS CLI v2's
def test_a_command_reads_no_file_with_files_off(
    service: str, operation: str, argv: list[str], secret_folder: Path, spy: Spy
) -> None:
    words = [word.format(s=secret_folder / "secret.txt", d=secret_folder) for word in argv]
    with pytest.raises(ParamFileError, match="file loading is off") as caught:
        parse_command(operation, words, service=service, files=None, validate=False)
    assert caught.value.location is not None  # placed on the command line
    assert spy.touched == []
    # The same command reads the file under the AWS CLI's policy, which is the default
    # (and may then refuse what it read: the secret is in the message's text).
    try:
        allowed: Any = parse_command(operation, words, service=service, validate=False)
    except ShorthandError as error:
        allowed = error.doc
    assert _holds_secret(allowed) or "Body" in allowed


@pytest.mark.usefixtures("as_v2")  # some read --cli-input-yaml, the AWS CLI v2's
def test_values_inside_documents_are_never_read(secret_folder: Path, spy: Spy) -> None:
    """As in the AWS CLI: a file:// string inside JSON or a whole-request document is a string."""
    named = f"file://{secret_folder / 'secret.txt'}"
    for argv in (
        ["--ip-permissions", json.dumps([{"IpProtocol": named}])],
        ["--cli-input-json", json.dumps({"GroupId": named})],
        ["--cli-input-yaml", f"GroupId: {named}"],
    ):
        for files in (None, True):
            request = parse_command(INGRESS, argv, files=files, validate=False)
            assert named in json.dumps(request) and not _holds_secret(request)
    assert coerce({"a": named}, {"properties": {"a": {"type": "string"}}}) == {"a": named}
    assert spy.touched == []


@pytest.mark.usefixtures("as_v2")  # some read --cli-input-yaml, the AWS CLI v2's
def test_a_base_folder_binds_nested_reads_too(tmp_path: Path, secret_folder: Path) -> None:
    """A file read under FileResolver(base) cannot name a file outside base in turn."""
    base = tmp_path / "base"
    base.mkdir()
    secret = secret_folder / "secret.txt"
    (base / "profile.txt").write_text(f"Name@=file://{secret}", encoding="utf-8")
    (base / "profile-relative.txt").write_text(
        f"Name@=file://{os.path.relpath(secret, base)}", encoding="utf-8"
    )
    (base / "inside.txt").write_text("web-profile", encoding="utf-8")
    (base / "profile-inside.txt").write_text("Name@=file://inside.txt", encoding="utf-8")
    (base / "request.json").write_text(
        json.dumps({"GroupId": "sg-1", "IpPermissions": [{"IpProtocol": f"file://{secret}"}]}),
        encoding="utf-8",
    )
    files = FileResolver(base)
    run = ["--image-id", "ami-12345678", "--count", "1"]
    for name in ("profile.txt", "profile-relative.txt"):
        with pytest.raises(ParamFileError, match="lies outside") as caught:
            parse_command(
                "run-instances", [*run, "--iam-instance-profile", f"file://{name}"], files=files
            )
        assert caught.value.option == "--iam-instance-profile"
    request = parse_command(
        "run-instances", [*run, "--iam-instance-profile", "file://profile-inside.txt"], files=files
    )
    assert request["IamInstanceProfile"] == {"Name": "web-profile"}
    for option in ("--cli-input-json", "--group-id", "--cli-input-yaml"):
        with pytest.raises(ParamFileError, match="lies outside"):
            parse_command(INGRESS, [option, f"file://{secret}"], files=files)
    request = parse_command(
        INGRESS, ["--cli-input-json", "file://request.json"], files=files, validate=False
    )
    assert request["IpPermissions"] == [{"IpProtocol": f"file://{secret}"}]  # not read


def test_the_linter_reads_no_file(tmp_path: Path, secret_folder: Path, spy: Spy) -> None:
    from lint_support import lint

    secret = secret_folder / "secret.txt"
    findings = lint(
        f"aws ec2 {INGRESS} --group-id sg-12345678 --ip-permissions file://{secret}\n"
        f"aws ec2 {INGRESS} --cli-input-json file://{secret}\n"
        f"aws ec2 {INGRESS} --ip-permissions 'IpProtocol@=file://{secret}'\n"
    )
    assert not any(SECRET in finding.message for finding in findings)
    assert spy.touched == []
