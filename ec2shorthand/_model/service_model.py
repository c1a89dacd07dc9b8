"""One service's bundled model file, read lazily: its operations and shapes.

A ``<service>.model`` file (written by ``scripts/build_model.py``): line 1 is a
JSON header, the rest is the body. The header holds the service's metadata, the
names of its operations (the commands that call the API, under the CLI's names
and in its order), the names of its shapes (sorted) and ``offsets``: where each
record of the body starts, relative to the body, plus where the last one ends.
The body holds one record per line, compact JSON: the operations
(:class:`Operation`) in header order, then the shapes (:class:`Shape`) in header
order. A record is decoded on first use only: EC2's 773 operations and 4,000
shapes would take longer to decode than one operation's hundred shapes.

A shape is a dict with ``type`` and the traits kept from botocore (see
:class:`Shape`); a structure's ``members``, a list's ``member`` and a map's
``key`` and ``value`` are references (:class:`ShapeRef`): a target ``shape``
name plus traits laid over the target's, exactly as botocore resolves them
(:meth:`ServiceModel.resolve`). Every ``doc`` is the first sentence of the
model's documentation, as plain text.
"""

# No `from __future__ import annotations`: TypedDict would compile every string annotation
# at import (a millisecond here); real annotations cost nothing.
import bisect
import json
import mmap
from pathlib import Path
from typing import Any, NotRequired, Required, TypedDict

__all__ = ["Operation", "Paginator", "ServiceModel", "Shape", "ShapeRef", "map_file"]


class Paginator(TypedDict):
    """How the AWS CLI pages through an operation's results (botocore's paginators-1.json)."""

    input_token: list[str]
    output_token: list[str]
    limit_key: str | None
    more_results: str | None
    result_key: list[str]


class Operation(TypedDict):
    """An operation as the AWS CLI exposes it."""

    name: str  # the API name (RunInstances)
    input: str | None  # shape names
    output: str | None
    doc: str
    deprecated: NotRequired[bool]
    hidden: NotRequired[bool]  # left out of the CLI's docs (deprecated or a hidden alias)
    paginator: NotRequired[Paginator]


class _Traits(TypedDict, total=False):
    """Traits a shape has and a reference may lay over its target."""

    required: list[str]
    min: int | float
    max: int | float
    pattern: str
    enum: list[str]
    union: bool
    document: bool
    streaming: bool
    eventstream: bool
    event: bool
    payload: str
    jsonvalue: bool
    idempotencyToken: bool
    hostLabel: bool
    location: str  # header, uri, querystring, headers, statusCode
    deprecated: bool
    doc: str


class ShapeRef(_Traits, total=False):
    """A structure member, a list member or a map key or value."""

    shape: Required[str]
    locationName: str  # kept on map keys and values only: the CLI's docs name them by it


class Shape(_Traits, total=False):
    type: Required[str]  # structure, list, map, string, integer, long, ..., blob, timestamp
    members: dict[str, ShapeRef]  # in model order
    member: ShapeRef
    key: ShapeRef
    value: ShapeRef


class ServiceModel:
    """One service's operations and shapes, each decoded on first use from its ``.model`` file."""

    def __init__(
        self, data: bytes | mmap.mmap, *, hidden: bool = False, preview: bool = False
    ) -> None:
        header_end = data.find(b"\n")
        if header_end < 0:
            raise ValueError("not a bundled service model: no header line")
        header: dict[str, Any] = json.loads(data[:header_end])
        self.name: str = header["service"]  # the AWS CLI's name
        self.model: str = header["model"]  # botocore's name
        self.endpoint_prefix: str = header["endpoint_prefix"]
        self.protocol: str = header["protocol"]
        self.api_version: str = header["api_version"]
        self.hidden = hidden  # left out of the CLI's docs (aws sms-voice)
        self.preview = preview  # refused by the CLI unless enabled in its config (aws sdb)
        self.operation_names: tuple[str, ...] = tuple(header["operations"])
        self.shape_names: tuple[str, ...] = tuple(header["shapes"])  # sorted
        self._operation_records = {name: i for i, name in enumerate(self.operation_names)}
        self._offsets: list[int] = header["offsets"]
        self._data = data
        self._body_start = header_end + 1
        self._operations: dict[str, Operation] = {}
        self._shapes: dict[str, Shape] = {}

    def __repr__(self) -> str:
        return f"<ServiceModel {self.name} ({len(self.operation_names)} operations)>"

    def operation(self, name: str) -> Operation:
        """The operation the AWS CLI calls ``name`` (``run-instances``).

        Raises:
            KeyError: the service has no such operation (custom commands included).
        """
        operation = self._operations.get(name)
        if operation is None:
            record = self._operation_records.get(name)
            if record is None:
                raise KeyError(f"{self.name} has no operation {name!r}")
            operation = self._operations[name] = self._record(record)
        return operation

    def shape(self, name: str) -> Shape:
        """The shape called ``name`` in the model, without any reference's traits.

        Raises:
            KeyError: no operation of the service reaches such a shape.
        """
        shape = self._shapes.get(name)
        if shape is None:
            # Shape names are sorted: a bisection finds one without building a dict of
            # thousands of names first (EC2 has 4,000 shapes; an operation needs ~100).
            position = bisect.bisect_left(self.shape_names, name)
            if position == len(self.shape_names) or self.shape_names[position] != name:
                raise KeyError(f"{self.name} has no shape {name!r}")
            record = len(self.operation_names) + position
            shape = self._shapes[name] = self._record(record)
        return shape

    def resolve(self, ref: ShapeRef) -> Shape:
        """The shape ``ref`` points at with the reference's own traits laid over it (a new dict)."""
        resolved: dict[str, Any] = {**self.shape(ref["shape"])}
        resolved.update((trait, value) for trait, value in ref.items() if trait != "shape")
        return resolved  # type: ignore[return-value]  # a ShapeRef's traits are a Shape's

    def _record(self, index: int) -> Any:
        start = self._body_start + self._offsets[index]
        end = self._body_start + self._offsets[index + 1]
        return json.loads(self._data[start:end])


def map_file(file: Path) -> bytes | mmap.mmap:
    """The file's bytes, mapped rather than read when it is a real file.

    An operation needs a few pages of its service's file: reading all of EC2's 1.7 MB
    took a third of a cold lookup. (On Windows a mapped file cannot be replaced while
    the process that maps it runs, as for any open file.)
    """
    with open(file, "rb") as stream:
        return mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
