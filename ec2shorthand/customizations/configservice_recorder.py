"""``configservice put-configuration-recorder --recording-group``: a member as its own option.

The AWS CLI's ``putconfigurationrecorder`` customization: the recorder's
``recordingGroup`` is given with ``--recording-group`` (shorthand or JSON,
typed as the model's ``RecordingGroup``), which puts it into
``ConfigurationRecorder``; ``--configuration-recorder`` stays required, and
reads its value as a recorder without that member. So, as in the AWS CLI, a
``recordingGroup`` written inside ``--configuration-recorder`` as shorthand
is left exactly as parsed (``allSupported=true`` stays the text ``"true"``,
which validation then refuses), while a JSON one is kept as it is unless
``--recording-group`` replaces it.
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, MemberArgument
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._awscli.values import member_value
from .._syntax.parse import parse_shorthand
from ._options import merge_into
from ._structures import structure_value

_RECORDER, _GROUP = "ConfigurationRecorder", "recordingGroup"


class _Recorder(MemberArgument):
    """``--configuration-recorder``, its ``recordingGroup`` untyped when written as shorthand."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        value = member_value(self, given, reading)
        text = given.value
        if (
            isinstance(value, dict)
            and _GROUP in value
            and isinstance(text, str)
            and not text.lstrip().startswith(("{", "["))
        ):
            # The AWS CLI reads this option with a model that lacks the member: its value
            # stays as parsed, not typed.
            value[_GROUP] = parse_shorthand(text, files=reading.files)[_GROUP]
        merge_into(params, _RECORDER, value)


class _RecordingGroup(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        schema = reading.operation.member_schema(_RECORDER)["properties"][_GROUP]
        value, form = structure_value(given, reading, schema)
        recorder = params.setdefault(_RECORDER, {})
        recorder[_GROUP] = value
        reading.record((_RECORDER, _GROUP), given, form)


def _split(table: ArgumentTable) -> None:
    original = table.get("configuration-recorder")
    if not isinstance(original, MemberArgument):  # pragma: no cover - the model has it
        return
    table.add(
        _Recorder(
            original.name,
            required=True,
            doc=f"{original.doc} (Give its recordingGroup with --recording-group.)",
            member=original.member,
            type_label=original.type_label,
            model=original.model,
        )
    )
    table.add(
        _RecordingGroup(
            "recording-group",
            type_label="structure",
            doc="Which resource types the recorder records: shorthand or JSON.",
        )
    )


register(
    "putconfigurationrecorder",
    "configservice",
    ("put-configuration-recorder",),
    arguments=_split,
)
