"""The positional ``outfile`` of operations whose response is a stream (``s3api get-object``).

The AWS CLI writes the streamed body to that file after the call; it adds
nothing to the request, but the command line must give it. Operations with it
have no ``--cli-input-json`` or ``--generate-cli-skeleton``.
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, Reads
from .._awscli.argv import Given
from .._awscli.customize import ANY, register
from .._awscli.reading import Reading


class OutFile(Argument):
    """Where the AWS CLI writes (part of) the response: it adds nothing to the request."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        """Nothing: the file is where the response goes, not part of the request."""


def _add_outfile(table: ArgumentTable) -> None:
    operation = table.operation
    if operation.model is None or operation.output_shape is None:
        return
    output = operation.model.shape(operation.output_shape)
    payload = output.get("payload")
    if payload is None:
        return
    # botocore's rule for a streamed response: the payload member is a blob.
    if operation.model.resolve(output.get("members", {})[payload])["type"] == "blob":
        table.add(
            OutFile(
                "outfile",
                reads=Reads.POSITIONAL,
                required=True,
                doc="The file the response's body is written to.",
            )
        )


register("streamingoutputarg", ANY, arguments=_add_outfile)
