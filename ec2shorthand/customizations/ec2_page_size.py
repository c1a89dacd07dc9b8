"""EC2's default page size for ``describe-volumes`` and ``describe-snapshots``.

The AWS CLI asks for pages of 1,000 when these operations are paginated and
given nothing that narrows them (so a paginator does not make thousands of
small calls): ``PaginationConfig.PageSize`` becomes 1000, after any
``--cli-input-json`` has joined the request.
"""

from __future__ import annotations

from typing import Any

from .._awscli.customize import register
from .._awscli.reading import Reading

_PAGE_SIZE = 1000
_ALLOWED = {
    "describe-volumes": {"NextToken", "DryRun", "PaginationConfig"},
    "describe-snapshots": {
        "NextToken",
        "DryRun",
        "PaginationConfig",
        "OwnerIds",
        "RestorableByUserIds",
    },
}


def _default_page_size(params: dict[str, Any], reading: Reading) -> None:
    if not reading.state.get("paginate", True):
        return
    config = params.get("PaginationConfig")
    if isinstance(config, dict) and "PageSize" in config:
        return
    if set(params) - _ALLOWED[reading.operation.name]:
        return
    if not isinstance(config, dict):
        config = params["PaginationConfig"] = {}
    config["PageSize"] = _PAGE_SIZE


register("ec2 page size", "ec2", tuple(_ALLOWED), finish=_default_page_size)
