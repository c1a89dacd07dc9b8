"""Words as bash itself reads them: our reading and brace expansion against real bash."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from ec2shorthand.lint.commands import find_aws_commands
from ec2shorthand.lint.detectors.expansion import brace_expansion
from ec2shorthand.lint.shell import parse_commands
from ec2shorthand.lint.snippet import Snippet

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")

# Argument lists as they could stand in a script (no expansions: their values are unknown).
CASES = [
    "IpRanges=[{CidrIp=10.0.0.0/8,Description=office}]",
    'IpProtocol=tcp,IpRanges=[{CidrIp=203.0.113.0/24,Description="Outbound HTTP"}]',
    "[{IpProtocol=tcp,FromPort=80,ToPort=80,IpRanges=[{CidrIp=10.0.0.0/16}]",
    "'IpRanges=[{CidrIp=203.0.113.0/24,Description='RDP access from NY office'}]'",
    '{a{b,c} {a}{b,c} a{b,c{d,e}f}g {a,b {1..3} x{a..c}y {5..1..2} {a,} \\{a,b} {a,"b,c"}',
    "{a,b}{c,d} \"x\"{a,b} '{a,b}' a{,}b {a..e..2}",
    "$'a\\tb\\x41\\u00e9\\'' \"q\\\"\\\\\\$\\z\" 'it'\\''s' es\\ caped",
    "ab\\\ncd \"ef\\\ngh\" 'ij\\\nkl'",
    "$\"translated\" a\"b\"'c'$'d'e",
    "Key=Name,Value=\"a,b\" HttpCode='200,301'",
]


def ours(text: str) -> list[str]:
    words = parse_commands(Snippet.whole(f"printf x {text}\n"))[0].words(2)
    result = []
    for word in words:
        expanded = brace_expansion(word)
        result += [word.text] if expanded is None else expanded[0]
    return result


def bash(text: str) -> list[str]:
    script = f"set -f\nprintf '%s\\0' {text}\n"
    output = subprocess.run(["bash", "-c", script], capture_output=True, check=True).stdout
    return output.decode().split("\0")[:-1]


@pytest.mark.parametrize("text", CASES)
def test_words_and_brace_expansion_match_bash(text: str) -> None:
    assert ours(text) == bash(text)


# Variables set to the placeholder: bash's words must equal ours, character for character.
EXPANDED = [
    "desiredSize=$D,minSize=$MIN,maxSize=3",
    'Key=$K,Value="$V-$W" a${D}b "${MIN}x"',
    "Values=$D,$MIN Name=tag:$K",
]


@pytest.mark.parametrize("text", EXPANDED)
def test_variables_read_as_bash_expands_them(text: str) -> None:
    setup = "D=0 MIN=0 K=0 V=0 W=0; "
    script = f"set -f\n{setup}\nprintf '%s\\0' {text}\n"
    output = subprocess.run(["bash", "-c", script], capture_output=True, check=True).stdout
    assert ours(text) == output.decode().split("\0")[:-1]


# Where bash ends a command: a line holding only a backslash continues nothing above it
# (in a real script the next line was `fi`, read as the value of --policy-arn).
ENDINGS = [
    "aws iam attach-role-policy --policy-arn x\n\\\ntrue\n",
    "aws iam attach-role-policy --policy-arn x # note\n  \\\ntrue\n",
    "aws iam attach-role-policy --policy-arn \\\n  x \\\n  --role-name r\n\\\ntrue\n",
    "aws iam attach-role-policy --policy-arn x \\\n\\\ntrue\n",  # here true IS an argument
]


@pytest.mark.parametrize("script", ENDINGS)
def test_the_command_ends_where_bash_ends_it(script: str) -> None:
    (command,) = find_aws_commands(parse_commands(Snippet.whole(script)))
    read = [word.text for word in command.args]
    runner = "aws() { printf '%s\\0' \"$@\"; exit; }\n"
    output = subprocess.run(["bash", "-c", runner + script], capture_output=True).stdout
    assert ["iam", "attach-role-policy", *read] == output.decode().split("\0")[:-1]
