"""Which model each version of the AWS CLI reads an operation with, and what it lacks or owns.

The one place the engine asks for an operation's model: the version picks
the slice (``models/`` for v1, ``models/v2/`` for v2, sharing the files that
are the same), and a command that version no longer has (``ecr get-login`` in
v2) is refused here with what replaces it.
"""

from __future__ import annotations

from .._core.errors import UnknownOperationError
from .._core.version import CliVersion, version_name
from .._model.operation import Operation, get_operation

__all__ = ["operation_model"]

# Commands a version of the AWS CLI no longer has, and what replaces each.
_GONE: dict[CliVersion, dict[tuple[str, str], str]] = {
    2: {("ecr", "get-login"): "aws ecr get-login-password | docker login --password-stdin ..."},
}


def operation_model(service: str, operation: str, version: CliVersion) -> Operation:
    """The model of ``operation`` as AWS CLI ``version`` knows it (that version's slice).

    The slice knows each version's own commands (``ddb put``, ``logs tail`` in
    v2: ``OutOfScopeError``) and the operations it lacks; a command a version
    removed is refused here with what replaces it.
    """
    instead = _GONE.get(version, {}).get((service, operation))
    if instead is not None:
        raise UnknownOperationError(
            f"`aws {service} {operation}` is gone in {version_name(version)}: use `{instead}` "
            "(or read the command as an older version with --cli-version)"
        )
    return get_operation(service, operation, cli_version=version)
