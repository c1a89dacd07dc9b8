"""``s3api select-object-content OUTFILE``: where the selected records are written.

The AWS CLI's ``s3events`` customization gives this operation (whose response
is an event stream, not a streamed body) the same required positional
``outfile`` that streamed responses get; it adds nothing to the request, and
the operation then has no ``--cli-input-json`` or ``--generate-cli-skeleton``.
"""

from __future__ import annotations

from .._awscli.arguments import ArgumentTable, Reads
from .._awscli.customize import register
from .streaming_output import OutFile


def _add_outfile(table: ArgumentTable) -> None:
    table.add(
        OutFile(
            "outfile",
            reads=Reads.POSITIONAL,
            required=True,
            doc="The file the selected records are written to.",
        )
    )


register("s3events", "s3api", ("select-object-content",), arguments=_add_outfile)
