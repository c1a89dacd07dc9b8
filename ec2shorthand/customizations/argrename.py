"""Argument renames and hidden aliases: the AWS CLI's ``argrename`` customization, as data.

A rename offers a member's option under a new name only (the request member
is unchanged): mostly where the model's name would collide with a global
option (``--version``, ``--query``, ``--output``, ``--region``) or reads badly
(``--no-no-reboot``). A hidden alias keeps an older spelling working beside
the current one, undocumented; where the member is required, neither
spelling is then required by the command line (validation still asks for
the member).
"""

from __future__ import annotations

from collections import defaultdict

from .._awscli.arguments import ArgumentTable
from .._awscli.customize import register

# (service, operations): ((old option, new option), ...)
_RENAMES: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, str], ...]] = {
    ("apigateway", ("create-rest-api",)): (("version", "api-version"),),
    ("apigatewayv2", ("create-api", "update-api")): (("version", "api-version"),),
    ("clouddirectory", ("publish-schema",)): (("version", "schema-version"),),
    ("cloudsearchdomain", ("search",)): (("query", "search-query"),),
    ("cloudsearchdomain", ("suggest",)): (("query", "suggest-query"),),
    (
        "codepipeline",
        ("create-custom-action-type", "delete-custom-action-type", "get-action-type"),
    ): (("version", "action-version"),),
    ("codepipeline", ("get-pipeline",)): (("version", "pipeline-version"),),
    ("controltower", ("create-landing-zone", "update-landing-zone")): (
        ("version", "landing-zone-version"),
    ),
    ("datapipeline", ("get-pipeline-definition",)): (("version", "pipeline-version"),),
    ("datapipeline", ("query-objects",)): (("query", "objects-query"),),
    ("ec2", ("create-image",)): (("no-no-reboot", "reboot"),),
    (
        "ec2",
        ("create-network-acl-entry", "delete-network-acl-entry", "replace-network-acl-entry"),
    ): (("no-egress", "ingress"),),
    ("ec2", ("run-instances",)): (("no-disable-api-termination", "enable-api-termination"),),
    (
        "ecs",
        (
            "create-daemon",
            "create-service",
            "run-task",
            "start-task",
            "update-daemon",
            "update-service",
        ),
    ): (("no-enable-execute-command", "disable-execute-command"),),
    ("ecs", ("execute-command",)): (("no-interactive", "non-interactive"),),
    (
        "eks",
        (
            "create-cluster",
            "create-nodegroup",
            "update-nodegroup-version",
            "update-cluster-version",
        ),
    ): (("version", "kubernetes-version"),),
    ("gamelift", ("create-build", "update-build")): (("version", "build-version"),),
    ("gamelift", ("create-script", "update-script")): (("version", "script-version"),),
    (
        "glue",
        (
            "get-unfiltered-partition-metadata",
            "get-unfiltered-partitions-metadata",
            "get-unfiltered-table-metadata",
        ),
    ): (("region", "resource-region"),),
    (
        "iotwireless",
        (
            "create-device-profile",
            "create-fuota-task",
            "create-service-profile",
            "create-wireless-device",
            "start-fuota-task",
            "update-fuota-task",
            "update-multicast-group",
            "update-wireless-device",
            "create-multicast-group",
            "create-wireless-gateway",
            "start-multicast-group-session",
        ),
    ): (("lo-ra-wan", "lorawan"),),
    ("kinesisanalytics", ("add-application-output",)): (("output", "application-output"),),
    ("kinesisanalyticsv2", ("add-application-output",)): (("output", "application-output"),),
    ("lex-models", ("delete-bot-version",)): (("version", "bot-version"),),
    ("lex-models", ("delete-intent-version", "get-intent")): (("version", "intent-version"),),
    ("lex-models", ("delete-slot-type-version", "get-slot-type")): (
        ("version", "slot-type-version"),
    ),
    ("lex-models", ("get-export",)): (("version", "resource-version"),),
    ("license-manager", ("delete-grant", "get-grant")): (("version", "grant-version"),),
    ("license-manager", ("get-license",)): (("version", "license-version"),),
    ("mturk", ("list-qualification-types",)): (("query", "types-query"),),
    ("pinpoint", ("get-campaign-version",)): (("version", "campaign-version"),),
    ("pinpoint", ("get-segment-version",)): (("version", "segment-version"),),
    (
        "pinpoint",
        tuple(
            f"{verb}-{kind}-template"
            for verb in ("delete", "get", "update")
            for kind in ("email", "in-app", "push", "sms", "voice")
        ),
    ): (("version", "template-version"),),
    ("rekognition", ("create-stream-processor",)): (("output", "stream-processor-output"),),
    (
        "route53",
        ("delete-traffic-policy", "get-traffic-policy", "update-traffic-policy-comment"),
    ): (("version", "traffic-policy-version"),),
    ("route53domains", ("view-billing",)): (("start", "start-time"), ("end", "end-time")),
    (
        "sagemaker",
        ("delete-image-version", "describe-image-version", "list-aliases", "update-image-version"),
    ): (("version", "version-number"),),
    ("sns", ("subscribe",)): (("endpoint", "notification-endpoint"),),
    ("stepfunctions", ("send-task-success",)): (("output", "task-output"),),
    ("swf", ("register-activity-type",)): (("version", "activity-version"),),
    ("swf", ("register-workflow-type",)): (("version", "workflow-version"),),
    ("workdocs", ("create-notification-subscription",)): (("endpoint", "notification-endpoint"),),
    ("workdocs", ("describe-users",)): (("query", "user-query"),),
}

# (service, operations): ((current option, older spelling kept as a hidden alias), ...)
_ALIASES: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, str], ...]] = {
    ("cognito-identity", ("create-identity-pool",)): (
        ("open-id-connect-provider-arns", "open-id-connect-provider-ar-ns"),
    ),
    ("deploy", ("create-deployment-group", "update-deployment-group")): (
        ("ec2-tag-set", "ec-2-tag-set"),
    ),
    ("deploy", ("list-application-revisions",)): (
        ("s3-bucket", "s-3-bucket"),
        ("s3-key-prefix", "s-3-key-prefix"),
    ),
    ("elasticache", ("create-replication-group",)): (
        ("preferred-cache-cluster-azs", "preferred-cache-cluster-a-zs"),
    ),
    ("iam", ("enable-mfa-device", "resync-mfa-device")): (
        ("authentication-code1", "authentication-code-1"),
        ("authentication-code2", "authentication-code-2"),
    ),
    ("importexport", ("get-shipping-label",)): (
        ("street1", "street-1"),
        ("street2", "street-2"),
        ("street3", "street-3"),
    ),
    ("lambda", ("publish-version",)): (("code-sha256", "code-sha-256"),),
    ("lightsail", ("import-key-pair",)): (("public-key-base64", "public-key-base-64"),),
    (
        "mgn",
        (
            "associate-source-servers",
            "disassociate-source-servers",
            "start-cutover",
            "start-test",
            "terminate-target-instances",
        ),
    ): (("source-server-ids", "source-server-i-ds"),),
    (
        "mgn",
        (
            "create-replication-configuration-template",
            "update-replication-configuration",
            "update-replication-configuration-template",
        ),
    ): (("replication-servers-security-groups-ids", "replication-servers-security-groups-i-ds"),),
    ("mgn", ("describe-replication-configuration-templates",)): (
        ("replication-configuration-template-ids", "replication-configuration-template-i-ds"),
    ),
    ("route53domains", ("view-billing",)): (("start-time", "start"),),
    ("storagegateway", ("describe-cached-iscsi-volumes", "describe-stored-iscsi-volumes")): (
        ("volume-arns", "volume-ar-ns"),
    ),
    ("storagegateway", ("describe-tapes", "describe-tape-archives")): (
        ("tape-arns", "tape-ar-ns"),
    ),
    ("storagegateway", ("describe-vtl-devices",)): (("vtl-device-arns", "vtl-device-ar-ns"),),
}


def _rename(table: ArgumentTable, old: str, new: str) -> None:
    if old in table:
        table.rename(old, new)
        return
    for argument in table:  # the "no-" twin of a flag
        if argument.negative == old:
            argument.negative = new


def _alias(table: ArgumentTable, current: str, alias: str) -> None:
    import copy

    original = table.get(current)
    if original is None:
        return
    twin = copy.copy(original)
    twin.name, twin.documented = alias, False
    if original.required:
        original.required = twin.required = False
    table.add(twin)


# The AWS CLI v2 kept only these services' hidden aliases: the others came from a change
# in botocore's naming that v2 never had (``--ec-2-tag-set``, ``--code-sha-256``).
_ALIASES_IN_V2 = frozenset({"elasticache", "mgn"})


def _register_all() -> None:
    for version in (1, 2):
        hooks: dict[tuple[str, str], list[tuple[bool, str, str]]] = defaultdict(list)
        for (service, operations), pairs in _RENAMES.items():
            for operation in operations:
                hooks[service, operation] += [(False, old, new) for old, new in pairs]
        for (service, operations), pairs in _ALIASES.items():
            if version == 2 and service not in _ALIASES_IN_V2:
                continue
            for operation in operations:
                hooks[service, operation] += [(True, current, alias) for current, alias in pairs]
        for (service, operation), changes in hooks.items():

            def change(
                table: ArgumentTable, changes: list[tuple[bool, str, str]] = changes
            ) -> None:
                for is_alias, first, second in changes:
                    (_alias if is_alias else _rename)(table, first, second)

            register("argrename", service, (operation,), arguments=change, versions=(version,))


_register_all()
