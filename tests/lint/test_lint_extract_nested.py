"""Commands behind wrappers, in strings run by another shell, in here-documents
fed to a shell, and in containers; each finding at its file position."""

from __future__ import annotations

import pytest
from lint_support import lint, position, rules, where

BAD = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port 70000 --cidr 10.0.0.0/8"
)


def the_ports(text: str, kind: str = "shell") -> list[tuple[int, int]]:
    found = lint(text, kind)
    assert [finding.rule for finding in found] == ["ports.bounds"] * len(found)
    return [where(finding)[:2] for finding in found]


@pytest.mark.parametrize(
    "prefix",
    [
        "sudo -u deploy ",
        "env A=1 B=2 ",
        "timeout 30 ",
        "time ",
        "nohup ",
        "nice -n 5 ",
        "command ",
        "exec ",
    ],
)
def test_wrappers_before_aws(prefix: str) -> None:
    text = f"{prefix}{BAD}\n"
    assert the_ports(text) == [position(text, "70000")]


@pytest.mark.parametrize(
    "template",
    [
        "bash -c '{}'",
        'sh -c "{}"',
        "sudo bash -ec '{}'",
        "/bin/bash -c '{}; echo done'",
        "su -c '{}'",
        "su deploy -c '{}'",
        "ssh bastion '{}'",
    ],
)
def test_strings_run_by_another_shell(template: str) -> None:
    text = "set -e\n" + template.format(BAD) + "\n"
    assert the_ports(text) == [position(text, "70000")]


def test_an_outer_expansion_stays_unknown_inside_the_string() -> None:
    good = BAD.replace("70000", "22").replace("sg-12345678", "$SG")
    assert rules(f'bash -c "{good}"\n') == []
    text = f'bash -c "{BAD.replace("sg-12345678", "$SG")}"\n'
    assert the_ports(text) == [position(text, "70000")]


def test_escaped_quotes_inside_a_string_map_back() -> None:
    command = BAD.replace("10.0.0.0/8", '\\"10.0.0.0/8\\"')
    text = f'bash -c "{command}"\n'
    assert the_ports(text) == [position(text, "70000")]


@pytest.mark.parametrize("runner", ["bash", "sudo bash -s", "ssh host", "sh"])
@pytest.mark.parametrize("delimiter", ["EOF", "'EOF'"])
def test_here_documents_fed_to_a_shell(runner: str, delimiter: str) -> None:
    text = f"{runner} <<{delimiter}\necho start\n{BAD}\nEOF\n"
    assert the_ports(text) == [position(text, "70000")]


def test_here_documents_fed_to_other_commands_are_data() -> None:
    assert rules(f"cat <<EOF > notes.txt\n{BAD}\nEOF\n") == []


@pytest.mark.parametrize(
    "runner",
    [
        "kubectl exec -it pod-1 -n tools -- ",
        "docker run --rm -e AWS_REGION=x -v ~/.aws:/root/.aws amazon/aws-cli:latest ",
        "docker exec -i box ",
        "docker compose run --rm app ",
        "kubectl exec pod-1 -- bash -c '",
    ],
)
def test_commands_run_in_containers(runner: str) -> None:
    text = f"{runner}{BAD}" + ("'" if runner.endswith("'") else "") + "\n"
    assert the_ports(text) == [position(text, "70000")]


def test_substitutions_and_backquotes() -> None:
    text = f"ids=$( ({BAD}) | jq -r .)\nx=`{BAD}`\n"
    assert the_ports(text) == [position(text, "70000"), position(text, "70000", 2)]


def test_no_aws_no_command() -> None:
    text = "bash -c 'echo aws ec2 run --port 70000'\nkubectl exec pod -- ls aws\n"
    text += "docker run image echo aws\nssh host 'echo aws ec2 x'\n"
    assert rules(text) == []


def test_strings_in_markdown_map_to_the_file() -> None:
    text = f"```bash\nsudo su -c '{BAD}'\n```\n"
    assert the_ports(text, "markdown") == [position(text, "70000")]


def test_a_function_that_runs_its_arguments() -> None:
    retry = 'retry() {\n  for i in 1 2 3; do\n    "$@" && return 0\n    sleep 5\n  done\n}\n'
    text = f"{retry}retry {BAD}\n"
    assert the_ports(text) == [position(text, "70000")]


def test_a_function_that_runs_its_first_argument_as_a_script() -> None:
    run = 'run() {\n  echo "+ $1"\n  eval "$1"\n}\n'
    text = f'{run}run "{BAD}"\nrun "echo aws s3 ls"\n'
    assert the_ports(text) == [position(text, "70000")]


def test_a_function_that_only_prints_its_argument_runs_nothing() -> None:
    log = 'log() {\n  echo "$(date) $1"\n}\n'
    assert rules(f'{log}log "{BAD}"\nlog {BAD}\n') == []
