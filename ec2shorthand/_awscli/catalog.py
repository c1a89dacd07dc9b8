"""The catalog of every rule id: the engine's own, then each customization's."""

from __future__ import annotations

from .customize import Rule, catalog

__all__ = ["rule_catalog"]

_BOTOCORE = "botocore's client-side validation, as the AWS CLI runs it"

# Rules every operation has: reading the input, and the model's own constraints.
_ENGINE: dict[str, Rule] = {
    "input.syntax": Rule("error", "the AWS CLI's shorthand and JSON syntax (grammars/)"),
    "input.duplicate-key": Rule("error", "ec2shorthand: a key given twice loses a value"),
    "input.type": Rule(
        "error", "the AWS CLI's conversion of shorthand values to the model's types"
    ),
    "input.command-line": Rule(
        "error", "the AWS CLI's options, read with argparse as it reads them"
    ),
    "input.file": Rule("error", "the AWS CLI's file:// and fileb:// parameter files"),
    "input.invalid": Rule("error", "a value the AWS CLI cannot read (see the message)"),
    "input.operation": Rule("error", "the API model: the service or operation does not exist"),
    "input.out-of-scope": Rule(
        "error", "the AWS CLI's own commands (aws s3 cp, ...), which are not API operations"
    ),
    "model.type": Rule("error", _BOTOCORE),
    "model.min": Rule("error", f"the API model's min length, value or items ({_BOTOCORE})"),
    "model.max": Rule(
        "warning", "the API model's max length, value or items (AWS checks it, botocore does not)"
    ),
    "model.pattern": Rule(
        "warning",
        "the API model's pattern (AWS checks it, botocore does not; written for Java's regexes)",
    ),
    "model.union": Rule("error", f"the API model's union: exactly one member ({_BOTOCORE})"),
    "model.unknown-key": Rule("error", _BOTOCORE),
    "model.required": Rule("error", _BOTOCORE),
    "option.unknown": Rule("error", "the AWS CLI's argument table for the operation"),
    "option.repeated": Rule(
        "warning", "the AWS CLI's argparse: an option given twice keeps only its last value"
    ),
    "enum.unknown": Rule(
        "warning", "the API model's enum (botocore does not check it; AWS may refuse)"
    ),
}


def rule_catalog() -> dict[str, Rule]:
    """Every rule id with its severity and source."""
    return {**_ENGINE, **catalog()}
