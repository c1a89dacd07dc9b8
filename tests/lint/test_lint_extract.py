"""Each extractor finds the shell in its kind of file; findings land on the file's characters."""

from __future__ import annotations

import pytest
from lint_support import lint, position, rules, where

BAD = (
    "aws ec2 authorize-security-group-ingress --group-id sg-12345678 "
    "--protocol tcp --port 70000 --cidr 10.0.0.0/8"
)
GOOD = BAD.replace("70000", "22")


def the_port(text: str, kind: str) -> tuple[int, int]:
    (finding,) = lint(text, kind)
    assert finding.rule == "ports.bounds"
    return where(finding)[:2]


# --- shell ------------------------------------------------------------------------------------


def test_shell_script() -> None:
    text = f"#!/bin/bash\nset -e\nif true; then\n  {BAD} | jq .\nfi\n"
    assert the_port(text, "shell") == position(text, "70000")


def test_commands_inside_substitutions_and_lists() -> None:
    text = f"id=$({BAD})\ntrue && sudo -E {BAD}\n"
    assert [where(f)[:2] for f in lint(text)] == [
        position(text, "70000"),
        position(text, "70000", 2),
    ]


def test_wrappers_are_configurable() -> None:
    from ec2shorthand.lint import LintConfig

    text = BAD.replace("aws ", "run_aws ") + "\n" + BAD.replace("aws ", "$AWS ") + "\n"
    assert rules(text) == []
    config = LintConfig(wrappers=("run_aws", "$AWS"))
    assert rules(text, config=config) == ["ports.bounds", "ports.bounds"]


def test_global_options_before_the_service() -> None:
    text = BAD.replace("aws ec2", "aws --region eu-west-1 --debug --output=json ec2") + "\n"
    assert the_port(text, "shell") == position(text, "70000")


# --- markdown ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["bash", "sh", "shell", "console", "Bash"])
def test_markdown_shell_fences(language: str) -> None:
    prompt = "$ " if language == "console" else ""
    text = f"# Title\n\nText {BAD}\n\n```{language}\n{prompt}{BAD}\n```\n"
    assert the_port(text, "markdown") == position(text, "70000", 2)


@pytest.mark.parametrize("language", ["python", "json", "powershell", "yaml"])
def test_other_fences_are_skipped(language: str) -> None:
    assert rules(f"```{language}\n{BAD}\n```\n", "markdown") == []


def test_console_output_is_skipped_and_continuations_followed() -> None:
    command = BAD.replace(" --port", " \\\n> --port")
    text = f"```console\n$ {command}\n{BAD}\n$ echo done\n```\n"
    assert the_port(text, "markdown") == position(text, "70000")


def test_prompts_in_a_bash_fence_make_it_a_console() -> None:
    text = f"~~~bash\n$ {BAD}\nAn error occurred {BAD}\n~~~\n"
    assert the_port(text, "markdown") == position(text, "70000")


def test_an_indented_fence_in_a_list() -> None:
    text = f"- step one:\n\n  ```sh\n  {BAD}\n  ```\n"
    assert the_port(text, "markdown") == position(text, "70000")


# --- reStructuredText -------------------------------------------------------------------------


def test_rst_literal_block() -> None:
    command = BAD.replace(" --port", " \\\n        --port")
    output = '    {\n        "Return": true\n    }\n'
    text = f"Example::\n\n    {command}\n\nOutput::\n\n{output}"
    assert the_port(text, "rst") == position(text, "70000")


@pytest.mark.parametrize("directive", ["code-block:: bash", "code:: sh", "code-block:: console"])
def test_rst_code_block(directive: str) -> None:
    prompt = "$ " if "console" in directive else ""
    text = f"Title\n=====\n\n.. {directive}\n   :linenos:\n\n   {prompt}{BAD}\n\nAfter.\n"
    assert the_port(text, "rst") == position(text, "70000")


def test_rst_other_languages_and_prose_are_skipped() -> None:
    text = f".. code-block:: powershell\n\n   {BAD}\n\nProse {BAD}\n\n.. note::\n\n   {BAD}\n"
    assert rules(text, "rst") == []


def test_rst_literal_block_inside_a_note() -> None:
    text = f".. note::\n\n   Run this::\n\n      {BAD}\n"
    assert the_port(text, "rst") == position(text, "70000")


# --- YAML (GitHub Actions, GitLab CI) ---------------------------------------------------------


def test_github_literal_block() -> None:
    command = BAD.replace(" --port", " \\\n            --port")
    steps = f"      - name: open\n        run: |\n          echo hi\n          {command}\n"
    text = f"jobs:\n  x:\n    steps:\n{steps}"
    assert the_port(text, "yaml") == position(text, "70000")


def test_github_folded_block() -> None:
    command = BAD.replace(" --port", "\n          --port")
    text = f"jobs:\n  x:\n    steps:\n      - run: >\n          {command}\n"
    assert the_port(text, "yaml") == position(text, "70000")


def test_github_plain_and_quoted_values() -> None:
    text = f"steps:\n  - run: {BAD}\n  - run: '{BAD}'\n"
    assert [where(f)[:2] for f in lint(text, "yaml")] == [
        position(text, "70000"),
        position(text, "70000", 2),
    ]


def test_github_expressions_are_unknown() -> None:
    text = f"steps:\n  - run: {GOOD.replace('sg-12345678', '${{{{ vars.SG }}}}')}\n"
    assert rules(text, "yaml") == []


def test_gitlab_script_lists() -> None:
    text = f"deploy:\n  before_script:\n    - echo hi\n  script:\n    - {GOOD}\n    - {BAD}\n"
    assert the_port(text, "yaml") == position(text, "70000")


def test_other_yaml_keys_and_broken_yaml_are_skipped() -> None:
    assert rules(f"description: {BAD}\n", "yaml") == []
    assert rules(f"run: [{BAD}\n", "yaml") == []


# --- Makefile ---------------------------------------------------------------------------------


def test_makefile_recipes() -> None:
    command = BAD.replace(" --port", " \\\n\t  --port")
    text = f"SG := sg-1\n\ndeploy: build\n\t@echo go\n\t-{command}\n"
    assert the_port(text, "makefile") == position(text, "70000")


def test_make_variables_are_unknown_and_dollars_doubled() -> None:
    command = GOOD.replace("sg-12345678", "$(SG)").replace("10.0.0.0/8", "$$CIDR")
    text = f"x:\n\t$(AWS) ec2 x\n\t{command}\n"
    assert rules(text, "makefile") == []
    text = f"x:\n\t{BAD.replace('10.0.0.0/8', '$${CIDR}')}\n"
    assert the_port(text, "makefile") == position(text, "70000")


def test_makefile_missing_continuation_between_recipe_lines() -> None:
    text = f"x:\n\t{GOOD.replace(' --protocol', chr(10) + chr(9) + '--protocol')}\n"
    assert rules(text, "makefile") == ["shell.missing-continuation"]


# --- Dockerfile -------------------------------------------------------------------------------


def test_dockerfile_run() -> None:
    command = BAD.replace(" --port", " \\\n  # the port\n  --port")
    text = f'FROM python:3.11\nRUN --mount=type=cache,target=/c {command}\nCMD ["x"]\n'
    assert the_port(text, "dockerfile") == position(text, "70000")


def test_dockerfile_exec_form_is_skipped() -> None:
    assert rules(f'FROM x\nRUN ["aws", "ec2", "{BAD}"]\n', "dockerfile") == []


def test_dockerfile_missing_continuation() -> None:
    text = f"FROM x\nRUN {GOOD.replace(' --protocol', chr(10) + '    --protocol')}\n"
    assert rules(text, "dockerfile") == ["shell.missing-continuation"]


def test_yaml_positions_count_characters_after_non_ascii_text() -> None:
    text = f"name: déploiement — 日本\nsteps:\n  - run: |\n      echo 'ü'\n      {BAD}\n"
    assert the_port(text, "yaml") == position(text, "70000")


def test_gitlab_references_and_yaml_aliases() -> None:
    base = f".base: &base\n  script:\n    - {BAD}\n"
    text = f"{base}job:\n  <<: *base\n  after_script:\n    - !reference [.base, script]\n"
    assert the_port(text, "yaml") == position(text, "70000")


def test_github_steps_in_another_shell_are_skipped() -> None:
    text = f"steps:\n  - shell: pwsh\n    run: {BAD}\n  - shell: bash -e {{0}}\n    run: {BAD}\n"
    assert the_port(text, "yaml") == position(text, "70000", 2)


def test_make_shell_function_in_assignments_and_recipes() -> None:
    text = f"IDS := $(shell {BAD} | jq -r .)\n\nx:\n\techo $(shell {BAD.replace('sg-', '$$G-')})\n"
    assert [where(f)[:2] for f in lint(text, "makefile")] == [
        position(text, "70000"),
        position(text, "70000", 2),
    ]
    assert rules("X := $(shell echo aws ec2 run --port 70000)\n", "makefile") == []


def test_global_options_between_the_service_and_the_operation() -> None:
    text = BAD.replace("aws ec2", "aws ec2 --profile dev --region=eu-west-1 --debug") + "\n"
    assert the_port(text, "shell") == position(text, "70000")
