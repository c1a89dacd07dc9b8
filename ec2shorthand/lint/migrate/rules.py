"""The migrate rules: what changes from the AWS CLI v1 to v2, and how to keep v1's meaning."""

from __future__ import annotations

from ..._report.finding import RuleDoc

__all__ = ["MIGRATE_RULES"]

MIGRATE_RULES: dict[str, RuleDoc] = {
    rule.id: rule
    for rule in (
        RuleDoc(
            "migrate.blob-text",
            "error",
            "A blob parameter is given text: v1 sends the text's bytes, v2 reads it as base64 "
            "(refusing text that is not base64, decoding text that is into other bytes).",
            "Add --cli-binary-format raw-in-base64-out to the command (--fix does), "
            "or give the bytes with fileb://.",
        ),
        RuleDoc(
            "migrate.url-downloaded",
            "warning",
            "An http:// or https:// value: v1 downloads it and sends the page, v2 sends the URL.",
            'Give the content itself: "$(curl -fsSL URL)" (--unsafe-fixes), or file://.',
        ),
        RuleDoc(
            "migrate.file-exempt",
            "error",
            "A file:// value on a parameter v1 never reads files for: v1 sends the text "
            "file://..., v2 reads the file and sends its content.",
            "Give the text in --cli-input-json, or the file's content itself.",
        ),
        RuleDoc(
            "migrate.hidden-alias",
            "error",
            "An option name only v1 accepts (a hidden alias): v2 refuses the command.",
            "Use the documented name (--fix renames it).",
        ),
        RuleDoc(
            "migrate.ecr-get-login",
            "error",
            "aws ecr get-login is gone in v2.",
            "aws ecr get-login-password | docker login --username AWS --password-stdin REGISTRY "
            "(--fix rewrites it when the region and the registry are in the command).",
        ),
        RuleDoc(
            "migrate.deploy-empty-changeset",
            "warning",
            "cloudformation deploy with nothing to change: v1 fails (exit 255), v2 succeeds.",
            "Add --fail-on-empty-changeset to keep v1's failure (--fix does).",
        ),
        RuleDoc(
            "migrate.s3-copy-props",
            "warning",
            "s3 cp/mv/sync from bucket to bucket: v2 copies metadata and tags on multipart "
            "copies too (--copy-props default).",
            "Check that the copies may carry them, or give --copy-props.",
        ),
        RuleDoc(
            "migrate.v1-global-option",
            "error",
            "A global option only v1 has (--v2-debug): v2 refuses the command.",
            "Delete it (--fix does).",
        ),
        RuleDoc(
            "migrate.paging-keys",
            "warning",
            "--cli-input-json holds the operation's paging keys: v1 still pages through every "
            "result, v2 turns its automatic pagination off and makes the one call.",
            "Give them as --starting-token, --page-size or --max-items instead.",
        ),
        RuleDoc(
            "migrate.timestamp-output",
            "warning",
            "--query selects a timestamp: v1 prints it as the service sent it, v2 as ISO 8601 "
            "(2024-01-02T03:04:05+00:00), so a script that reads it may break.",
            "Set cli_timestamp_format = wire in the profile to keep v1's form, or read ISO 8601.",
        ),
        RuleDoc(
            "migrate.return-code",
            "warning",
            "A test of $? against 255: v1 exits 255 for every failed call, v2 exits 252 to 255 "
            "(254 when the service refuses).",
            "Test for failure with a range ([ $? -ge 252 ]) or with `if ! aws ...`.",
        ),
        RuleDoc(
            "migrate.api-versions",
            "warning",
            "api_versions pins a service's API version in v1's configuration; v2 does not "
            "read it and always uses the version it ships.",
            "Check the command against the current API, and remove api_versions.",
        ),
        RuleDoc(
            "migrate.v2-refuses",
            "error",
            "v1 accepts the command, v2 refuses it (the message says why).",
            "Change the command as the message says.",
        ),
        RuleDoc(
            "migrate.request-differs",
            "warning",
            "v1 and v2 read the command into different requests.",
            "Check that the request v2 sends is the one meant.",
        ),
    )
}
