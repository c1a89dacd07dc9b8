"""Binary members of a structure given as options of their own: ``rekognition --image-bytes``.

The AWS CLI's ``NestedBlobArgumentHoister``, used by its ``rekognition`` and
``quicksight`` customizations. A structure option with a binary member
(``--image`` with ``Bytes``) gets a companion option that takes the bytes
alone, typically as ``fileb://photo.png``; the structure option becomes
optional. The companion's value (the file's bytes, or the text as typed: it
is not decoded in any way) goes into the structure, which the structure
option may have started: there it replaces that one member, and the others
stay.
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, MemberArgument
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from ._options import merge_into

# (service, operations or () for all, structure option, its binary member, the new option)
_HOISTED = (
    ("rekognition", (), "image", "Bytes", "image-bytes"),
    ("rekognition", ("compare-faces",), "source-image", "Bytes", "source-image-bytes"),
    ("rekognition", ("compare-faces",), "target-image", "Bytes", "target-image-bytes"),
    (
        "quicksight",
        ("start-asset-bundle-import-job",),
        "asset-bundle-import-source",
        "Body",
        "asset-bundle-import-source-bytes",
    ),
)


class _BinaryMember(Argument):
    """The member ``blob`` of the request's structure ``structure``, merged into it."""

    structure: str = ""
    blob: str = ""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        merge_into(params, self.structure, {self.blob: given.value})
        reading.record((self.structure, self.blob), given)


def _hoister(source: str, blob: str, new: str) -> Any:
    def hoist(table: ArgumentTable) -> None:
        argument = table.get(source)
        model = table.operation.model
        if not isinstance(argument, MemberArgument) or model is None:
            return
        shape = argument.model.shape
        members = model.shape(shape).get("members", {}) if shape is not None else {}
        if blob not in members or model.resolve(members[blob])["type"] != "blob":
            return
        argument.required = False
        option = _BinaryMember(
            new,
            type_label="blob",
            doc=f"The {blob} of --{source} alone: fileb://FILE for a file's bytes.",
        )
        option.structure, option.blob = argument.model.name, blob
        table.add(option)

    return hoist


for _service, _operations, _source, _blob, _new in _HOISTED:
    register(
        "nested blob hoisting",
        _service,
        _operations,
        arguments=_hoister(_source, _blob, _new),
    )
