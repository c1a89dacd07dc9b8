"""CloudFront's simple options: ``--paths``, ``--origin-domain-name``, ``--default-root-object``.

The AWS CLI's ``cloudfront`` customization:

- ``create-invalidation --paths P...`` builds ``InvalidationBatch`` (with
  ``--invalidation-batch`` optional, and not allowed with it);
- ``create-distribution --origin-domain-name D`` and ``--default-root-object
  O`` build ``DistributionConfig`` from the AWS CLI's template: one origin
  for D (an S3 origin when D ends with ``.s3.amazonaws.com``, else a custom
  HTTP origin), the default cache behaviour pointing at it, O as the root
  object (with ``--distribution-config`` optional, and not allowed with them);
- ``update-distribution --default-root-object O`` fetches the distribution's
  current configuration (``GetDistributionConfig``) and sends it back with O:
  that needs the network, and is refused here as out of reach.

**Unique values.** The AWS CLI (v1 and v2 alike) makes ``CallerReference``
and the origin's ``Id`` unique from the clock and a random number:
``cli-<unix seconds>-<1..1000000>`` and ``<domain>-<unix seconds>-<1..1000000>``;
so are they made here (:func:`unique_reference`). A fixed stand-in would be
taken by CloudFront as the same batch on every run (it refuses a reused
reference with a different batch, and ignores a repeated one).
"""

from __future__ import annotations

import random
import time
from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, Reads
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._core.errors import OutOfScopeError
from ._options import at_least_one, exclusive

_CONFIG = "DistributionConfig"
_CONFIG_OPTION = "distribution-config"
_S3_ORIGIN = ".s3.amazonaws.com"


def unique_reference(prefix: str) -> str:
    """``PREFIX-<unix seconds>-<1..1000000>``, as the AWS CLI makes a reference unique."""
    return f"{prefix}-{int(time.time())}-{random.randint(1, 1_000_000)}"


def origin_id(domain: str) -> str:
    """The origin ``Id`` the AWS CLI makes from ``domain``, the time and chance."""
    return unique_reference(domain)


def _template() -> dict[str, Any]:
    """The AWS CLI's starting distribution configuration."""
    return {
        "CallerReference": unique_reference("cli"),
        "Origins": {"Quantity": 0, "Items": []},
        "DefaultCacheBehavior": {
            "TargetOriginId": "placeholder",
            "ForwardedValues": {"QueryString": False, "Cookies": {"Forward": "none"}},
            "TrustedSigners": {"Enabled": False, "Quantity": 0},
            "ViewerProtocolPolicy": "allow-all",
            "MinTTL": 0,
        },
        "Enabled": True,
        "Comment": "",
    }


class _Paths(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        paths = given.value
        params["InvalidationBatch"] = {
            "CallerReference": unique_reference("cli"),
            "Paths": {"Quantity": len(paths), "Items": paths},
        }
        reading.record(("InvalidationBatch", "Paths", "Items"), given)


class _OriginDomain(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        domain = given.value
        config = params.setdefault(_CONFIG, _template())
        identifier = origin_id(str(domain))
        origin: dict[str, Any] = {"Id": identifier, "DomainName": domain, "OriginPath": ""}
        if isinstance(domain, str) and domain.endswith(_S3_ORIGIN):
            origin["S3OriginConfig"] = {"OriginAccessIdentity": ""}
        else:
            origin["CustomOriginConfig"] = {
                "HTTPPort": 80,
                "HTTPSPort": 443,
                "OriginProtocolPolicy": "http-only",
            }
        config["Origins"] = {"Quantity": 1, "Items": [origin]}
        config["DefaultCacheBehavior"]["TargetOriginId"] = identifier
        reading.record((_CONFIG, "Origins", "Items", 0, "DomainName"), given)


class _RootObject(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        params.setdefault(_CONFIG, _template())["DefaultRootObject"] = given.value
        reading.record((_CONFIG, "DefaultRootObject"), given)


class _FetchedRootObject(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        raise OutOfScopeError(
            f"{given.option} makes the AWS CLI fetch the distribution's configuration "
            "(GetDistributionConfig) and send it back changed: that needs the network, which "
            "ec2shorthand does not use; give --distribution-config and --if-match instead"
        )


_ROOT_DOC = "The object CloudFront returns for the root URL (index.html, say)."


def _invalidation(table: ArgumentTable) -> None:
    _not_required(table, "invalidation-batch")
    table.add(
        _Paths(
            "paths",
            reads=Reads.LIST,
            type_label="list",
            doc="The paths to invalidate (CallerReference made unique, as the AWS CLI does).",
        )
    )


def _creation(table: ArgumentTable) -> None:
    _not_required(table, _CONFIG_OPTION)
    table.add(_OriginDomain("origin-domain-name", doc="The domain name of the origin."))
    table.add(_RootObject("default-root-object", doc=_ROOT_DOC))


def _update(table: ArgumentTable) -> None:
    _not_required(table, _CONFIG_OPTION)
    table.add(_FetchedRootObject("default-root-object", doc=_ROOT_DOC))


def _not_required(table: ArgumentTable, name: str) -> None:
    argument = table.get(name)
    if argument is not None:
        argument.required = False


def _check_invalidation(reading: Reading) -> None:
    at_least_one(reading, "paths")
    exclusive(reading, ("invalidation-batch",), ("paths",))


def _check_creation(reading: Reading) -> None:
    exclusive(reading, ("default-root-object", "origin-domain-name"), (_CONFIG_OPTION,))


def _check_update(reading: Reading) -> None:
    exclusive(reading, ("default-root-object",), (_CONFIG_OPTION,))


register(
    "cloudfront",
    "cloudfront",
    ("create-invalidation",),
    arguments=_invalidation,
    parsed=_check_invalidation,
)
register(
    "cloudfront",
    "cloudfront",
    ("create-distribution",),
    arguments=_creation,
    parsed=_check_creation,
)
register(
    "cloudfront",
    "cloudfront",
    ("update-distribution",),
    arguments=_update,
    parsed=_check_update,
)
