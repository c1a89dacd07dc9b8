"""Each detector: a flagged case at its exact place, and clean cases it must leave alone."""

from __future__ import annotations

import pytest
from lint_support import lint, position, rules, where

INGRESS = "aws ec2 authorize-security-group-ingress --group-id sg-12345678"
RULE = "IpProtocol=tcp,FromPort=22,ToPort=22"


def only(text: str, rule: str) -> tuple[int, int, int, int]:
    """Where the one finding of ``rule`` in ``text`` is; fails unless there is exactly one."""
    found = [finding for finding in lint(text) if finding.rule == rule]
    assert len(found) == 1, lint(text)
    return where(found[0])


# --- shell.missing-continuation ---------------------------------------------------------------


def test_missing_continuation_is_reported_at_the_end_of_the_line() -> None:
    text = f"{INGRESS} \\\n    --protocol tcp\n    --port 22 --cidr 10.0.0.0/8\n"
    line, column = position(text, "\n", 2)
    assert only(text, "shell.missing-continuation") == (line, column, line, column + 1)


def test_missing_continuation_still_checks_the_whole_command() -> None:
    # Joined, the command is --protocol tcp --port 22 --cidr 10.0.0.0/88: its CIDR is checked.
    text = f"{INGRESS} --protocol tcp\n  --port 22 --cidr 10.0.0.0/88\n"
    assert rules(text) == ["shell.missing-continuation", "cidr.ipv4"]


@pytest.mark.parametrize(
    "text",
    [
        f"{INGRESS} \\\n  --protocol tcp --port 22 --cidr 10.0.0.0/8\n",
        f"{INGRESS} --protocol tcp --port 22 --cidr 10.0.0.0/8\n\n--not-aws\n",
        "echo hi\n  --protocol tcp\n",
        f"{INGRESS} --protocol tcp --port 22 --cidr 10.0.0.0/8 | cat\n  --x\n",
    ],
)
def test_no_missing_continuation(text: str) -> None:
    assert "shell.missing-continuation" not in rules(text)


# --- shell.backslash-space --------------------------------------------------------------------


@pytest.mark.parametrize("gap", [" \\ ", " \\\t ", "\\  "])
def test_backslash_followed_by_spaces(gap: str) -> None:
    text = f"{INGRESS} --protocol tcp{gap}\n  --port 22 --cidr 10.0.0.0/8\n"
    line, column = position(text, "\\")
    assert only(text, "shell.backslash-space") == (line, column, line, column + len(gap.lstrip()))
    assert rules(text) == ["shell.backslash-space"]  # the command, joined, is valid


def test_no_backslash_space_for_a_clean_continuation() -> None:
    assert rules(f"{INGRESS} --protocol tcp \\\n  --port 22 --cidr 10.0.0.0/8\n") == []


# --- shell.brace-expansion --------------------------------------------------------------------


def test_unquoted_braces_with_a_comma_expand() -> None:
    value = "IpRanges=[{CidrIp=10.0.0.0/8,Description=office}]"
    text = f"{INGRESS} --ip-permissions {RULE},{value}\n"
    line, column = position(text, "{")
    assert only(text, "shell.brace-expansion") == (line, column, line, column + 38)
    (finding,) = lint(text)
    assert "2 words" in finding.message and "'IpProtocol=tcp" in finding.message


def test_expanding_braces_are_reported_once_not_also_as_a_glob() -> None:
    text = "aws s3api put-bucket-tagging --bucket b --tagging TagSet=[{Key=env,Value=prod}]\n"
    assert rules(text) == ["shell.brace-expansion"]
    # Without the braces' comma, the brackets alone are a glob.
    assert "shell.glob" in rules("aws s3api put-bucket-tagging --bucket b --tagging TagSet=[x]\n")


@pytest.mark.parametrize(
    "value",
    [
        "'IpRanges=[{CidrIp=10.0.0.0/8,Description=office}]'",
        "IpRanges=[{CidrIp=10.0.0.0/8}]",  # no comma: bash leaves it
        "IpRanges=[\\{CidrIp=10.0.0.0/8,Description=office}]",  # escaped
        'IpRanges="[{CidrIp=10.0.0.0/8,Description=office}]"',
    ],
)
def test_braces_bash_leaves_alone(value: str) -> None:
    assert "shell.brace-expansion" not in rules(f"{INGRESS} --ip-permissions {RULE},{value}\n")


@pytest.mark.parametrize(
    ("value", "found"),
    [
        # bash also takes the double quotes away: the AWS CLI gets no JSON at all.
        ('--cli-input-json {"Bucket":"b","Key":"k"}', ["shell.brace-expansion", "input.syntax"]),
        ("--bucket b --key k --website-redirect-location s3://b/{a,b}", ["shell.brace-expansion"]),
    ],
)
def test_unquoted_json_and_uris_expand_too(value: str, found: list[str]) -> None:
    assert rules(f"aws s3api put-object {value}\n") == found


def test_braces_outside_shorthand_are_left_to_the_user() -> None:
    assert rules("aws ec2 describe-instances --instance-ids i-{1,2}\n") == []


# --- shell.glob -------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "pattern"), [("Stacks[0]", "[0]"), ("a*b", "*"), ("a?", "?")])
def test_unquoted_patterns(value: str, pattern: str) -> None:
    text = f"aws cloudformation describe-stacks --query {value}\n"
    line, column = position(text, pattern)
    assert only(text, "shell.glob") == (line, column, line, column + len(pattern))


@pytest.mark.parametrize(
    "value",
    ["'Stacks[0]'", "Stacks\\[0]", "IpRanges=[{CidrIp=0.0.0.0/0}]", "a[", "x]y", '"a*"'],
)
def test_no_pattern(value: str) -> None:
    # (Some of these are no JMESPath either: the engine says so; no glob is reported.)
    assert "shell.glob" not in rules(f"aws cloudformation describe-stacks --query {value}\n")


# --- shell.nested-quotes ----------------------------------------------------------------------


def test_nested_single_quotes_split_the_value() -> None:
    value = "'IpRanges=[{CidrIp=203.0.113.0/24,Description='RDP access from NY office'}]'"
    text = f"{INGRESS} --ip-permissions {RULE},{value[1:]}\n".replace(RULE, "'" + RULE, 1)
    line, column = position(text, "'RDP")
    end_line, end_column = position(text, "'}]")
    assert only(text, "shell.nested-quotes") == (line, column, end_line, end_column + 1)
    assert rules(text) == ["shell.nested-quotes"]  # joined again, the value is valid


def test_nested_double_quotes_split_the_value() -> None:
    text = (
        f'{INGRESS} --ip-permissions "{RULE},IpRanges=[{{CidrIp=10.0.0.0/8,Description="a b"}}]"\n'
    )
    assert rules(text) == ["shell.nested-quotes"]


def test_joined_value_is_checked_where_it_stands() -> None:
    text = (
        f"{INGRESS} --ip-permissions '{RULE},IpRanges=[{{CidrIp=10.0.0.0/88,Description='a b'}}]'\n"
    )
    findings = lint(text)
    assert [f.rule for f in findings] == ["cidr.ipv4", "shell.nested-quotes"]
    assert where(findings[0])[:2] == position(text, "10.0.0.0/88")


@pytest.mark.parametrize(
    "value",
    [
        "'a=\"x y\"'",
        "'{\"a\": '\"$B\"'}'",  # closing, quoting an expansion, reopening: one word
        "'a' 'b'",
    ],
)
def test_quotes_that_do_not_split(value: str) -> None:
    assert "shell.nested-quotes" not in rules(f"aws s3api x --y {value}\n")


# --- shorthand.read-as-json -------------------------------------------------------------------


def test_shorthand_behind_a_bracket_is_read_as_json() -> None:
    text = f"{INGRESS.replace('authorize', 'revoke')} --ip-permissions '[{{{RULE}}}]'\n"
    line, column = position(text, "[{")
    assert only(text, "shorthand.read-as-json") == (line, column, line, column + 1)
    assert rules(text) == ["shorthand.read-as-json"]  # the engine's JSON error is explained


@pytest.mark.parametrize(
    "value",
    [
        '\'[{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22}]\'',
        f"'{RULE}'",
    ],
)
def test_json_and_plain_shorthand_are_fine(value: str) -> None:
    assert "shorthand.read-as-json" not in rules(f"{INGRESS} --ip-permissions {value}\n")


def test_a_query_is_never_read_as_json() -> None:
    assert rules("aws ec2 describe-instances --query '[{Id: x}]'\n") == []


# --- shorthand.comma-list ---------------------------------------------------------------------


def test_shell_quotes_around_a_comma_value_are_removed() -> None:
    text = 'aws elbv2 create-target-group --name tg --matcher HttpCode="200,301"\n'
    line, column = position(text, '"200')
    assert only(text, "shorthand.comma-list") == (line, column, line, column + 9)
    (finding,) = lint(text)
    assert finding.hint.startswith("keep quotes for the AWS CLI inside the shell's: 'HttpCode=")


def test_a_comma_the_engine_reads_as_a_list() -> None:
    descriptions = "SecurityGroupRuleId=sgr-12345678,Description=SSH,office"
    text = (
        "aws ec2 update-security-group-rule-descriptions-ingress --group-id sg-12345678 "
        f"--security-group-rule-descriptions '{descriptions}'\n"
    )
    line, column = position(text, "SSH,office")
    assert only(text, "shorthand.comma-list") == (line, column, line, column + 10)
    assert rules(text) == ["shorthand.comma-list"]


@pytest.mark.parametrize(
    "value",
    [
        'Name=tag:Env,Values="prod,dev"',  # a plural key is a list on purpose
        "'HttpCode=\"200,301\"'",  # quoted for the AWS CLI: right
        "HttpCode=200",
    ],
)
def test_no_comma_list(value: str) -> None:
    text = f"aws elbv2 create-target-group --name tg --matcher {value}\n"
    assert "shorthand.comma-list" not in rules(text)


# --- ec2.port-all-tcp -------------------------------------------------------------------------


@pytest.mark.parametrize(("protocol", "port"), [("tcp", "all"), ("udp", "-1"), ("6", "all")])
def test_every_port_with_tcp_or_udp(protocol: str, port: str) -> None:
    # (TCP in capitals is no protocol to the AWS CLI at all: the engine reports that.)
    text = f"{INGRESS} --protocol {protocol} --port {port} --cidr 10.0.0.0/8\n"
    line, column = position(text, f" {port} ")
    assert only(text, "ec2.port-all-tcp") == (line, column + 1, line, column + 1 + len(port))
    assert rules(text) == ["ec2.port-all-tcp"]  # the engine's ports.tcp-range is explained


@pytest.mark.parametrize(
    "options", ["--protocol icmp --port -1", "--protocol tcp --port 0-65535", "--protocol all"]
)
def test_no_port_all_with_tcp(options: str) -> None:
    assert "ec2.port-all-tcp" not in rules(f"{INGRESS} {options} --cidr 10.0.0.0/8\n")


def test_port_all_is_an_ec2_mistake_only() -> None:
    text = "aws elbv2 create-target-group --name tg --protocol tcp --port -1 --vpc-id vpc-1\n"
    assert "ec2.port-all-tcp" not in rules(text)


# --- value.url-fetched ------------------------------------------------------------------------


def test_an_http_value_is_downloaded_by_aws_cli_v1(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "aws sns publish --topic-arn arn:aws:sns:x --message https://example.com/a\n"
    # Read as v2, which sends the URL (v2 2.36.7 --debug: 'Message': 'https://...').
    assert "value.url-fetched" not in rules(text)
    monkeypatch.setenv("EC2SHORTHAND_CLI_VERSION", "1")
    line, column = position(text, "https://")
    assert only(text, "value.url-fetched") == (line, column, line, column + 21)


@pytest.mark.parametrize(
    "options",
    [
        "--template-url https://example.com/t.json",  # a URL option: not fetched
        "--endpoint-url https://localhost:4566",
        "--parameters ParameterKey=U,ParameterValue=https://example.com",  # inside shorthand
        "--parameters ParameterKey=U,ParameterValue='see https://example.com'",
    ],
)
def test_no_url_fetched(options: str) -> None:
    assert rules(f"aws cloudformation create-stack --stack-name s {options}\n") == []


# --- option.unknown, and the engine ------------------------------------------------------------


def test_unknown_option_with_a_suggestion() -> None:
    text = f"{INGRESS} --ip-permissionz {RULE}\n"
    line, column = position(text, "--ip-permissionz")
    (finding,) = lint(text)
    assert (finding.rule, where(finding)) == ("option.unknown", (line, column, line, column + 16))
    assert "did you mean --ip-permissions?" in finding.message


def test_engine_findings_land_inside_the_shorthand_value() -> None:
    text = f'{INGRESS} --ip-permissions "{RULE},IpRanges=[{{CidrIp=\\"10.0.0.0/33\\"}}]"\n'
    (finding,) = lint(text)
    assert finding.rule == "cidr.ipv4"
    line, column = position(text, '\\"10.0.0.0/33\\"')
    assert where(finding) == (line, column, line, column + len('\\"10.0.0.0/33\\"'))


def test_unknown_values_are_never_reported() -> None:
    text = (
        f'aws ec2 authorize-security-group-ingress --group-id "$SG" --protocol "$P" '
        f"--port 22 --cidr $(my-cidr)\n"
        f'{INGRESS} --ip-permissions "{RULE},IpRanges=[{{CidrIp=$CIDR}}]"\n'
    )
    assert rules(text) == []


def test_a_finding_that_depends_on_an_unknown_value_is_dropped() -> None:
    # With --protocol unknown, whether --port 22 is ignored cannot be known.
    assert rules(f'{INGRESS} --protocol "$P" --port 22 --cidr 10.0.0.0/8\n') == []


def test_known_mistakes_beside_unknown_values_are_reported() -> None:
    text = f'{INGRESS} --protocol tcp --port 70000 --cidr "$CIDR"\n'
    assert rules(text) == ["ports.bounds"]


def test_files_are_never_read(tmp_path: object) -> None:
    text = f"{INGRESS} --ip-permissions file://missing.json\n{INGRESS} --cli-input-json file://x\n"
    assert rules(text) == []


def test_single_quotes_keep_a_dollar_literal() -> None:
    text = f"{INGRESS} --ip-permissions '{RULE},IpRanges=[{{CidrIp=$CIDR}}]'\n"
    assert rules(text) == ["cidr.ipv4"]  # the AWS CLI receives the text $CIDR


def test_custom_commands_get_the_shell_checks_only_and_every_service_the_engine() -> None:
    # aws s3 cp is the AWS CLI's own command: only the shell is checked; sts is an API.
    assert rules("aws s3 cp a s3://b/{x,y=1}\naws sts get-caller-identity --bogus\n") == [
        "shell.brace-expansion",
        "option.unknown",
    ]


def test_an_aws_command_after_a_backslash_space_stays_a_command_of_its_own() -> None:
    text = f"{INGRESS} --protocol tcp --port 22 --cidr 10.0.0.0/8 \\ \n{INGRESS} --protocol tcp\n"
    assert rules(text) == ["shell.backslash-space", "ports.required"]


def test_a_value_split_by_a_line_continuation_is_found_on_both_lines() -> None:
    text = f"{INGRESS} --ip-permissions {RULE},IpRanges=[{{CidrIp=10.0.\\\n0.0/33}}]\n"
    (finding,) = lint(text)
    line, column = position(text, "10.0.")
    assert (finding.rule, where(finding)) == ("cidr.ipv4", (line, column, line + 1, 7))


def test_a_value_written_with_ansi_c_escapes() -> None:
    text = f"{INGRESS} --ip-permissions $'{RULE},IpRanges=[{{CidrIp=10.0.0.0\\x2f33}}]'\n"
    (finding,) = lint(text)
    line, column = position(text, "10.0.0.0\\x2f33")
    assert where(finding) == (line, column, line, column + len("10.0.0.0\\x2f33"))
