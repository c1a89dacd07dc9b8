"""Completing `aws` command lines: services, operations, options not given, values, paths."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ec2shorthand._awscli.complete import complete_command
from ec2shorthand._awscli.typed_line import read_line
from ec2shorthand._cli import run

SG = ["ec2", "authorize-security-group-ingress"]


def _texts(words: list[str], typed: str) -> list[str]:
    return [c.text for c in complete_command(words, typed)]


def test_services_and_operations() -> None:
    assert _texts([], "ec2-in") == ["ec2-instance-connect"]
    assert "s3" in _texts([], "s3")  # the AWS CLI's own commands are services to complete
    assert _texts(["ec2"], "authorize-security-group-i") == ["authorize-security-group-ingress"]
    assert "wait" in _texts(["ec2"], "wa")
    assert _texts(["no-such-service"], "") == []


def test_options_not_yet_given_then_global_ones() -> None:
    offered = _texts(SG, "--")
    assert offered.index("--ip-permissions") < offered.index("--region")
    assert "--group-id" not in _texts([*SG, "--group-id", "sg-1"], "--g")
    assert _texts(["ec2", "describe-instances", "--dry-run"], "--no-dry") == []
    assert _texts(["ec2", "describe-instances"], "--no-dry") == ["--no-dry-run"]


def test_option_values_by_the_member_schema() -> None:
    assert _texts([*SG, "--ip-permissions"], "IpProtocol=tcp,Fr") == ["IpProtocol=tcp,FromPort="]
    assert _texts(["ec2", "run-instances", "--instance-type"], "t3.mic") == ["t3.micro"]
    assert "python3.12" in _texts(["lambda", "create-function", "--runtime"], "python3.1")
    assert _texts(["--output"], "ta") == ["table"]
    assert _texts(["ec2", "describe-instances", "--region", "x", "--output"], "j") == ["json"]


def test_a_list_option_takes_more_values_a_scalar_one_does_not() -> None:
    words = [*SG, "--ip-permissions", "IpProtocol=tcp"]
    assert _texts(words, "IpProt") == ["IpProtocol="]
    assert _texts(["ec2", "run-instances", "--instance-type", "t3.micro"], "t3.mic") == []


def test_filter_names_after_name() -> None:
    offered = _texts(["ec2", "describe-instances", "--filters"], "Name=instance-ty")
    assert offered == ["Name=instance-type"]
    assert "Name=tag:" in _texts(["ec2", "describe-instances", "--filters"], "Name=ta")
    finished = complete_command(["ec2", "describe-instances", "--filters"], "Name=instance-ty")
    assert not finished[0].finished  # ",Values=..." goes on in the same word


def test_paths_after_file_prefixes(tmp_path: Path) -> None:
    (tmp_path / "request.json").write_text("{}")
    (tmp_path / "folder").mkdir()
    words = ["ec2", "describe-instances", "--cli-input-json"]
    offered = complete_command(words, f"file://{tmp_path}/")
    assert [(c.text, c.finished) for c in offered] == [
        (f"file://{tmp_path}/folder/", False),
        (f"file://{tmp_path}/request.json", True),
    ]
    assert _texts(words, "fi") == ["file://", "fileb://"]
    assert _texts(words, f"file://{tmp_path}/missing/") == []


def test_the_line_is_read_as_the_shell_reads_it() -> None:
    typed = read_line("aws ec2 x --a 'b c' \"d\\\"e\" f\\ g 'IpRanges=[{Ci")
    assert typed.words == ["aws", "ec2", "x", "--a", "b c", 'd"e', "f g"]
    assert (typed.raw, typed.value, typed.open_quote_at) == ("'IpRanges=[{Ci", "IpRanges=[{Ci", 0)
    assert read_line("aws s3 ls | aws ec2 des").words == ["aws", "ec2"]
    unquoted = read_line("aws ec2 x --p IpProtocol=tcp,Fr")
    assert unquoted.raw[unquoted.bash_word_start(" \t\n\"'><=;|&(:") :] == "tcp,Fr"
    mixed = read_line("aws ec2 x --p A='t=1',B")
    assert mixed.raw[mixed.bash_word_start("=") :] == "'t=1',B"


@pytest.mark.parametrize(
    ("shell", "expected"),
    [
        ("bash", "tcp,FromPort=\n"),
        ("zsh", "IpProtocol=tcp,FromPort=\t0\n"),
        ("fish", "IpProtocol=tcp,FromPort=\tinteger\n"),
    ],
)
def test_each_shell_gets_the_part_it_replaces(shell: str, expected: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    line = "aws ec2 authorize-security-group-ingress --ip-permissions IpProtocol=tcp,Fr"
    assert run(["__complete", "--shell", shell, "--", line], out, err) == 0
    assert out.getvalue() == expected


def test_bash_escapes_what_it_would_read_otherwise_and_ends_finished_words() -> None:
    out, err = io.StringIO(), io.StringIO()
    run(
        ["__complete", "--shell", "bash", "--", "aws ec2 run-instances --instance-type t3.mic"],
        out,
        err,
    )
    assert out.getvalue() == "t3.micro \n"


def test_a_usage_mistake_in_the_hidden_command_is_exit_2() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["__complete", "--shell", "tcsh", "--", "aws"], out, err) == 2
    assert "tcsh" in err.getvalue()


def test_the_subcommands_offered_are_the_parsers() -> None:
    from ec2shorthand._cli import SUBCOMMANDS, _build_parser

    parser = _build_parser()
    (subparsers,) = [
        a for a in parser._actions if isinstance(a, __import__("argparse")._SubParsersAction)
    ]
    assert set(SUBCOMMANDS) == set(subparsers.choices)


def test_the_shipped_filter_names_are_what_the_model_docs_list() -> None:
    from generated import assert_up_to_date

    assert_up_to_date("build_filter_names.py")
