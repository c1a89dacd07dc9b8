"""EMR's model operations with options of the AWS CLI's making: ``list-clusters``, ``add-tags``.

The AWS CLI's ``emr`` customization (most of its commands are its own, not
API operations, and out of scope here):

- ``emr list-clusters``: ``--cluster-states S...`` (one or more), or one of
  the flags ``--active``, ``--terminated``, ``--failed`` (which name the
  states for you), give ``ClusterStates``; only one of the four may be given.
  ``--created-after`` and ``--created-before`` are sent as typed.
- ``emr add-tags --tags k=v ...`` (required, one or more) gives
  ``Tags = [{"Key": k, "Value": v}, ...]``, split at the first ``=`` (no ``=``
  gives the value ``""``).

The AWS CLI also makes an EMR option optional when the profile's ``emr``
configuration section gives it a default (``service_role = ...``).
ec2shorthand reads no AWS configuration, so every option is read as with no
such section (which is also what the AWS CLI does without one).
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, Reads
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._core.errors import ShorthandError
from ._options import at_least_one

_STATES = "ClusterStates"
# flag: the states it stands for
_STATE_FLAGS = {
    "active": ("STARTING", "BOOTSTRAPPING", "RUNNING", "WAITING", "TERMINATING"),
    "terminated": ("TERMINATED",),
    "failed": ("TERMINATED_WITH_ERRORS",),
}
_FILTERS = ("cluster-states", *_STATE_FLAGS)


def _one_filter(params: dict[str, Any]) -> None:
    if params.get(_STATES):
        raise ShorthandError(
            "only one of --cluster-states, --active, --terminated, --failed may be given"
        )


class _ClusterStates(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        _one_filter(params)
        params[_STATES] = given.value
        reading.record((_STATES,), given)


class _StateFlag(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        _one_filter(params)
        params[_STATES] = list(_STATE_FLAGS[self.name])


class _AsTyped(Argument):
    """A timestamp, sent as typed (once a file:// value is read, as for any option)."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        if self.member is not None:
            params[self.member] = given.value
            reading.record((self.member,), given)


def _list_clusters(table: ArgumentTable) -> None:
    for name, member in (("created-after", "CreatedAfter"), ("created-before", "CreatedBefore")):
        table.add(_AsTyped(name, member=member, type_label="timestamp", doc=f"{member}, as typed."))
    table.add(
        _ClusterStates(
            "cluster-states",
            reads=Reads.LIST,
            type_label="list",
            member=_STATES,
            doc="The states of the clusters to list.",
        )
    )
    for name, states in _STATE_FLAGS.items():
        table.add(
            _StateFlag(
                name,
                reads=Reads.FLAG,
                type_label="boolean",
                doc=f"List the clusters in the states {', '.join(states)}.",
            )
        )


class _Tags(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        items = given.value
        if isinstance(items, bytes):
            raise ShorthandError(f"{given.option} takes KEY=VALUE texts, not bytes")
        tags = []
        # A file's content stands for the list: the AWS CLI then takes it character by
        # character, as it iterates any text.
        for tag in items:
            key, _, value = tag.partition("=")
            tags.append({"Key": key, "Value": value})
        params["Tags"] = tags


def _add_tags(table: ArgumentTable) -> None:
    table.add(
        _Tags(
            "tags",
            reads=Reads.LIST,
            required=True,
            type_label="list",
            doc="The tags, as KEY=VALUE (KEY alone for an empty value).",
        )
    )


register(
    "emr list-clusters",
    "emr",
    ("list-clusters",),
    arguments=_list_clusters,
    parsed=lambda reading: at_least_one(reading, "cluster-states"),
)
register(
    "emr add-tags",
    "emr",
    ("add-tags",),
    arguments=_add_tags,
    parsed=lambda reading: at_least_one(reading, "tags"),
)
