"""``ses send-email``: the message said with simple options.

The AWS CLI's ``sessendemail`` customization. ``--source`` is called
``--from``; ``--destination`` and ``--message`` become optional, and

- ``--to``, ``--cc``, ``--bcc`` (one address or more each) fill
  ``Destination.ToAddresses``, ``CcAddresses``, ``BccAddresses``;
- ``--subject``, ``--text``, ``--html`` fill ``Message.Subject.Data``,
  ``Message.Body.Text.Data``, ``Message.Body.Html.Data``; the first of them
  makes the message ``{"Subject": {}, "Body": {}}``.

An empty value adds nothing. ``--to``/``--cc``/``--bcc`` cannot go with
``--destination``, nor ``--text``/``--html`` with ``--message``; ``--subject``
can, and then replaces the subject of ``--message`` (as in the AWS CLI).
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, Reads
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._core.errors import ShorthandError
from ._options import at_least_one, exclusive

_ADDRESSES = {
    "to": ("ToAddresses", "The addresses of the primary recipients."),
    "cc": ("CcAddresses", "The addresses of the copy (Cc) recipients."),
    "bcc": ("BccAddresses", "The addresses of the blind-copy (Bcc) recipients."),
}
_BODY = {
    "subject": ("Subject", "The subject of the message."),
    "text": ("Text", "The message's body as text."),
    "html": ("Html", "The message's body as HTML."),
}


class _Addresses(Argument):
    key: str = ""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        if not given.value:
            return
        params.setdefault("Destination", {})[self.key] = given.value
        reading.record(("Destination", self.key), given)


class _Body(Argument):
    key: str = ""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        if not given.value:
            return
        message = params.setdefault("Message", {"Subject": {}, "Body": {}})
        if not isinstance(message, dict):  # pragma: no cover - --message is a structure
            raise ShorthandError("--message is no structure to add to")
        if self.key == "Subject":
            message["Subject"] = {"Data": given.value}
            steps: tuple[str, ...] = ("Message", "Subject", "Data")
        else:
            message.setdefault("Body", {})[self.key] = {"Data": given.value}
            steps = ("Message", "Body", self.key, "Data")
        reading.record(steps, given)


def _add_options(table: ArgumentTable) -> None:
    for name in ("destination", "message"):
        argument = table.get(name)
        if argument is not None:
            argument.required = False
    table.rename("source", "from")
    for name, (key, doc) in _ADDRESSES.items():
        addresses = _Addresses(name, reads=Reads.LIST, type_label="list", doc=doc)
        addresses.key = key
        table.add(addresses)
    for name, (key, doc) in _BODY.items():
        body = _Body(name, doc=doc)
        body.key = key
        table.add(body)


def _check(reading: Reading) -> None:
    at_least_one(reading, *_ADDRESSES)
    exclusive(reading, ("destination",), tuple(_ADDRESSES))
    exclusive(reading, ("message",), ("text", "html"))


register("sessendemail", "ses", ("send-email",), arguments=_add_options, parsed=_check)
