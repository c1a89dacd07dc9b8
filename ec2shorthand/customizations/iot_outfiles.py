"""IoT's key and certificate files: ``iot create-keys-and-certificate --private-key-outfile``.

The AWS CLI's ``iot`` customization adds options naming files it writes parts
of the response to, after the call: ``--certificate-pem-outfile`` (both
``create-keys-and-certificate`` and ``create-certificate-from-csr``),
``--public-key-outfile`` and ``--private-key-outfile``. They add nothing to the
request; a file whose folder cannot be written is refused before it is sent.
"""

from __future__ import annotations

from .._awscli.arguments import ArgumentTable
from .._awscli.customize import register
from ._options import OutFileOption

# option: what of the response it receives
_OUTFILES = {
    "certificate-pem-outfile": "certificatePem",
    "public-key-outfile": "keyPair.PublicKey",
    "private-key-outfile": "keyPair.PrivateKey",
}
_BY_OPERATION = {
    "create-keys-and-certificate": tuple(_OUTFILES),
    "create-certificate-from-csr": ("certificate-pem-outfile",),
}


def _add_outfiles(table: ArgumentTable) -> None:
    for name in _BY_OPERATION[table.operation.name]:
        table.add(OutFileOption(name, doc=f"Saves {_OUTFILES[name]} of the response to this file."))


register("iot outfiles", "iot", tuple(_BY_OPERATION), arguments=_add_outfiles)
