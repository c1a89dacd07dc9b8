"""Request files (``--cli-input-json``/``--cli-input-yaml`` documents) in the language server."""

from __future__ import annotations

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from . import test_lsp
from .test_lsp import _diagnostics, _open

client = test_lsp.client  # the server, started as an editor starts it

pytestmark = pytest.mark.asyncio

RUN_INSTANCES = '{\n  "ImageId": "ami-12345678",\n  "MinCount": 1,\n  "MaxCount": "two"\n}\n'


async def test_a_json_file_is_recognised_by_its_keys(client: LanguageClient) -> None:
    uri = "file:///work/requests/launch.json"
    _open(client, uri, RUN_INSTANCES, "json")
    found = await _diagnostics(client, uri)
    assert [(d.code, d.range.start.line) for d in found] == [("model.type", 3)]
    assert found[0].range.start.character == RUN_INSTANCES.splitlines()[3].index('"two"')


async def test_keys_that_fit_several_operations_get_no_diagnostics(
    client: LanguageClient,
) -> None:
    # GroupId and IpPermissions: authorize/revoke ingress/egress and more; no guess.
    text = '{"GroupId": "sg-1", "IpPermissions": [{"FromPort": "x"}]}\n'
    uri = "file:///work/requests/rules.json"
    _open(client, uri, text, "json")
    assert await _diagnostics(client, uri) == []


async def test_a_file_name_that_names_the_operation_settles_it(client: LanguageClient) -> None:
    text = '{"GroupId": "sg-1", "IpPermissions": [{"IpProtocol": "tcp", "FromPort": "x"}]}\n'
    uri = "file:///work/requests/authorize-security-group-ingress.json"
    _open(client, uri, text, "json")
    found = await _diagnostics(client, uri)
    assert "model.type" in {d.code for d in found}
    assert "id.security-group" in {d.code for d in found}


async def test_a_yaml_modeline_names_the_operation_and_positions_are_kept(
    client: LanguageClient,
) -> None:
    text = (
        "# yaml-language-server: $schema=urn:ec2shorthand:schema:ec2:describe-instances\n"
        "InstanceIds:\n"
        "  - i-0123456789abcdef0\n"
        "MaxResults: many\n"
    )
    uri = "file:///work/requests/instances.yaml"
    _open(client, uri, text, "yaml")
    found = await _diagnostics(client, uri)
    assert [(d.code, d.range.start.line, d.range.start.character) for d in found] == [
        ("model.type", 3, len("MaxResults: "))
    ]
    assert found[0].severity == types.DiagnosticSeverity.Error


async def test_a_yaml_file_is_recognised_by_its_keys(client: LanguageClient) -> None:
    text = "ImageId: ami-12345678\nMinCount: 1\nMaxCount: two\n"
    uri = "file:///work/requests/run-instances.yaml"
    _open(client, uri, text, "yaml")
    found = await _diagnostics(client, uri)
    assert [(d.code, d.range.start.line, d.range.start.character) for d in found] == [
        ("model.type", 2, len("MaxCount: "))
    ]


async def test_a_ci_yaml_file_is_still_linted(client: LanguageClient) -> None:
    text = "steps:\n  - run: aws ec2 describe-instances --regiosn us-east-1\n"
    uri = "file:///work/.github/workflows/ci.yml"
    _open(client, uri, text, "yaml")
    found = await _diagnostics(client, uri)
    assert found and all(d.range.start.line == 1 for d in found)
