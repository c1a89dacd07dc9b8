"""The language server driven by a real LSP client (pytest-lsp), as an editor drives it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

pytestmark = pytest.mark.asyncio

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """\
#!/bin/bash
aws ec2 authorize-security-group-ingress --group-id sg-0123456789abcdef0 \\
    --ip-permissions IpProtocol=tcp,FromPort=22,IpRanges=[{CidrIp=10.0.0.0/8,Description=ssh}]
aws ec2 describe-instances --regiosn us-east-1
"""


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "ec2shorthand", "lsp"])
)
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=ROOT.as_uri(),
        )
    )
    yield
    await lsp_client.shutdown_session()


def _open(client: LanguageClient, uri: str, text: str, language: str = "shellscript") -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)
        )
    )


async def _diagnostics(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


async def test_an_unsaved_buffer_gets_lint_diagnostics_where_the_mistakes_are(
    client: LanguageClient,
) -> None:
    uri = "untitled:deploy.sh"
    _open(client, uri, SCRIPT)
    found = await _diagnostics(client, uri)
    braces = next(d for d in found if d.code == "shell.brace-expansion")
    assert braces.range.start.line == 2
    assert braces.severity == types.DiagnosticSeverity.Error
    assert braces.range.start.character == SCRIPT.splitlines()[2].index("[{") + 1
    typo = next(d for d in found if d.range.start.line == 3)
    assert "--regiosn" in typo.message and "--region" in typo.message
    assert typo.range.start.character == SCRIPT.splitlines()[3].index("--regiosn")
    assert typo.source == "ec2shorthand"


async def test_a_change_is_linted_again(client: LanguageClient) -> None:
    uri = "untitled:change.sh"
    _open(client, uri, "aws ec2 describe-instances --regiosn us-east-1\n")
    assert await _diagnostics(client, uri)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangeWholeDocument(
                    text="aws ec2 describe-instances --region us-east-1\n"
                )
            ],
        )
    )
    assert await _diagnostics(client, uri) == []


async def test_markdown_commands_are_checked(client: LanguageClient) -> None:
    uri = "untitled:README.md"
    _open(client, uri, "# x\n\n```sh\naws ec2 describe-instances --regiosn x\n```\n", "markdown")
    found = await _diagnostics(client, uri)
    assert [d.range.start.line for d in found] == [3]


async def test_hover_explains_an_option(client: LanguageClient) -> None:
    uri = "untitled:hover.sh"
    text = "aws ec2 authorize-security-group-ingress --ip-permissions IpProtocol=tcp\n"
    _open(client, uri, text)
    await _diagnostics(client, uri)
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(0, text.index("--ip-permissions") + 3),
        )
    )
    assert hover is not None
    assert isinstance(hover.contents, types.MarkupContent)
    assert "--ip-permissions" in hover.contents.value and "FromPort" in hover.contents.value


async def _edits_at_the_end(client: LanguageClient, uri: str, text: str) -> list[types.TextEdit]:
    """The text edits of the completion items offered at the end of a one-line script."""
    _open(client, uri, text)
    await _diagnostics(client, uri)
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(0, len(text)),
        )
    )
    items = result.items if isinstance(result, types.CompletionList) else result or []
    return [item.text_edit for item in items if isinstance(item.text_edit, types.TextEdit)]


async def test_completion_inside_a_shorthand_value(client: LanguageClient) -> None:
    text = "aws ec2 authorize-security-group-ingress --ip-permissions IpProtocol=tcp,Fr"
    edits = await _edits_at_the_end(client, "untitled:complete.sh", text)
    assert [edit.new_text for edit in edits] == ["IpProtocol=tcp,FromPort="]
    assert edits[0].range.start == types.Position(0, text.index("IpProtocol"))


async def test_completion_of_options_not_yet_given(client: LanguageClient) -> None:
    text = "aws ec2 run-instances --image-id ami-1 --instance-type t3.mic"
    edits = await _edits_at_the_end(client, "untitled:options.sh", text)
    assert [edit.new_text for edit in edits] == ["t3.micro"]


async def test_a_request_file_is_checked_as_its_operation(client: LanguageClient) -> None:
    uri = "untitled:request.json"
    text = (
        "{\n"
        '  "$schema": "urn:ec2shorthand:schema:ec2:authorize-security-group-ingress",\n'
        '  "GroupId": "sg-0123456789abcdef0",\n'
        '  "IpPermissions": [{"IpProtocol": "tcp", "FromPort": "x", "ToPort": 22}]\n'
        "}\n"
    )
    _open(client, uri, text, "json")
    found = await _diagnostics(client, uri)
    assert [(d.code, d.range.start.line) for d in found] == [("model.type", 3)]
    assert found[0].range.start.character == text.splitlines()[3].index('"x"')


async def test_quick_fixes_of_lint_and_of_the_move_to_v2(client: LanguageClient) -> None:
    uri = "untitled:fixes.sh"
    text = (
        "aws ec2 describe-instances --max-resultz 5\n"
        "aws lambda invoke --function-name f --payload '{\"a\": 1}' out.json\n"
    )
    _open(client, uri, text)
    await _diagnostics(client, uri)
    titles = {}
    for line in (0, 1):
        actions = await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=types.Range(types.Position(line, 0), types.Position(line, 80)),
                context=types.CodeActionContext(diagnostics=[]),
            )
        )
        assert actions is not None
        titles[line] = [
            (action.title, [e.new_text for e in action.edit.changes[uri]])
            for action in actions
            if isinstance(action, types.CodeAction) and action.edit and action.edit.changes
        ]
    assert [edits for _, edits in titles[0]] == [["--max-results"]]
    assert any("raw-in-base64-out" in "".join(edits) for _, edits in titles[1]), titles[1]
