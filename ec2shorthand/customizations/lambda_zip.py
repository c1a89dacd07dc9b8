"""Lambda's code as a zip file: ``--zip-file fileb://function.zip``.

The AWS CLI's ``awslambda`` customization:

- ``lambda create-function`` and ``publish-layer-version`` get ``--zip-file``,
  which gives ``Code.ZipFile`` (``Content.ZipFile``); ``--code`` (``--content``)
  becomes optional and may not hold ``ZipFile``;
- ``lambda update-function-code`` has a ``--zip-file`` of its own (the
  top-level ``ZipFile``).

Everywhere, the value must be a zip archive: a text (a path given without
``fileb://``, or ``file://`` content) is taken as its UTF-8 bytes, which are
not one.
"""

from __future__ import annotations

import io
from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, MemberArgument
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._core.errors import ShorthandError
from ._options import StructureWithout, merge_into

_ZIP_FILE = "zip-file"
# operation: (structure option, its member)
_CODE = {"create-function": ("code", "Code"), "publish-layer-version": ("content", "Content")}


def _check_zip(given: Given) -> None:
    """Refuse a value that is not a zip archive's bytes, as the AWS CLI does."""
    value = given.value
    try:
        data = value if isinstance(value, bytes) else str(value).encode("utf-8")
        import zipfile  # only for a --zip-file given

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            archive.infolist()
    except Exception:  # any failure to read it: it is not a zip archive
        raise ShorthandError(
            f"{given.option} must be a zip archive's bytes: give its path as "
            "fileb://path/to/file.zip"
        ) from None


class _ZipFile(Argument):
    """``--zip-file``: the zip archive's bytes, as ``ZipFile`` of the code structure."""

    structure: str = ""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        _check_zip(given)
        merge_into(params, self.structure, {"ZipFile": given.value})
        reading.record((self.structure, "ZipFile"), given)


class _TopLevelZipFile(MemberArgument):
    """``update-function-code --zip-file``: the model's own ``ZipFile``, checked."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        _check_zip(given)
        super().add_to_params(params, given, reading)


def _hoist(table: ArgumentTable) -> None:
    source, structure = _CODE[table.operation.name]
    original = table.get(source)
    if not isinstance(original, MemberArgument):  # pragma: no cover - both models have it
        return
    option = _ZipFile(
        _ZIP_FILE,
        type_label="blob",
        doc=f"The zip archive of the {source}: fileb://path/to/file.zip.",
    )
    option.structure = structure
    table.add(option)
    table.add(StructureWithout.replacing(original, "ZipFile", _ZIP_FILE, required=False))


def _check_top_level(table: ArgumentTable) -> None:
    original = table.get(_ZIP_FILE)
    if not isinstance(original, MemberArgument):  # pragma: no cover - the model has it
        return
    table.add(
        _TopLevelZipFile(
            original.name,
            reads=original.reads,
            required=original.required,
            doc=original.doc,
            member=original.member,
            type_label=original.type_label,
            model=original.model,
        )
    )


register("awslambda", "lambda", tuple(_CODE), arguments=_hoist)
register("awslambda", "lambda", ("update-function-code",), arguments=_check_top_level)
