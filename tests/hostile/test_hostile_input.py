"""Hostile input: every bad input gives a ShorthandError in bounded work and memory, briefly said.

Each case runs in a child process (``bounded.run_bounded``) under a hang guard
and an address-space cap, and reports how many function calls the call made
and how far its peak memory grew. Work is held to counts (a budget, or linear
growth when the input doubles), never to a clock: the figures in seconds are
in bench/ (``bench_hostile.py``). All of these were reproduced on main before
round 2.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from bounded import assert_linear, run_bounded

from ec2shorthand import ShorthandError, parse_command, to_command, to_shorthand, validate
from ec2shorthand._model.operation import get_operation

GROUP = ["--group-id", "sg-1a2b3c4d"]
INGRESS = "authorize-security-group-ingress"
# What a message may print at most, whatever the input's size.
SHORT = 5_000
# Calls that refusing a billion-laughs document or a self-holding value may take.
LAUGHS_BUDGET = 400_000
HOSTILE_VALUE_BUDGET = 50_000


# --- validation with many findings --------------------------------------------------------


def _unknown_keys(count: int) -> str:
    return f"""
        value = ",".join(f"k{{i}}=v" for i in range({count}))
        measure_cli(["validate", "{INGRESS}", *{GROUP!r}, "--ip-permissions", value])
        """


def test_fourteen_thousand_unknown_keys_are_reported_in_linear_work() -> None:
    half, found = run_bounded(_unknown_keys(7000)), run_bounded(_unknown_keys(14000))
    assert found.outcome == "exit" and found["code"] == 1
    assert "model.unknown-key" in found["stdout"]
    assert_linear(half, found)


def _bad_cidrs(count: int) -> str:
    return f"""
        ranges = ",".join(["{{CidrIp=10.0.0.0/33}}"] * {count})
        value = "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[" + ranges + "]"
        measure_cli(["validate", "{INGRESS}", *{GROUP!r}, "--ip-permissions", value])
        """


def test_three_thousand_bad_cidrs_are_reported_in_linear_work() -> None:
    half, found = run_bounded(_bad_cidrs(1500)), run_bounded(_bad_cidrs(3000))
    assert found.outcome == "exit" and found["code"] == 1
    assert "cidr.ipv4" in found["stdout"]
    assert_linear(half, found)


# --- documents and files ------------------------------------------------------------------


def _laughs(levels: int) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
    lines.append(f"GroupId: sg-1a2b3c4d\nIpPermissions: *a{levels}")
    return "\n".join(lines)


@pytest.mark.parametrize("levels", [8, 9])
def test_a_billion_laughs_yaml_document_is_refused_quickly(levels: int, tmp_path: Path) -> None:
    document = tmp_path / "laughs.yaml"
    document.write_text(_laughs(levels))
    found = run_bounded(
        f'measure_cli(["parse", "{INGRESS}", "--cli-input-yaml", "file://{document}"])',
        memory=1024**3,
    )
    assert found.outcome == "exit" and found["code"] == 1
    assert "aliases expand this document" in found["stderr"]
    assert found["stderr"].count("(at line") == 1  # said once, not wrapped twice
    # Refused before expanding: 9**9 values would take hundreds of millions of calls.
    assert found.calls < LAUGHS_BUDGET
    assert found.growth < 50 * 1024**2


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    assert stat.S_ISFIFO(path.stat().st_mode)
    return path


@pytest.mark.parametrize("where", ["--cli-input-json", "shorthand @="])
@pytest.mark.parametrize("name", ["/dev/zero", "fifo"])
def test_a_device_or_a_fifo_without_writer_is_refused_quickly(
    where: str, name: str, fifo: Path
) -> None:
    path = str(fifo) if name == "fifo" else name
    if where == "--cli-input-json":
        argv = ["parse", INGRESS, "--cli-input-json", f"file://{path}"]
    else:
        argv = ["parse", INGRESS, *GROUP, "--ip-permissions", f"IpProtocol@=file://{path}"]
    # A read that blocked would never answer: the hang guard fails the test.
    found = run_bounded(f"measure_cli({argv!r})", memory=1024**3)
    assert found.outcome == "exit" and found["code"] == 1
    assert "not a regular file; only files are read" in found["stderr"]


# --- big values: time and memory ----------------------------------------------------------


@pytest.mark.slow
def test_two_hundred_thousand_permissions_in_one_value() -> None:
    found = run_bounded(
        f"""
        import json
        value = json.dumps([
            {{"IpProtocol": "tcp", "FromPort": i % 65536, "ToPort": i % 65536,
              "IpRanges": [{{"CidrIp": "10.0.0.0/8"}}]}}
            for i in range(200_000)
        ])
        argv = {GROUP!r} + ["--ip-permissions", value]
        measure(lambda: len(parse_command("{INGRESS}", argv)["IpPermissions"]), size=len(value))
        """,
    )
    assert found.outcome == "ok" and found["value"] == "200000"
    # 127 calls per permission at de72a5e; a second pass over the value would double it.
    assert found.calls < 160 * 200_000
    assert found.growth < 20 * found.size


def test_a_ten_megabyte_description_is_read_in_bounded_memory() -> None:
    found = run_bounded(
        f"""
        from ec2shorthand._awscli.command import check_command
        value = ('IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{{CidrIp=10.0.0.0/8,'
                 'Description="' + "d" * 10_000_000 + '"}}]')
        argv = {GROUP!r} + ["--ip-permissions", value]
        measure(lambda: [d.rule for d in check_command("{INGRESS}", argv).diagnostics],
                size=len(value))
        """,
    )
    assert found.outcome == "ok" and found["value"] == "['description.length']"
    assert found.growth < 20 * found.size
    # The description is read by regular expressions, not a Python call per character.
    assert found.calls < found.size // 50


# --- nesting, numbers, library calls ------------------------------------------------------


@pytest.mark.parametrize("subcommand", ["parse", "validate", "fmt"])
def test_a_member_nested_six_hundred_deep_in_cli_input_json(
    subcommand: str, tmp_path: Path
) -> None:
    document = tmp_path / "deep.json"
    value = "[" * 600 + "]" * 600
    document.write_text(
        f'{{"GroupId": "sg-1a2b3c4d", "IpPermissions": [{{"Ipv6Ranges": {value}}}]}}'
    )
    found = run_bounded(
        f'measure_cli(["{subcommand}", "{INGRESS}", "--cli-input-json", "file://{document}"])',
    )
    assert found.outcome == "exit" and found["code"] == 1
    said = found["stdout"] + found["stderr"]
    assert "nested more than 100 levels deep" in said
    assert "RecursionError" not in said and "Traceback" not in said


def test_a_port_of_4301_digits() -> None:
    found = run_bounded(
        """
        from ec2shorthand.customizations.ec2_port import parse_port
        measure(lambda: parse_port("1" * 4301))
        """,
    )
    assert found.outcome == "ShorthandError" and found["kind"] == "ShorthandSyntaxError"
    argv = ["parse", INGRESS, *GROUP, "--protocol", "tcp", "--port", "1" * 4301]
    argv += ["--cidr", "10.0.0.0/8"]
    cli = run_bounded(f"measure_cli({argv!r})")
    assert cli.outcome == "exit" and cli["code"] == 1 and "--port" in cli["stderr"]


@pytest.mark.parametrize(
    "build",
    [
        "value = 'x'\nfor _ in range(1200): value = {'a': value}\n"
        "params = {'GroupId': 'sg-1a2b3c4d', 'IpPermissions': [value]}",
        "params = {'GroupId': 'sg-1a2b3c4d'}\nparams['IpPermissions'] = [params]",
        "loop = []\nloop.append(loop)\nparams = {'IpPermissions': loop}",
        "shared = ['x']\nfor _ in range(90): shared = [shared, shared]\n"
        "params = {'IpPermissions': shared}",
        "params = None",
    ],
    ids=["1200-deep", "holds-itself", "list-holds-itself", "2**90-shared", "None"],
)
def test_validate_on_hostile_values(build: str) -> None:
    call = f"measure(lambda: validate({INGRESS!r}, params))"
    code = f"from ec2shorthand import validate\n{build}\n{call}"
    found = run_bounded(code, memory=1024**3)
    assert found.outcome in ("ShorthandError", "ok"), found.details
    assert found.calls < HOSTILE_VALUE_BUDGET, found.calls


# --- the command line's edges, as the AWS CLI reads them ----------------------------------

_EDGES = [
    (INGRESS, [*GROUP, "--protocol", "tcp", "--port", "22", "--cidr", "10.0.0.0/8", "--"]),
    (INGRESS, [*GROUP, "--protocol", "tcp", "--port", "22", "--cidr", "10.0.0.0/8", ""]),
    (INGRESS, [*GROUP, "--protocol", "tcp", "--port", "22", "--cidr", "10.0.0.0/8", "--", ""]),
    (INGRESS, [*GROUP, "--protocol", "tcp", "--port", "22", "--cidr", "10.0.0.0/8", "--", "--"]),
    ("describe-security-groups", ["--group-ids", "sg-1a2b3c4d", "--"]),
    ("describe-security-groups", ["--group-ids", "sg-1a2b3c4d", ""]),
    ("describe-security-groups", ["--dry-run", ""]),
]


@pytest.mark.parametrize(("operation", "argv"), _EDGES)
def test_a_trailing_double_dash_or_empty_argument_as_the_aws_cli(
    operation: str, argv: list[str]
) -> None:
    pytest.importorskip("awscli")
    from oracle import aws_request

    expected = aws_request(operation, argv)
    try:
        ours = parse_command(operation, argv)
    except ShorthandError:
        assert not expected.accepted, expected.value
    else:
        assert expected.accepted, expected.error
        assert ours == expected.value


# --- what messages say, and how much ------------------------------------------------------


def test_a_json_list_file_with_a_byte_order_mark_says_so(tmp_path: Path) -> None:
    listed = tmp_path / "groups.json"
    listed.write_text('["sg-1a2b3c4d", "sg-0a1b2c3d"]', encoding="utf-8-sig")
    with pytest.raises(ShorthandError, match=r"byte order mark \(BOM\)") as raised:
        parse_command("describe-security-groups", ["--group-ids", f"file://{listed}"])
    assert raised.value.option == "--group-ids"
    assert raised.value.pos == 0


@pytest.mark.parametrize(
    "argv",
    [
        [
            "validate",
            INGRESS,
            *GROUP,
            "--ip-permissions",
            "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8,"
            'Description="' + "d" * 10_000_000 + '"}]',
        ],
        ["validate", INGRESS, *GROUP, "--ip-permissions", "k" * 100_000 + "=v"],
        ["parse", INGRESS, *GROUP, "--ip-permissions", "k" * 100_000 + "=v"],
        ["parse", INGRESS, *GROUP, "--protocol", "tcp", "--port", "1" * 5000],
        ["validate", INGRESS, *GROUP, "--ip-permissions", "IpProtocol='" + "x" * 1_000_000],
    ],
    ids=[
        "10MB-description",
        "100k-key-validate",
        "100k-key-parse",
        "5000-digit-port",
        "open-quote",
    ],
)
def test_huge_values_are_cut_in_messages(argv: list[str], tmp_path: Path) -> None:
    # The argv goes through a file: a 10 MB item would not fit on the child's command line.
    arguments = tmp_path / "argv.json"
    arguments.write_text(__import__("json").dumps(argv))
    found = run_bounded(f"import json\nmeasure_cli(json.load(open({str(arguments)!r})))")
    assert found.outcome == "exit" and found["code"] == 1
    assert 0 < found["printed"] < SHORT


def test_a_nul_in_a_value_is_never_written_raw() -> None:
    params = {
        "GroupId": "sg-1a2b3c4d",
        "IpPermissions": [
            {
                "IpProtocol": "tcp",
                "FromPort": 22,
                "ToPort": 22,
                "IpRanges": [{"CidrIp": "10.0.0.0/8", "Description": "a\x00b"}],
            }
        ],
    }
    command = to_command(INGRESS, params)
    assert "\x00" not in command
    assert "--cli-input-json" in command and "\\u0000" in command
    schema = get_operation("ec2", INGRESS).schema
    with pytest.raises(ShorthandError, match="NUL"):
        to_shorthand(
            params["IpPermissions"][0], schema["properties"]["IpPermissions"]["items"], schema
        )
    # Validation reads the value as it is (AWS refuses a NUL in a description).
    assert [d.rule for d in validate(INGRESS, params)] == ["description.characters"]


@pytest.mark.parametrize("levels", [3, 9])
def test_a_billion_laughs_in_a_ci_run_value_is_read_once_per_node(levels: int) -> None:
    # `run: *aN` names a list of lists nine wide and N deep: each node is read once.
    text = _laughs(levels).replace('"lol"', '"aws ec2 describe-vpcs"')
    text = text.replace("GroupId: sg-1a2b3c4d\nIpPermissions:", "steps:\n  - run:")
    found = run_bounded(
        f"""
        from ec2shorthand.lint.extract import snippets_of
        text = {text!r}
        measure(lambda: len(snippets_of("yaml", text)), size=len(text))
        """
    )
    assert found.outcome == "ok"
    assert found["value"] == "9"  # the nine scalars of the first level, whatever names them


@pytest.mark.parametrize("kind", ["markdown", "rst", "yaml"])
def test_documents_take_a_small_multiple_of_their_size_in_memory(kind: str) -> None:
    # Short lines are the worst case: every line was a tuple and every character two
    # integers (about 80 bytes per input byte); now a few bytes per line and per segment.
    found = run_bounded(
        f"""
        import tracemalloc
        from ec2shorthand.lint.extract import snippets_of
        lines = "".join("   x" + chr(10) for _ in range(200_000))
        text = {{
            "markdown": "```bash" + chr(10) + lines + "```" + chr(10),
            "rst": ".. code-block:: bash" + chr(10) * 2 + lines,
            "yaml": "steps:" + chr(10) + "  - run: |" + chr(10) + lines.replace("   ", "      "),
        }}[{kind!r}]
        def extract():
            tracemalloc.start()
            snippets_of({kind!r}, text)
            return tracemalloc.get_traced_memory()[1]
        measure(extract, size=len(text))
        """
    )
    assert found.outcome == "ok"
    assert int(found["value"]) < 10 * found.size
