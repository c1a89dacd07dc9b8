"""Translate's file contents as options of their own: ``--data-file``, ``--document-content``.

The AWS CLI's ``translate`` customization (its ``BinaryBlobArgumentHoister``):

- ``translate import-terminology``: ``--data-file`` (required) gives
  ``TerminologyData.File``, typically ``fileb://terms.csv``;
  ``--terminology-data`` becomes optional and may not hold ``File``;
- ``translate translate-document``: ``--document-content`` (required) gives
  ``Document.Content``; ``--document`` stays required and may not hold
  ``Content``.

The file option's value is taken as it is (bytes from ``fileb://``, else the
text). The AWS CLI writes it into the structure even when it is not given
(possible only when ``--cli-input-json`` lifted the required options): the
request then holds ``{"File": null}``, and a ``TerminologyData`` of the
document is ignored. So does this.
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, MemberArgument
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from ._options import StructureWithout, merge_into

# operation: (structure option, its member, the file member, the new option, the structure
# option stays required)
_FILES = {
    "import-terminology": ("terminology-data", "TerminologyData", "File", "data-file", False),
    "translate-document": ("document", "Document", "Content", "document-content", True),
}


class _FileMember(Argument):
    """The member ``part`` of the structure ``structure``: the file's content, as given."""

    structure: str = ""
    part: str = ""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        merge_into(params, self.structure, {self.part: given.value})
        reading.record((self.structure, self.part), given)


def _hoist(table: ArgumentTable) -> None:
    source, structure, part, new, stays_required = _FILES[table.operation.name]
    original = table.get(source)
    if not isinstance(original, MemberArgument):  # pragma: no cover - both models have it
        return
    option = _FileMember(
        new,
        required=True,
        type_label="blob",
        doc=f"The {part} of --{source}: fileb://FILE for a file's bytes.",
    )
    option.structure, option.part = structure, part
    table.add(option)
    table.add(StructureWithout.replacing(original, part, new, required=stays_required))


def _absent_file(params: dict[str, Any], reading: Reading) -> None:
    """The AWS CLI's file option writes even when not given: the member is then null."""
    _, structure, part, new, _ = _FILES[reading.operation.name]
    if new not in reading.command.given:
        merge_into(params, structure, {part: None})


register("translate", "translate", tuple(_FILES), arguments=_hoist, finish=_absent_file)
