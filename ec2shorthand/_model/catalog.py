"""Which services and operations exist, and what each operation is made of.

The source is the bundled model (``bundled``) of one AWS CLI version. The AWS
CLI's own commands (``aws s3 cp``, ``aws ec2 wait``, v2's ``aws logs tail``) are
known too, to be refused with a clear error: they are not API operations and take
arguments of their own. Every function takes ``cli_version``, with the loader's
default (``default_version.LOADER_DEFAULT``: 1 until the engine passes the version).
"""

from __future__ import annotations

import difflib
from typing import Any

from .._core.errors import OutOfScopeError, UnknownOperationError
from .._core.version import CliVersion, version_name
from . import bundled
from .bundled import ServiceModel, Shape
from .default_version import LOADER_DEFAULT
from .schemas import shipped_schema
from .to_schema import SchemaBuilder

__all__ = ["is_service", "load_operation", "operation_names", "service_names"]

_COMPLEX = ("structure", "list", "map")


def service_names(cli_version: CliVersion = LOADER_DEFAULT) -> tuple[str, ...]:
    """Every service's AWS CLI name."""
    return bundled.service_names(cli_version)


def is_service(name: str, cli_version: CliVersion = LOADER_DEFAULT) -> bool:
    """Whether ``aws name`` is a service the AWS CLI knows (a model service, or one of its own)."""
    return bundled.resolve_service(name, cli_version) is not None or bundled.is_custom_service(
        name, cli_version
    )


def operation_names(service: str, cli_version: CliVersion = LOADER_DEFAULT) -> tuple[str, ...]:
    """The operations of ``service``, under the AWS CLI's names, in its order."""
    return _service(service, cli_version).operation_names


def _service(service: str, cli_version: CliVersion) -> ServiceModel:
    if bundled.is_custom_service(service, cli_version):
        raise OutOfScopeError(
            f"`aws {service}` is one of {version_name(cli_version)}'s own commands, not an API "
            "service: "
            "ec2shorthand reads API operations only"
        )
    try:
        return bundled.service(service, cli_version)
    except KeyError:
        known = service_names(cli_version)
        message = _unknown("service", service, known) + _elsewhere(cli_version, service)
        raise UnknownOperationError(message) from None


def load_operation(service: str, name: str, cli_version: CliVersion) -> dict[str, Any]:
    """The fields of ``Operation(service, name)`` as the AWS CLI ``cli_version`` exposes it."""
    model = _service(service, cli_version)
    try:
        operation = model.operation(name)
    except KeyError:
        if name in bundled.custom_commands(service, cli_version):
            raise OutOfScopeError(
                f"`aws {service} {name}` is one of {version_name(cli_version)}'s own commands, "
                "not an API operation: ec2shorthand reads API operations only"
            ) from None
        # The CLI's own commands are candidates too: `ecr get-login` is get-login-password's now.
        known = (*model.operation_names, *sorted(bundled.custom_commands(service, cli_version)))
        message = _unknown("operation", name, known) + f" of {service}"
        raise UnknownOperationError(message + _elsewhere(cli_version, service, name)) from None
    members = _members(model, operation["input"])
    return {
        "service": model.name,
        "name": name,
        "cli_version": cli_version,
        "api_name": operation["name"],
        "members": members,
        "schema_source": _Schemas(model, name, operation),
        "paginator": operation.get("paginator"),
        "doc": operation.get("doc", ""),
        "model": model,
        "input_shape": operation["input"],
        "output_shape": operation["output"],
    }


class _Schemas:
    """Makes an operation's request and response schemas when first asked for."""

    def __init__(self, model: ServiceModel, name: str, operation: Any) -> None:
        self.model, self.name, self.operation = model, name, operation

    def request(self) -> dict[str, Any]:
        shipped = shipped_schema(self.model.name, self.name)
        if shipped is not None:
            return shipped
        return SchemaBuilder(self.model).root(
            self.operation["input"],
            title=self.operation["name"],
            schema_id=f"urn:ec2shorthand:schema:{self.model.name}:{self.name}",
            doc=self.operation.get("doc", ""),
        )

    def response(self) -> dict[str, Any]:
        shipped = shipped_schema(self.model.name, self.name, output=True)
        if shipped is not None:
            return shipped
        return SchemaBuilder(self.model, constraints=False).root(
            self.operation["output"],
            title=f"{self.operation['name']} response",
            schema_id=f"urn:ec2shorthand:schema:{self.model.name}:{self.name}:output",
            doc="",
        )


def _members(model: ServiceModel, input_shape: str | None) -> tuple[Any, ...]:
    from .operation import Member

    if input_shape is None:
        return ()
    shape = model.shape(input_shape)
    refs = shape.get("members", {})
    required = set(shape.get("required", ()))
    builder = SchemaBuilder(model)
    members = []
    for name, ref in refs.items():
        resolved = model.resolve(ref)
        kind = resolved["type"]
        item_type = model.resolve(resolved["member"])["type"] if kind == "list" else None
        token = bool(resolved.get("idempotencyToken"))
        members.append(
            Member(
                name,
                kind,
                builder.member(ref),
                required=name in required and not token,
                item_type=item_type,
                jsonvalue=bool(resolved.get("jsonvalue")) and resolved.get("location") == "header",
                document=bool(resolved.get("document")),
                streaming=bool(resolved.get("streaming")),
                idempotency_token=token,
                shorthand=_takes_shorthand(model, resolved),
                shape=ref["shape"],
                doc=resolved.get("doc", ""),
            )
        )
    return tuple(members)


def _takes_shorthand(model: ServiceModel, shape: Shape) -> bool:
    """The AWS CLI's rule: structures, maps and lists of complex shapes, unless documents hide
    behind lists and maps."""
    kind = shape["type"]
    if kind not in _COMPLEX or _holds_document(model, shape):
        return False
    if kind == "list":
        return bool(model.resolve(shape["member"])["type"] in _COMPLEX)
    return True


def _holds_document(model: ServiceModel, shape: Shape) -> bool:
    while True:
        if shape.get("document"):
            return True
        if shape["type"] == "list":
            shape = model.resolve(shape["member"])
        elif shape["type"] == "map":
            shape = model.resolve(shape["value"])
        else:
            return False


def _elsewhere(cli_version: CliVersion, service: str, command: str | None = None) -> str:
    """What to add to "unknown ..." when the other AWS CLI version has the service or command.

    v2 has commands of its own that v1 lacks (``logs tail``, ``aws ddb``) and lacks some
    that v1 has (``ecr get-login``, ``aws sms-voice``): saying so points at the setting.
    """
    other: CliVersion = 2 if cli_version == 1 else 1
    if not _has(other, service, command):
        return ""
    what = f"`aws {service} {command}`" if command else f"`aws {service}`"
    return f" in {version_name(cli_version)} ({version_name(other)} has {what})"


def _has(cli_version: CliVersion, service: str, command: str | None) -> bool:
    if bundled.is_custom_service(service, cli_version):
        return command is None  # the commands of `aws ddb` and the like are not recorded
    if bundled.resolve_service(service, cli_version) is None:
        return False
    if command is None:
        return True
    model = bundled.service(service, cli_version)
    return command in model.operation_names or command in bundled.custom_commands(
        service, cli_version
    )


def _unknown(what: str, name: str, known: tuple[str, ...]) -> str:
    matches = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean {matches[0]!r}?)" if matches else ""
    return f"unknown {what} {name!r}{hint}"
