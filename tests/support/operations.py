"""The operations the round-1 suites cover, and their schemas, through the public model layer."""

from __future__ import annotations

from typing import Any

from ec2shorthand._model.operation import get_operation

# The six security-group operations with a schema shipped in schemas/.
SECURITY_GROUP_OPERATIONS = (
    "authorize-security-group-ingress",
    "authorize-security-group-egress",
    "revoke-security-group-ingress",
    "revoke-security-group-egress",
    "update-security-group-rule-descriptions-ingress",
    "update-security-group-rule-descriptions-egress",
)
OPERATIONS = SECURITY_GROUP_OPERATIONS


def load_schema(operation: str) -> Any:
    """The request schema of an ec2 operation."""
    return get_operation("ec2", operation).schema


def load_output_schema(operation: str) -> Any:
    """The response schema of an ec2 operation."""
    return get_operation("ec2", operation).output_schema
