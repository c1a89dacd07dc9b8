"""What reading one command shares between its steps: the command line, files, origins.

Also the first step of reading any value, as the AWS CLI takes it: a value
that names a file (``file://``, ``fileb://``) is replaced by the file's
content, where the AWS CLI does that.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .._core.diagnostics import Diagnostic
from .._core.errors import CommandLineError, ParamFileError
from .._core.files import FileResolver, names_file
from .._core.version import CliVersion
from .._model.operation import Operation
from .argv import CommandLine, FileContent, Given
from .provenance import Form, Origin, Origins

__all__ = ["Given", "Reading", "located_error", "looked_up"]


def located_error(finding: Diagnostic) -> CommandLineError:
    """A placed finding as the error that refuses the command, with its place and rule."""
    location = finding.location
    start, end = (location.start, location.end) if location is not None else (None, None)
    error = CommandLineError(
        finding.message, finding.doc, start, end=end, option=finding.option, location=location
    )
    error.rule = finding.rule
    return error


def looked_up(given: Given) -> str | None:
    """The text the AWS CLI looks at for a file (or, in v1, a URL) to read instead: the
    value, or a list option's one value; None where it looks at none."""
    raw = given.value
    single = raw[0] if isinstance(raw, list) and len(raw) == 1 else raw
    return single if isinstance(single, str) and given.argument.reads_files else None


@dataclass
class Reading:
    """The state of reading one command: shared by its steps and its customizations.

    ``state`` is where a customization keeps what its options build together
    (the one rule that ``--protocol``, ``--port`` and ``--cidr`` describe).
    """

    operation: Operation
    command: CommandLine
    files: FileResolver
    version: CliVersion
    origins: Origins = field(default_factory=Origins)
    state: dict[str, Any] = field(default_factory=dict)
    # Findings made while reading (an option given an empty value, say).
    diagnostics: list[Diagnostic] = field(default_factory=list)

    # What a customization found that keeps the request from being built offline (a
    # value the AWS CLI would download): a warning for validation, a refusal for parse_command.
    unbuilt: list[Diagnostic] = field(default_factory=list)

    def cannot_build(self, finding: Diagnostic) -> None:
        """Note a value the AWS CLI completes online: a warning, and parse_command refuses."""
        self.diagnostics.append(finding)
        self.unbuilt.append(finding)

    def read_file(self, given: Given) -> Given:
        """``given`` with a named file read in, as the AWS CLI reads it (the AWS CLI's
        ``load-cli-arg`` step, which every option goes through).

        The AWS CLI reads a value that names a file, and also the one value
        of a list option given just one: the content then stands for the
        whole list.
        """
        single = looked_up(given)
        if not (single is not None and names_file(single)):
            return given
        item = given.items[0] if given.items else None
        try:
            content = self.files.read(single)
        except ParamFileError as error:
            raise ParamFileError(error.msg, single, 0, end=len(single)).placed(
                given.option,
                item.index if item else None,
                item.offset if item else 0,
                item_text=item.whole if item else None,
            ) from None
        if item is None:  # pragma: no cover - a value always comes from an item
            return dataclasses.replace(given, value=content)
        file = FileContent(content, single.split("://", 1)[1], item)
        return dataclasses.replace(given, value=content, file=file)

    def record(
        self,
        prefix: tuple[str | int, ...],
        given: Given,
        form: Form = Form.PLAIN,
        *,
        many: bool = False,
    ) -> None:
        """Note that the request under ``prefix`` was written as ``given`` (in ``form``)."""
        file = given.file
        text = file.content if file is not None and isinstance(file.content, str) else None
        self.origins.record(
            prefix,
            Origin(
                given.option,
                given.items if file is None else (file.item,),
                form if file is None or text is not None else Form.PLAIN,
                many and file is None,
                file.name if text is not None and file is not None else None,
                text,
            ),
        )
