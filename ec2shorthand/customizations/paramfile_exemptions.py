"""Options whose values are never read from a file: the AWS CLI's parameter-file exemptions.

The AWS CLI reads ``file://`` (and ``fileb://``) values of every option except
these: options that take URLs or text where such a prefix is meant
literally (an SQS queue URL, a CloudFormation template URL). Listed here as
the AWS CLI resolves its own exemption rule for each operation.

The AWS CLI v1's alone: v2 has no such list, and reads ``file://`` for every
option (``sqs get-queue-attributes --queue-url file://url.txt`` reads the file).
"""

from __future__ import annotations

from .._awscli.arguments import ArgumentTable
from .._awscli.customize import register

# (service, operation): options taken literally
_LITERAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("apigateway", "put-integration"): ("uri",),
    ("apigatewayv2", "create-api"): ("target",),
    ("apigatewayv2", "update-api"): ("target",),
    ("apigatewayv2", "create-integration"): ("integration-uri",),
    ("apigatewayv2", "update-integration"): ("integration-uri",),
    ("appstream", "create-stack"): (
        "redirect-url",
        "feedback-url",
    ),
    ("appstream", "update-stack"): (
        "redirect-url",
        "feedback-url",
    ),
    ("cloudformation", "create-stack"): (
        "template-url",
        "stack-policy-url",
    ),
    ("cloudformation", "update-stack"): (
        "template-url",
        "stack-policy-url",
        "stack-policy-during-update-url",
    ),
    ("cloudformation", "create-stack-set"): ("template-url",),
    ("cloudformation", "update-stack-set"): ("template-url",),
    ("cloudformation", "create-change-set"): ("template-url",),
    ("cloudformation", "validate-template"): ("template-url",),
    ("cloudformation", "estimate-template-cost"): ("template-url",),
    ("cloudformation", "get-template-summary"): ("template-url",),
    ("cloudformation", "set-stack-policy"): ("stack-policy-url",),
    ("cloudformation", "register-type"): ("schema-handler-package",),
    ("comprehend", "detect-dominant-language"): ("text",),
    ("comprehend", "batch-detect-dominant-language"): ("text-list",),
    ("comprehend", "detect-entities"): ("text",),
    ("comprehend", "batch-detect-entities"): ("text-list",),
    ("comprehend", "detect-key-phrases"): ("text",),
    ("comprehend", "batch-detect-key-phrases"): ("text-list",),
    ("comprehend", "detect-sentiment"): ("text",),
    ("comprehend", "batch-detect-sentiment"): ("text-list",),
    ("docdb", "copy-db-cluster-snapshot"): ("pre-signed-url",),
    ("docdb", "create-db-cluster"): ("pre-signed-url",),
    ("emr", "create-studio"): ("idp-auth-url",),
    ("guardduty", "create-ip-set"): ("location",),
    ("guardduty", "update-ip-set"): ("location",),
    ("guardduty", "create-threat-intel-set"): ("location",),
    ("guardduty", "update-threat-intel-set"): ("location",),
    ("iam", "create-open-id-connect-provider"): ("url",),
    ("iot", "create-job"): ("document-source",),
    ("machinelearning", "predict"): ("predict-endpoint",),
    ("mediatailor", "put-playback-configuration"): (
        "ad-decision-server-url",
        "slate-ad-url",
        "video-content-source-url",
    ),
    ("neptune", "copy-db-cluster-snapshot"): ("pre-signed-url",),
    ("neptune", "create-db-cluster"): ("pre-signed-url",),
    ("rds", "copy-db-cluster-snapshot"): ("pre-signed-url",),
    ("rds", "create-db-cluster"): ("pre-signed-url",),
    ("rds", "copy-db-snapshot"): ("pre-signed-url",),
    ("rds", "create-db-instance-read-replica"): ("pre-signed-url",),
    ("s3api", "copy-object"): ("website-redirect-location",),
    ("s3api", "create-multipart-upload"): ("website-redirect-location",),
    ("s3api", "put-object"): ("website-redirect-location",),
    ("sagemaker", "create-notebook-instance"): (
        "default-code-repository",
        "additional-code-repositories",
    ),
    ("sagemaker", "update-notebook-instance"): (
        "default-code-repository",
        "additional-code-repositories",
    ),
    ("serverlessrepo", "create-application"): (
        "home-page-url",
        "license-url",
        "readme-url",
        "source-code-url",
        "template-url",
    ),
    ("serverlessrepo", "create-application-version"): (
        "source-code-url",
        "template-url",
    ),
    ("serverlessrepo", "update-application"): (
        "home-page-url",
        "readme-url",
    ),
    ("servicecatalog", "create-product"): ("support-url",),
    ("servicecatalog", "update-product"): ("support-url",),
    ("ses", "create-custom-verification-email-template"): (
        "failure-redirection-url",
        "success-redirection-url",
    ),
    ("ses", "update-custom-verification-email-template"): (
        "failure-redirection-url",
        "success-redirection-url",
    ),
    ("sesv2", "create-custom-verification-email-template"): (
        "failure-redirection-url",
        "success-redirection-url",
    ),
    ("sesv2", "update-custom-verification-email-template"): (
        "failure-redirection-url",
        "success-redirection-url",
    ),
    ("sesv2", "put-account-details"): ("website-url",),
    ("sns", "subscribe"): ("notification-endpoint",),
    ("sqs", "add-permission"): ("queue-url",),
    ("sqs", "change-message-visibility"): ("queue-url",),
    ("sqs", "change-message-visibility-batch"): ("queue-url",),
    ("sqs", "delete-message"): ("queue-url",),
    ("sqs", "delete-message-batch"): ("queue-url",),
    ("sqs", "delete-queue"): ("queue-url",),
    ("sqs", "get-queue-attributes"): ("queue-url",),
    ("sqs", "list-dead-letter-source-queues"): ("queue-url",),
    ("sqs", "receive-message"): ("queue-url",),
    ("sqs", "remove-permission"): ("queue-url",),
    ("sqs", "send-message"): ("queue-url",),
    ("sqs", "send-message-batch"): ("queue-url",),
    ("sqs", "set-queue-attributes"): ("queue-url",),
    ("sqs", "purge-queue"): ("queue-url",),
    ("sqs", "list-queue-tags"): ("queue-url",),
    ("sqs", "tag-queue"): ("queue-url",),
    ("sqs", "untag-queue"): ("queue-url",),
    ("translate", "translate-text"): ("text",),
    ("workdocs", "create-notification-subscription"): ("notification-endpoint",),
}


def _register_all() -> None:
    for (service, operation), names in _LITERAL.items():

        def exempt(table: ArgumentTable, names: tuple[str, ...] = names) -> None:
            for name in names:
                argument = table.get(name)
                if argument is not None:
                    argument.reads_files = False

        register("paramfile exemptions", service, (operation,), arguments=exempt, versions=(1,))


_register_all()
