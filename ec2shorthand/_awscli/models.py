"""Which model each version of the AWS CLI reads an operation with, and what it lacks or owns.

The one place the engine asks for an operation's model: the version picks
the slice (v1's serves both until v2's ships), and a command that version no
longer has (``ecr get-login`` in v2), or has as its own command rather than
an API operation (``ddb put``, ``logs tail`` in v2), is refused here.
"""

from __future__ import annotations

from .._core.errors import OutOfScopeError, UnknownOperationError
from .._core.version import CliVersion, version_name
from .._model.operation import Operation, get_operation

__all__ = ["operation_model"]

# Commands a version of the AWS CLI no longer has, and what replaces each.
_GONE: dict[CliVersion, dict[tuple[str, str], str]] = {
    2: {("ecr", "get-login"): "aws ecr get-login-password | docker login --password-stdin ..."},
}


# The AWS CLI's own commands (not API operations) that only a later version has: out of
# scope there, as v1's own (`aws s3 cp`) are. "*" stands for every command of the service.
# Seen in the AWS CLI 2.36.7's command tables (its example pages' sweep).
_OWN_COMMANDS: dict[CliVersion, frozenset[tuple[str, str]]] = {
    2: frozenset(
        {
            ("ddb", "*"),
            ("agent-toolkit", "add-skill"),
            ("agent-toolkit", "get-skill-file"),
            ("agent-toolkit", "list-installed-skills"),
            ("agent-toolkit", "remove-skill"),
            ("agent-toolkit", "update-skill"),
            ("configure", "export-credentials"),
            ("dsql", "generate-db-connect-auth-token"),
            ("dsql", "generate-db-connect-admin-auth-token"),
            ("ec2-instance-connect", "ssh"),
            ("ec2-instance-connect", "open-tunnel"),
            ("ecs", "monitor-express-gateway-service"),
            ("emr-containers", "create-role-associations"),
            ("emr-containers", "delete-role-associations"),
            ("logs", "start-live-tail"),
            ("logs", "tail"),
            ("sso", "login"),
            ("sso", "logout"),
        }
    ),
}


def operation_model(service: str, operation: str, version: CliVersion) -> Operation:
    """The model of ``operation`` as AWS CLI ``version`` knows it.

    Until the v2 model slice ships, v1's serves both versions (their
    operations differ little); this is the one place that asks for it.
    """
    own = _OWN_COMMANDS.get(version, frozenset())
    if (service, operation) in own or (service, "*") in own:
        raise OutOfScopeError(
            f"`aws {service} {operation}` is one of {version_name(version)}'s own commands, "
            "not an API operation: ec2shorthand reads API operations only"
        )
    instead = _GONE.get(version, {}).get((service, operation))
    if instead is not None:
        raise UnknownOperationError(
            f"`aws {service} {operation}` is gone in {version_name(version)}: use `{instead}` "
            "(or read the command as an older version with --cli-version)"
        )
    return get_operation(service, operation)  # the v2 slice: cli_version=version
