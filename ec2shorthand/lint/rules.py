"""The linter's rules: id, default severity, what it finds and how to fix it.

Rules the engine reports (``input.syntax``, ``ports.bounds``, ...) come with
their own messages; they are listed in the README's rule table and described
here generically (:func:`rule_for`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .._awscli.catalog import rule_catalog
from .._report.finding import RuleDoc, Severity

__all__ = [
    "LINT_RULES",
    "SEVERITIES",
    "Rule",
    "Severity",
    "names_no_rule",
    "names_rule",
    "rule_for",
]

Rule = RuleDoc
SEVERITIES: tuple[Severity, ...] = ("note", "warning", "error")  # in rising order


LINT_RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "shell.missing-continuation",
            "error",
            "A line that continues an aws command does not end with a backslash, so bash "
            "runs the next line as a command of its own.",
            "End the line with ' \\' (a space and a backslash).",
        ),
        Rule(
            "shell.backslash-space",
            "error",
            "A backslash at the end of a line is followed by spaces: it escapes a space, "
            "and the line break then ends the command.",
            "Delete the spaces after the backslash.",
        ),
        Rule(
            "shell.brace-expansion",
            "error",
            "Bash brace-expands an unquoted {a,b} in a shorthand value into several words, "
            "and the AWS CLI reads each as a value of its own.",
            "Quote the whole value in single quotes.",
        ),
        Rule(
            "shell.glob",
            "warning",
            "An unquoted *, ? or [...] is a file-name pattern: a matching file name would "
            "replace the value.",
            "Quote the value in single quotes.",
        ),
        Rule(
            "shell.nested-quotes",
            "error",
            "A quote inside a quoted value ends it: bash splits the value into several words.",
            "Inside single quotes use double quotes (or the other way round).",
        ),
        Rule(
            "shell.hyphen-in-name",
            "warning",
            "${AVAILABILITY-ZONE} where the file uses AVAILABILITY_ZONE: bash reads it as "
            "$AVAILABILITY, or the text ZONE when that is unset.",
            "Write the variable's name with its underscore: ${AVAILABILITY_ZONE}.",
        ),
        Rule(
            "shell.lambda-latest",
            "warning",
            "$LATEST (Lambda's latest version) unquoted or in double quotes, in a file that never "
            "sets LATEST: bash expands it to an empty string.",
            "Escape the dollar sign (\\$LATEST) or put the text in single quotes.",
        ),
        Rule(
            "shell.output-run",
            "error",
            "$(aws ...) stands where a command's name goes, so bash runs what the aws command "
            "prints ($(aws ecr get-login-password) | docker login runs the password).",
            "Pipe the output into the command that reads it, or assign it to a variable.",
        ),
        Rule(
            "shell.placeholder",
            "error",
            "A <placeholder> left in a script: bash reads '<' and '>' as redirections, so the "
            "command reads one file, writes another, and the value is missing.",
            "Put the value in place of the placeholder.",
        ),
        Rule(
            "lint.placeholder",
            "note",
            "Documentation shows a placeholder (<region>, [Policy ARN], YOUR_BUCKET, ...) for "
            "the reader to fill in. It is read as an unknown value; the rest of the command is "
            "checked. --fail-on note makes it fail, to require filled-in examples.",
            "Fill in an example value, or leave it for the reader.",
        ),
        Rule(
            "shorthand.read-as-json",
            "error",
            "A value that starts with [ or { is read as JSON by the AWS CLI, but this one is "
            "shorthand.",
            "Start the value with its first key (Key=...), or write it as JSON.",
        ),
        Rule(
            "shorthand.comma-list",
            "error",
            "A comma in a shorthand value makes the AWS CLI read a list where one value is wanted.",
            "Quote the value for the AWS CLI, inside the shell's quotes: 'Key=\"a,b\"'.",
        ),
        Rule(
            "ec2.port-all-tcp",
            "error",
            "--port all (or -1) with TCP or UDP: EC2 refuses port -1 for TCP and UDP "
            "(aws-cli #1066).",
            "Give the range of every port: --port 0-65535.",
        ),
        Rule(
            "value.url-fetched",
            "warning",
            "Read as the AWS CLI v1 (cli-version 1): v1 downloads an http:// or https:// value "
            "and sends the page's content in its place (AWS CLI v2 sends the text).",
            "To send the URL itself with AWS CLI v1, set cli_follow_urlparam = false in the "
            "profile.",
        ),
        Rule(
            "version.v2-only",
            "error",
            "A global option or a command of the AWS CLI v2 (--cli-binary-format, "
            "--no-cli-pager, aws logs tail, aws sso login, ...) in a command read as the AWS "
            "CLI v1, which does not know it. Read as v2 (the default), it is accepted.",
            "Set cli-version to 2 if the scripts run the AWS CLI v2; else leave it out.",
        ),
        Rule(
            "version.v1-only",
            "error",
            "A command the AWS CLI v2 removed (aws ecr get-login) in a command read as v2.",
            "Use what v2 has instead (the message says it), or set cli-version to 1.",
        ),
        Rule(
            "option.unknown",
            "error",
            "The operation has no such option: the AWS CLI refuses the command.",
            "Correct the option's name (the message suggests the closest ones).",
        ),
    )
}


def names_rule(pattern: str, rule: str) -> bool:
    """Whether a rule id or a prefix of ids (``shell``, ``shell.glob``) names ``rule``."""
    return rule == pattern or rule.startswith(pattern.rstrip(".") + ".")


def names_no_rule(patterns: Iterable[str]) -> str | None:
    """What is wrong with the first pattern that names no rule (a typo would turn a check off)."""
    from .migrate.rules import MIGRATE_RULES

    known = sorted({*LINT_RULES, *MIGRATE_RULES, *rule_catalog()})
    prefixes = sorted({rule.rsplit(".", 1)[0] for rule in known})
    for pattern in patterns:
        if any(names_rule(pattern, rule) for rule in known):
            continue
        close = difflib.get_close_matches(pattern, known + prefixes, n=3, cutoff=0.6)
        hint = f" (did you mean {' or '.join(close)}?)" if close else ""
        return f"{pattern!r} names no rule{hint}"
    return None


def rule_for(rule_id: str, severity: Severity = "error") -> Rule:
    """The rule with this id: the linter's own, or one the engine reports."""
    if rule_id in LINT_RULES:
        return LINT_RULES[rule_id]
    return Rule(
        rule_id,
        severity,
        f"The request breaks the rule {rule_id} (checked offline, as the AWS CLI or AWS would).",
        "See the rule table in ec2shorthand's README.",
    )
