"""``ec2 bundle-instance``: the S3 storage said with simple options.

The AWS CLI's ``bundleinstance`` customization. ``--storage`` becomes
optional, and ``--bucket``, ``--prefix``, ``--owner-akid``, ``--owner-sak`` and
``--policy`` each fill one member of ``Storage.S3`` (when given a non-empty
value); they cannot go with ``--storage``. ``--owner-sak`` is the bucket
owner's secret key: the AWS CLI keeps it in the request it builds as the
member ``_SAK``, which is no API member, and so does this.

Just before sending, the AWS CLI completes the storage: without
``UploadPolicy`` it writes one (valid 24 hours from then, for the bucket and
the prefix, so both must be given), and with a policy and ``_SAK`` it signs
the policy and drops ``_SAK``. That step depends on the clock and is not part
of the request returned; validation judges the request as it would be sent
(with a policy and a signature standing in for the real ones), and reports a
missing bucket or prefix the policy needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .._awscli.arguments import Argument, ArgumentTable
from .._awscli.argv import Given
from .._awscli.customize import Rule, register
from .._awscli.reading import Reading
from .._core.diagnostics import Diagnostic
from .._model.operation import Operation

_SECRET = "_SAK"
# option: (the member of Storage.S3 it fills, its help)
_OPTIONS = {
    "bucket": ("Bucket", "The S3 bucket the AMI is stored in."),
    "prefix": ("Prefix", "The prefix of the image's object names in S3."),
    "owner-akid": ("AWSAccessKeyId", "The access key ID of the bucket's owner."),
    "owner-sak": (
        _SECRET,
        "The secret access key of the bucket's owner: the AWS CLI signs the policy with it "
        "and does not send it.",
    ),
    "policy": ("UploadPolicy", "The S3 upload policy; by default the AWS CLI writes one."),
}
# What stands for the values the AWS CLI computes just before sending.
_POLICY_STAND_IN = "(the upload policy the AWS CLI writes when sending)"
_SIGNATURE_STAND_IN = "(the policy's signature, made with --owner-sak when sending)"


class _StorageOption(Argument):
    """One member of ``Storage.S3``."""

    key: str = ""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        if not given.value:
            return
        storage = params.setdefault("Storage", {"S3": {}})
        storage.setdefault("S3", {})[self.key] = given.value
        reading.record(("Storage", "S3", self.key), given)


def _add_options(table: ArgumentTable) -> None:
    storage = table.get("storage")
    if storage is not None:
        storage.required = False
    for name, (key, doc) in _OPTIONS.items():
        option = _StorageOption(name, doc=doc)
        option.key = key
        table.add(option)


def _not_with_storage(reading: Reading) -> None:
    command = reading.command
    storage = command.given.get("storage")
    if storage is None or not storage.value:
        return
    for name in _OPTIONS:
        given = command.given.get(name)
        if given is not None and given.value:
            raise command.error_at(
                name, "cannot be given with --storage: say the storage with one or the other"
            )


def _s3(params: Mapping[str, Any]) -> Any:
    storage = params.get("Storage")
    return storage.get("S3") if isinstance(storage, dict) else None


def _as_sent(params: Mapping[str, Any]) -> Mapping[str, Any]:
    """The request with the storage completed as the AWS CLI completes it before sending."""
    s3 = _s3(params)
    if not isinstance(s3, dict):
        return params
    sent = dict(s3)
    secret = sent.pop(_SECRET, None)
    if "UploadPolicy" not in sent and "Bucket" in sent and "Prefix" in sent:
        sent["UploadPolicy"] = _POLICY_STAND_IN
    if "UploadPolicySignature" not in sent and sent.get("UploadPolicy") and secret:
        sent["UploadPolicySignature"] = _SIGNATURE_STAND_IN
    return {**params, "Storage": {**params["Storage"], "S3": sent}}


def _check(operation: Operation, params: Mapping[str, Any]) -> Iterable[Diagnostic]:
    """The AWS CLI cannot write the upload policy without a bucket and a prefix."""
    storage = params.get("Storage")
    if not isinstance(storage, dict):
        return
    s3 = storage.get("S3")
    if not isinstance(s3, dict):
        yield Diagnostic.at(
            "bundle.storage",
            "error",
            ("Storage",),
            "the AWS CLI completes Storage.S3 before sending: give --bucket and --prefix "
            "(or S3 in --storage)",
        )
        return
    if "UploadPolicy" in s3:
        return
    for key, option in (("Bucket", "--bucket"), ("Prefix", "--prefix")):
        if key not in s3:
            yield Diagnostic.at(
                "bundle.storage",
                "error",
                ("Storage", "S3", key),
                f"the AWS CLI writes the upload policy from the bucket and the prefix: give "
                f"{option} (or a policy with --policy)",
            )


register(
    "bundleinstance",
    "ec2",
    ("bundle-instance",),
    arguments=_add_options,
    parsed=_not_with_storage,
    sent_as=_as_sent,
    check=_check,
    rules={
        "bundle.storage": Rule(
            "error",
            "the AWS CLI's bundleinstance: it writes the upload policy from Storage.S3's "
            "Bucket and Prefix before sending",
        )
    },
)
