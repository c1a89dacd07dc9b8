"""Fuzz JSON and YAML documents: ``load_json``, ``load_yaml``, ``--cli-input-json/-yaml``.

Run: ``python fuzz/fuzz_documents.py [-atheris_runs=N] [libFuzzer flags]``.

The first byte chooses the reader: ``load_json`` or ``load_yaml`` alone, or
the text as the value of ``--cli-input-json`` or ``--cli-input-yaml`` of an
operation with deep or special members (``parse_command``, ``files=None``).

Checked for every input, beyond ``_harness.guarded``'s rules: an error of
``load_json``/``load_yaml`` points inside the text; a JSON text read is the
value Python's ``json`` reads (the two differ only on repeated keys, which we
refuse); a request read from a document is a dict.
"""

from __future__ import annotations

import json
import sys

from _harness import BadError, Choices, guarded, instrumented, no_file_reads, run

with instrumented(__name__):
    import lark  # noqa: F401  (instrumented with the package)
    import yaml  # noqa: F401

    from ec2shorthand import parse_command
    from ec2shorthand._syntax.documents import load_json, load_yaml

TARGET = "documents"

# Operations whose requests are deep (dynamodb's AttributeValue refers to itself),
# customized (security groups, run-instances) or hold blobs and documents.
_OPERATIONS = (
    ("ec2", "authorize-security-group-ingress"),
    ("ec2", "run-instances"),
    ("dynamodb", "put-item"),
    ("lambda", "invoke"),
    ("s3api", "put-object"),
    ("cloudformation", "create-stack"),
    ("bedrock-agent-runtime", "retrieve"),
)


def one_input(data: bytes) -> None:
    """Read the rest of ``data`` as a document, by the reader its first byte picks."""
    choices = Choices(data)
    mode = choices.number(4)
    service, operation = choices.pick(_OPERATIONS)
    validate = choices.flag()
    text = choices.rest()
    if mode == 0:
        value, error = guarded(lambda: load_json(text), needs_position=True)
        if error is None:
            _same_as_json(text, value)
    elif mode == 1:
        guarded(lambda: load_yaml(text), needs_position=True)
    else:
        option = "--cli-input-json" if mode == 2 else "--cli-input-yaml"
        with no_file_reads():
            request, _ = guarded(
                lambda: parse_command(
                    operation, [option, text], service=service, validate=validate, files=None
                )
            )
        if request is not None and not isinstance(request, dict):
            raise BadError(f"not a dict: {request!r:.300}")


def _same_as_json(text: str, value: object) -> None:
    try:
        expected = json.loads(text)
    except (ValueError, RecursionError):
        raise BadError(f"load_json read what json refuses: {text!r:.300}") from None
    if json.dumps(expected, sort_keys=True) != json.dumps(value, sort_keys=True):
        raise BadError(f"load_json and json differ on {text!r:.300}")


SEEDS = [
    b'\x00\x00\x00{"a": [1, 2.5, "x", null, true]}',
    b"\x01\x00\x00a: &x [1, 2]\nb: *x\n",
    b'\x02\x00\x01{"GroupId": "sg-1a2b3c4d", "IpPermissions": [{"IpProtocol": "tcp"}]}',
    b"\x03\x02\x01TableName: t\nItem: {k: {M: {a: {S: x}}}}\n",
]

if __name__ == "__main__":
    run(TARGET, one_input, SEEDS, dictionary="documents.dict")
    sys.exit(0)
