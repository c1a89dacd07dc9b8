"""An old reading of a few list options whose items are one-member structures.

For these options the AWS CLI takes each value as that one member's value,
literally, with no shorthand (``elb register-instances-with-load-balancer
--instances i-1 i-2`` gives ``[{"InstanceId": "i-1"}, {"InstanceId": "i-2"}]``,
and ``InstanceId=i-1`` becomes the instance id ``"InstanceId=i-1"``). JSON
values are read as JSON, as everywhere.
"""

from __future__ import annotations

from .._awscli.arguments import ArgumentTable, MemberArgument
from .._awscli.customize import register

_OPTIONS = {
    ("firehose", "put-record-batch"): "records",
    ("workspaces", "reboot-workspaces"): "reboot-workspace-requests",
    ("workspaces", "rebuild-workspaces"): "rebuild-workspace-requests",
    ("workspaces", "terminate-workspaces"): "terminate-workspace-requests",
    ("elb", "remove-tags"): "tags",
    ("elb", "describe-instance-health"): "instances",
    ("elb", "deregister-instances-from-load-balancer"): "instances",
    ("elb", "register-instances-with-load-balancer"): "instances",
}


def _register_all() -> None:
    for (service, operation), name in _OPTIONS.items():

        def literal_items(table: ArgumentTable, name: str = name) -> None:
            argument = table.get(name)
            if not isinstance(argument, MemberArgument) or argument.model.type != "list":
                return
            items = table.operation.member_schema(argument.model.name).get("items", {})
            from .._model.resolve import resolved

            members = list(resolved(items, table.operation.schema).get("properties", {}))
            if len(members) == 1:
                argument.literal_items = members[0]

        register("old single-member list case", service, (operation,), arguments=literal_items)


_register_all()
