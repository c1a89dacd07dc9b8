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


def _at_end(text: str) -> types.Position:
    lines = text.split("\n")
    return types.Position(len(lines) - 1, len(lines[-1]))


async def _complete(client: LanguageClient, uri: str, text: str) -> list[types.CompletionItem]:
    found = await client.text_document_completion_async(
        types.CompletionParams(types.TextDocumentIdentifier(uri), _at_end(text))
    )
    assert isinstance(found, types.CompletionList)
    return found.items


async def _change(client: LanguageClient, uri: str, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            [types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def _open_then_type(
    client: LanguageClient, uri: str, text: str, language: str, typed: str
) -> None:
    """Open a whole request (so it is recognised), then change it to a half-typed one."""
    _open(client, uri, text, language)
    await _diagnostics(client, uri)
    await _change(client, uri, typed)


SECURITY_GROUP = (
    "{\n"
    '  "$schema": "urn:ec2shorthand:schema:ec2:authorize-security-group-ingress",\n'
    '  "GroupId": "sg-0123456789abcdef0",\n'
    '  "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22}]\n'
    "}\n"
)


async def test_completion_offers_the_members_not_yet_given_with_their_opening(
    client: LanguageClient,
) -> None:
    uri = "file:///work/requests/sg.json"
    # Typing a new member in the rule: half a document, which no JSON parser reads.
    typed = SECURITY_GROUP.replace('"FromPort": 22}]', '"FromPort": 22, "')
    typed = typed[: typed.rindex('"') + 1]
    await _open_then_type(client, uri, SECURITY_GROUP, "json", typed)
    items = {item.label: item for item in await _complete(client, uri, typed)}
    assert set(items) == {"ToPort", "UserIdGroupPairs", "IpRanges", "Ipv6Ranges", "PrefixListIds"}
    edit = items["IpRanges"].text_edit
    assert isinstance(edit, types.TextEdit)
    assert edit.new_text == '"IpRanges": ['
    # It replaces the opening quote typed: one character before the cursor.
    end = _at_end(typed)
    assert (edit.range.start.line, edit.range.start.character) == (end.line, end.character - 1)
    assert items["ToPort"].text_edit.new_text == '"ToPort": '  # type: ignore[union-attr]


async def test_completion_of_enum_values_inside_quotes_and_booleans(
    client: LanguageClient,
) -> None:
    text = '{\n  "ImageId": "ami-12345678",\n  "MinCount": 1,\n  "MaxCount": 1\n}\n'
    uri = "file:///work/requests/run.json"
    _open(client, uri, text, "json")
    await _diagnostics(client, uri)
    typed = text.replace('"MaxCount": 1\n}\n', '"MaxCount": 1,\n  "InstanceType": "t3.mic')
    await _change(client, uri, typed)
    labels = [item.label for item in await _complete(client, uri, typed)]
    assert labels == ["t3.micro"]
    typed = text.replace('"MaxCount": 1\n}\n', '"MaxCount": 1,\n  "DryRun": ')
    await _change(client, uri, typed)
    labels = [item.label for item in await _complete(client, uri, typed)]
    assert labels == ["true", "false"]


async def test_hover_on_a_member_name_explains_it(client: LanguageClient) -> None:
    uri = "file:///work/requests/sg-hover.json"
    _open(client, uri, SECURITY_GROUP, "json")
    await _diagnostics(client, uri)
    line = SECURITY_GROUP.splitlines()[3]
    found = await client.text_document_hover_async(
        types.HoverParams(
            types.TextDocumentIdentifier(uri),
            types.Position(3, line.index("FromPort") + 2),
        )
    )
    assert found is not None
    assert isinstance(found.contents, types.MarkupContent)
    assert "IpPermissions[0].FromPort -> (integer, -1..65535)" in found.contents.value
    assert "start of the port range" in found.contents.value
    # Not on a member name (a value): nothing.
    on_value = await client.text_document_hover_async(
        types.HoverParams(
            types.TextDocumentIdentifier(uri),
            types.Position(2, SECURITY_GROUP.splitlines()[2].index("sg-") + 2),
        )
    )
    assert on_value is None


SECURITY_GROUP_YAML = (
    "# yaml-language-server: $schema=urn:ec2shorthand:schema:ec2:authorize-security-group-ingress\n"
    "GroupId: sg-0123456789abcdef0\n"
    "IpPermissions:\n"
    "  - IpProtocol: tcp\n"
    "    FromPort: 22\n"
)


async def test_completion_in_a_yaml_request_writes_block_style(client: LanguageClient) -> None:
    uri = "file:///work/requests/sg.yaml"
    typed = SECURITY_GROUP_YAML + "    Ip"
    await _open_then_type(client, uri, SECURITY_GROUP_YAML, "yaml", typed)
    items = {item.label: item for item in await _complete(client, uri, typed)}
    assert set(items) == {"IpRanges", "Ipv6Ranges"}
    edit = items["IpRanges"].text_edit
    assert isinstance(edit, types.TextEdit)
    assert edit.new_text == "IpRanges:\n      - "
    assert (edit.range.start.line, edit.range.start.character) == (5, 4)


async def test_hover_on_a_yaml_member_name_explains_it(client: LanguageClient) -> None:
    uri = "file:///work/requests/sg-hover.yaml"
    _open(client, uri, SECURITY_GROUP_YAML, "yaml")
    await _diagnostics(client, uri)
    found = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(2, 3))
    )
    assert found is not None
    assert isinstance(found.contents, types.MarkupContent)
    assert found.contents.value.startswith("```text\nIpPermissions -> (list of structure)")
    assert "FromPort -> (integer, -1..65535)" in found.contents.value


async def test_a_request_known_by_its_keys_stays_known_while_half_typed(
    client: LanguageClient,
) -> None:
    uri = "file:///work/requests/launch-typing.json"
    typed = RUN_INSTANCES.replace('"two"\n}\n', '2,\n  "Instance')
    await _open_then_type(client, uri, RUN_INSTANCES, "json", typed)
    found = await _diagnostics(client, uri)
    assert [d.code for d in found] == ["input.syntax"]  # the syntax error, where typing is
    labels = {item.label for item in await _complete(client, uri, typed)}
    assert {"InstanceType", "InstanceMarketOptions"} <= labels
