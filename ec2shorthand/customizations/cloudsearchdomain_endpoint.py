"""cloudsearchdomain commands need ``--endpoint-url``: the domain's own endpoint.

The AWS CLI's ``cloudsearchdomain`` customization refuses any command of the
service without the global option ``--endpoint-url`` (the search or document
endpoint of the domain), once the request is built. Here that is an error
found while reading (rule ``endpoint.required``): validation reports it, and
``validate=False`` still gives the request the AWS CLI built.
"""

from __future__ import annotations

from typing import Any

from .._awscli.customize import Rule, register
from .._awscli.reading import Reading
from .._core.diagnostics import Diagnostic

_RULE = "endpoint.required"


def _needs_endpoint(params: dict[str, Any], reading: Reading) -> None:
    if "endpoint-url" not in reading.command.global_options:
        reading.diagnostics.append(
            Diagnostic(
                _RULE,
                "error",
                "(the command line)",
                "cloudsearchdomain commands need --endpoint-url: the search or document "
                "endpoint of the domain (https://search-NAME-ID.REGION.cloudsearch.amazonaws.com)",
            )
        )


register(
    "cloudsearchdomain",
    "cloudsearchdomain",
    finish=_needs_endpoint,
    rules={
        _RULE: Rule("error", "the AWS CLI's cloudsearchdomain customization: the domain's endpoint")
    },
)
