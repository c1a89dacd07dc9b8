"""``--cli-input-json`` (AWS CLI v1, v2) and ``--cli-input-yaml`` (v2): a whole request at once.

Every operation has them. The document's members join the request at the
last step, and options given on the command line win over them, as in the
AWS CLI. A member the operation does not have is an error, with the closest
names it does have. Empty strings left in the document are a skeleton's
placeholders (``--generate-cli-skeleton``): each is reported.
"""

from __future__ import annotations

import difflib
from typing import Any

from .._awscli.arguments import Argument, ArgumentTable
from .._awscli.argv import Given
from .._awscli.customize import ANY, Rule, register
from .._awscli.provenance import Form, Origin
from .._awscli.reading import Reading
from .._core.diagnostics import Diagnostic
from .._core.errors import CommandLineError, ShorthandError, ShorthandSyntaxError
from .._core.location import Location
from .._core.paths import format_path
from .._core.tree import depth_exceeding, walk
from .._syntax.documents import load_json, load_yaml
from .._syntax.parse import MAX_NESTING

_JSON, _YAML = "cli-input-json", "cli-input-yaml"
_STATE = "input-documents"


class _InputDocument(Argument):
    """Reads the document now; its members join the request in ``_merge``."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        content, file = given.value, given.file
        yaml_syntax = self.name == _YAML
        if not isinstance(content, str | bytes):
            # `--cli-input-json=--`: argparse takes the `--` away and leaves an empty list.
            kind = "YAML" if yaml_syntax else "JSON"
            raise _at_option(reading, given, f"expected a {kind} document, got no text")
        text = _text(content)
        try:
            document = _load(text, yaml_syntax=yaml_syntax)
        except ShorthandError as error:
            item = file.item if file else given.items[0]
            if file is not None:
                raise error.placed(given.option, item.index, file=file.name) from None
            raise error.placed(
                given.option, item.index, item.offset, item_text=item.whole
            ) from None
        form = Form.YAML if yaml_syntax else Form.JSON
        origin = Origin(
            given.option,
            (file.item if file else given.items[0],),
            form,
            file_name=file.name if file else None,
            file_text=text if file else None,
        )
        reading.state.setdefault(_STATE, []).append((document, origin))


def _at_option(reading: Reading, given: Given, message: str) -> CommandLineError:
    """An error about the option itself, pointing at the argv item it was written in."""
    item = given.option_item
    if item is None:
        return CommandLineError(message)
    text = reading.command.argv[item]
    return CommandLineError(message, text, 0, end=len(text), location=Location(item, 0, len(text)))


def _text(content: str | bytes) -> str:
    if isinstance(content, bytes):  # fileb://
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError:
            raise ShorthandSyntaxError("the file is not UTF-8 text") from None
    return content


def _load(text: str, *, yaml_syntax: bool) -> dict[str, Any]:
    document = load_yaml(text) if yaml_syntax else load_json(text)
    if not isinstance(document, dict):
        kind = "YAML mapping" if yaml_syntax else "JSON object"
        raise ShorthandSyntaxError(f"the whole request must be one {kind}", text, 0)
    deep = depth_exceeding(document, MAX_NESTING)
    if deep is not None:
        raise ShorthandSyntaxError(
            f"values are nested more than {MAX_NESTING} levels deep (at {format_path(deep)})",
            text,
            0,
        )
    if yaml_syntax:
        _check_json_compatible(document, text)
    return document


def _check_json_compatible(document: Any, text: str) -> None:
    """Refuse what YAML can say but a request cannot hold: non-string keys, sets, dates."""
    for _, node in walk(document):
        if isinstance(node, dict):
            if not all(isinstance(key, str) for key in node):
                raise ShorthandSyntaxError("a request's keys are strings", text, 0)
        elif not isinstance(node, list | str | int | float | bool | type(None)):
            raise ShorthandSyntaxError(
                f"YAML gives a {type(node).__name__} here, which a request cannot hold", text, 0
            )


def _add_json(table: ArgumentTable) -> None:
    if "outfile" in table:  # a streamed response: the AWS CLI offers no whole-request input
        return
    table.add(
        _InputDocument(
            _JSON, doc="The whole request as JSON, inline or as file://; options given win."
        )
    )


def _add_yaml(table: ArgumentTable) -> None:
    if "outfile" in table:
        return
    table.add(
        _InputDocument(_YAML, doc="The whole request as YAML, inline or as file://; options win.")
    )


def _one_document(reading: Reading) -> None:
    command = reading.command
    if _JSON in command.given and _YAML in command.given:
        raise command.error_at(_YAML, "give the request as JSON or as YAML, not both")


def _merge(params: dict[str, Any], reading: Reading) -> None:
    """The documents' members join the request; the command line's options win."""
    members = [member.name for member in reading.operation.members]
    for document, origin in reading.state.get(_STATE, ()):
        for key, value in document.items():
            if key not in members:
                close = difflib.get_close_matches(str(key), members, n=2)
                hint = f" (did you mean {' or '.join(close)}?)" if close else ""
                raise ShorthandError(f"{key!r} is not a member of this request{hint}").placed(
                    origin.option, origin.items[0].index
                )
            if key in params:
                continue
            params[key] = value
            reading.origins.record((key,), _rooted(origin, key))
            reading.diagnostics.extend(_unfilled(value, (key,)))


def _rooted(origin: Origin, key: str) -> Origin:
    return Origin(
        origin.option, origin.items, origin.form, False, origin.file_name, origin.file_text, (key,)
    )


def _unfilled(value: Any, prefix: tuple[str | int, ...]) -> list[Diagnostic]:
    """The empty strings a whole-request document still holds: a skeleton's placeholders."""
    found = []
    for path, node in walk(value):
        if node == "":
            steps = (*prefix, *path)
            found.append(
                Diagnostic.at(
                    "skeleton.unfilled",
                    "error",
                    steps,
                    f"{format_path(steps)} is still empty, as a skeleton leaves it: fill it in, "
                    "or delete it",
                )
            )
    return found


# v1 has --cli-input-json only; v2 adds --cli-input-yaml just after it.
register("cliinputyaml", ANY, arguments=_add_yaml, versions=(2,))
register(
    "cliinputjson",
    ANY,
    arguments=_add_json,
    parsed=_one_document,
    finish=_merge,
    rules={
        "skeleton.unfilled": Rule(
            "error", "--generate-cli-skeleton: its empty strings are placeholders to fill in"
        )
    },
)
