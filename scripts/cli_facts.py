"""What the AWS CLI exposes, read from its own command tables (build time only: needs awscli).

The CLI builds ``aws``'s command table from botocore's services, then lets its
customizations rename services (``s3`` -> ``s3api``, ``config`` ->
``configservice``), add hidden aliases (``runtime.sagemaker``), remove or
replace operations (``ec2 import-instance``, ``emr create-cluster``) and add
commands of their own (``ec2 wait``, ``s3``). Rather than restate those rules,
this module builds the real tables and records what they hold.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# What the CLI sees while its tables are built: no user config, credentials or
# profile can enable a preview service or pin an API version.
_HERMETIC_ENV = {
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    "AWS_DEFAULT_REGION": "us-east-1",
}


@dataclass(frozen=True)
class ExposedOperation:
    """A command of a service that calls a model operation."""

    cli_name: str
    api_name: str
    hidden: bool  # the CLI leaves it out of its docs (deprecated, or a hidden alias)


@dataclass(frozen=True)
class ServiceFacts:
    """One service as ``aws <cli_name>`` exposes it."""

    cli_name: str
    model_name: str  # botocore's name, the folder of its service-2.json
    operations: tuple[ExposedOperation, ...]  # in command-table order
    custom_commands: tuple[str, ...]  # sorted
    hidden: bool
    preview: bool = False  # refused unless enabled in the user's config ([preview] sdb = true)


@dataclass(frozen=True)
class CliFacts:
    awscli_version: str
    botocore_version: str
    services: dict[str, ServiceFacts]  # by CLI name, sorted
    aliases: dict[str, str]  # hidden alias -> CLI name, sorted
    custom_services: tuple[str, ...]  # top-level commands with no model behind them, sorted


@contextlib.contextmanager
def hermetic_environment() -> Iterator[None]:
    """Run the block with no ``AWS_*`` variable but ours (and ``AWS_DATA_PATH`` once awscli set it).

    Enter it before the first ``import awscli``: awscli reads ``AWS_DATA_PATH`` on import.
    """
    saved = dict(os.environ)
    keep = {"AWS_DATA_PATH"} if "awscli" in sys.modules else set()
    for name in list(os.environ):
        if name.startswith("AWS_") and name not in keep:
            del os.environ[name]
    os.environ.update(_HERMETIC_ENV)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def create_driver() -> Any:
    """A fresh AWS CLI driver (call inside :func:`hermetic_environment`)."""
    import awscli  # noqa: F401  # first: it makes `import botocore` load the AWS CLI's own copy
    from awscli.clidriver import create_clidriver

    driver = create_clidriver()
    _check_model_sources(driver.session)
    return driver


def _check_model_sources(session: Any) -> None:
    """Refuse a data path that could put a user's models (``~/.aws/models``) before the CLI's."""
    import awscli

    loader = session.get_component("data_loader")
    shipped = {
        os.path.realpath(loader.BUILTIN_DATA_PATH),
        os.path.realpath(os.path.join(os.path.dirname(awscli.__file__), "data")),
    }
    for path in loader.search_paths:
        if os.path.realpath(path) not in shipped and os.path.isdir(path):
            raise RuntimeError(f"model search path {path!r} is not the AWS CLI's own: remove it")


def read_cli_facts(driver: Any) -> CliFacts:
    """Every service, alias and custom command of the driver's ``aws`` command table."""
    import awscli
    import botocore
    from awscli.clidriver import ServiceCommand

    top = driver._get_command_table()
    service_commands = {name: cmd for name, cmd in top.items() if isinstance(cmd, ServiceCommand)}
    aliases = _service_aliases(service_commands)
    services = {
        name: _service_facts(name, command)
        for name, command in sorted(service_commands.items())
        if name not in aliases
    }
    for alias, target in aliases.items():
        if _service_facts(alias, service_commands[alias]).operations != services[target].operations:
            raise RuntimeError(f"alias {alias!r} exposes other operations than {target!r}")
    return CliFacts(
        awscli_version=awscli.__version__,
        botocore_version=botocore.__version__,
        services=services,
        aliases=dict(sorted(aliases.items())),
        custom_services=tuple(sorted(set(top) - set(service_commands))),
    )


def _service_aliases(service_commands: dict[str, Any]) -> dict[str, str]:
    """Hidden copies of a service command under another name (``runtime.sagemaker``)."""
    by_model: dict[str, list[str]] = {}
    for name, command in service_commands.items():
        by_model.setdefault(command.service_model.service_name, []).append(name)
    aliases: dict[str, str] = {}
    for names in by_model.values():
        if len(names) == 1:
            continue
        shown = [name for name in names if not _hidden(service_commands[name])]
        if len(shown) != 1:
            raise RuntimeError(f"cannot tell the alias from the service among {names}")
        aliases.update((name, shown[0]) for name in names if name != shown[0])
    return aliases


def _service_facts(cli_name: str, command: Any) -> ServiceFacts:
    from awscli.clidriver import ServiceOperation

    operations = []
    custom = []
    for name, entry in command._get_command_table().items():
        if isinstance(entry, ServiceOperation):
            api_name = entry._operation_model.name
            operations.append(ExposedOperation(name, api_name, _hidden(entry)))
        else:
            custom.append(name)
    return ServiceFacts(
        cli_name=cli_name,
        model_name=command.service_model.service_name,
        operations=tuple(operations),
        custom_commands=tuple(sorted(custom)),
        hidden=_hidden(command),
        preview=_preview(command),
    )


def _preview(command: Any) -> bool:
    """Whether the CLI refuses the service unless the config enables it (v1's ``[preview]``)."""
    try:
        from awscli.customizations.preview import PreviewModeCommandMixin
    except ModuleNotFoundError:  # the AWS CLI v2 has no preview services
        return False
    return isinstance(command, PreviewModeCommandMixin)


def _hidden(command: Any) -> bool:
    return bool(getattr(command, "_UNDOCUMENTED", False))
