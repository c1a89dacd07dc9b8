"""The AWS API model shipped with ec2shorthand, per AWS CLI version: which file, read lazily.

``scripts/build_model.py`` builds it from each AWS CLI's command tables and the
botocore models that CLI vendors, into ``models/`` (``ec2shorthand.models``):

* ``index.json`` (v1's) and ``v2/index.json`` (v2's): the source versions, the
  services by AWS CLI name (``s3api``, not botocore's ``s3``; ``hidden`` and
  ``preview`` ones marked) with the file of each, relative to ``models/``,
  hidden aliases of services (v1's ``runtime.sagemaker``; v2 has none), each
  service's custom commands (``ec2 wait``, v2's ``logs tail``) and the
  top-level commands that are no service at all (``s3``, v2's ``ddb``). v2's
  index also records ``versus_v1`` (:func:`version_differences`).
* ``<service>.model`` (v1's) and ``v2/<service>.model`` (v2's where its bytes
  differ from v1's: v2's index names v1's file for every other service). The
  format is :mod:`.service_model`'s.

Every function takes ``cli_version`` (1 or 2); its default is :data:`LOADER_DEFAULT`.
Everything returned is cached and shared between callers: do not mutate it.
"""

import functools
import json
from typing import Any, Final

from ec2shorthand._core.version import CliVersion
from ec2shorthand._resources import data_folder

from .._core.caches import SERVICES
from .default_version import LOADER_DEFAULT
from .service_model import Operation, Paginator, ServiceModel, Shape, ShapeRef, map_file

__all__ = [
    "LOADER_DEFAULT",
    "Operation",
    "Paginator",
    "ServiceModel",
    "Shape",
    "ShapeRef",
    "custom_commands",
    "is_custom_service",
    "resolve_service",
    "service",
    "service_names",
    "source_versions",
    "version_differences",
]

_FORMAT = 1


# Each version's index names its files relative to ``models/``: v2's points at v1's
# file wherever the bytes are the same and at ``v2/<service>.model`` where they differ.
_INDEX_FILES: Final[dict[CliVersion, str]] = {1: "index.json", 2: "v2/index.json"}


@functools.lru_cache(maxsize=2)  # one per version
def _index(cli_version: CliVersion) -> dict[str, Any]:
    text = data_folder("models").joinpath(_INDEX_FILES[cli_version]).read_text(encoding="utf-8")
    index: dict[str, Any] = json.loads(text)
    if index.get("format") != _FORMAT:
        raise RuntimeError(f"bundled model has format {index.get('format')!r}, not {_FORMAT}")
    return index


def source_versions(cli_version: CliVersion = LOADER_DEFAULT) -> tuple[str, str]:
    """The versions of the AWS CLI and of its vendored botocore that version's model came from."""
    index = _index(cli_version)
    return index["awscli"], index["botocore"]


def version_differences() -> dict[str, Any]:
    """What the AWS CLI v1 has and v2 has not, or the other way round (v2's ``versus_v1``).

    Keys: ``services_removed``/``services_added`` (v1 has / v2 has), the same for
    ``custom_services`` and ``aliases`` (removed only), ``commands_removed`` and
    ``commands_added`` (service -> commands, the CLI's own included),
    ``operations_made_custom`` (v1's model operations that are v2's own commands)
    and ``members_changed`` (service -> operation -> top-level input members
    ``removed`` and ``added``).
    """
    differences: dict[str, Any] = _index(2)["versus_v1"]
    return differences


def service_names(cli_version: CliVersion = LOADER_DEFAULT) -> tuple[str, ...]:
    """The AWS CLI names of every service with a model, sorted (aliases not included)."""
    return tuple(_index(cli_version)["services"])


def resolve_service(name: str, cli_version: CliVersion = LOADER_DEFAULT) -> str | None:
    """The service ``name`` stands for (itself, or what it is an alias of); None if no service."""
    index = _index(cli_version)
    if name in index["services"]:
        return name
    target: str | None = index["aliases"].get(name)
    return target


def is_custom_service(name: str, cli_version: CliVersion = LOADER_DEFAULT) -> bool:
    """Whether ``aws name`` is a command the AWS CLI adds with no model behind it (``s3``)."""
    return name in _index(cli_version)["custom_services"]


def custom_commands(service_name: str, cli_version: CliVersion = LOADER_DEFAULT) -> frozenset[str]:
    """The commands of a service that call no operation of its model (``ec2 wait``).

    Raises:
        KeyError: ``service_name`` is no service with a model (nor an alias of one).
    """
    resolved = _resolved(service_name, cli_version)
    return frozenset(_index(cli_version)["custom_commands"].get(resolved, ()))


def service(name: str, cli_version: CliVersion = LOADER_DEFAULT) -> ServiceModel:
    """The model of a service by its AWS CLI name or alias (``ec2``, ``s3api``, ``configservice``).

    Raises:
        KeyError: ``name`` is no service with a model (nor an alias of one).
    """
    return _service(_resolved(name, cli_version), cli_version)


# Bounded: a sweep over every service of both versions must not keep 850 maps open.
# The file of a service both versions share is mapped once.
@functools.lru_cache(maxsize=SERVICES)
def _service(name: str, cli_version: CliVersion) -> ServiceModel:
    entry = _index(cli_version)["services"][name]
    return _service_file(entry["file"], entry.get("hidden", False), entry.get("preview", False))


@functools.lru_cache(maxsize=SERVICES)
def _service_file(file: str, hidden: bool, preview: bool) -> ServiceModel:
    data = map_file(data_folder("models").joinpath(file))
    return ServiceModel(data, hidden=hidden, preview=preview)


def _resolved(name: str, cli_version: CliVersion) -> str:
    resolved = resolve_service(name, cli_version)
    if resolved is None:
        raise KeyError(f"no service called {name!r} in the bundled model")
    return resolved
