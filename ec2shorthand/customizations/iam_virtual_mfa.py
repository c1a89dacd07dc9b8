"""``iam create-virtual-mfa-device``: where and how to save the device's seed.

The AWS CLI's ``iamvirtmfa`` customization adds two required options that
add nothing to the request: ``--outfile PATH`` (the AWS CLI writes the
bootstrap data there after the call; a folder it cannot write to is refused
first) and ``--bootstrap-method QRCodePNG|Base32StringSeed``. As the table then
has an ``outfile``, this operation has no ``--cli-input-json`` and no
``--generate-cli-skeleton`` (the AWS CLI's rule for streamed responses).
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from ._options import OutFileOption

_METHODS = ("QRCodePNG", "Base32StringSeed")


class _Method(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        """Nothing: it says which part of the response is saved."""


def _add_options(table: ArgumentTable) -> None:
    table.add(
        OutFileOption(
            "outfile", required=True, doc="The file the virtual MFA device's seed is saved to."
        )
    )
    table.add(
        _Method(
            "bootstrap-method",
            required=True,
            choices=_METHODS,
            doc="How the seed is saved: QRCodePNG or Base32StringSeed.",
        )
    )


register("iamvirtmfa", "iam", ("create-virtual-mfa-device",), arguments=_add_options)
