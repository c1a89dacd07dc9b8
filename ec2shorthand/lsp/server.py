"""The language server: pygls wiring of diagnostics, hover and completion.

Diagnostics are published when a document opens and, debounced, after it
changes (the text is linted once typing pauses); a document not saved yet is
linted from the editor's buffer. A ``--cli-input-json`` request file that
names its operation (:mod:`.requests`) is checked as that request. Settings
(``[tool.ec2shorthand]``) are read from the ``pyproject.toml`` nearest the
document.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import ServerTextPosition

from .._core.version import cli_version
from .._report.finding import Finding
from ..lint.config import ConfigError, LintConfig, load_config
from .actions import quick_fixes
from .complete import completion_items
from .cursor import command_before, word_end
from .diagnostics import (
    ToClient,
    diagnostic,
    findings_of,
    kind_of_document,
    migration_fixes_of,
)
from .hover import hover_text
from .request_editing import request_completion, request_hover
from .requests import RequestTarget, half_typed, request_findings, request_target

__all__ = ["DEBOUNCE_SECONDS", "make_server"]

# How long typing must pause before a changed document is linted again.
DEBOUNCE_SECONDS = 0.2


def make_server() -> LanguageServer:
    """A server with every feature registered (``start_io()`` runs it on stdio)."""
    server = LanguageServer("ec2shorthand", _version())
    pending: dict[str, asyncio.Task[None]] = {}
    # The findings last published for each document: code actions offer their fixes.
    published: dict[str, list[Finding]] = {}
    # The operation of each request document, as last recognised: completion and hover
    # keep it while the document is half typed (and cannot be read).
    targets: dict[str, RequestTarget] = {}

    def publish(uri: str) -> None:
        document = server.workspace.get_text_document(uri)
        path = to_fs_path(uri) or ""
        kind = kind_of_document(path, document.language_id, document.source)
        found: list[Finding] = []
        config = _config(path)
        version = cli_version(config.cli_version)
        target = request_target(document.source, path, document.language_id, version)
        if target is None and half_typed(document.source, path, document.language_id):
            target = targets.get(uri)  # its keys cannot be read now: it is still that request
        if target is not None:
            targets[uri] = target
            found = request_findings(path, document.source, target, version)
        else:
            targets.pop(uri, None)
        if target is None and kind is not None:
            found = findings_of(path, document.source, kind, config)
        published[uri] = found
        to_client = _to_client(document)
        shown = [diagnostic(finding, to_client) for finding in found]
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=shown, version=document.version)
        )

    async def publish_later(uri: str) -> None:
        await asyncio.sleep(DEBOUNCE_SECONDS)
        publish(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri in pending:
            pending[uri].cancel()
        pending[uri] = asyncio.ensure_future(publish_later(uri))

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri in pending:
            pending.pop(uri).cancel()
        published.pop(uri, None)
        targets.pop(uri, None)
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(params: types.HoverParams) -> types.Hover | None:
        document = server.workspace.get_text_document(params.text_document.uri)
        at = document.position_from_client_units(params.position)
        lines = list(document.lines)
        if at.line >= len(lines):
            return None
        target = targets.get(params.text_document.uri)
        if target is not None:
            version = cli_version(_config(to_fs_path(document.uri) or "").cli_version)
            found = request_hover(document.source, _offset(lines, at), target, version)
            return _markdown(found) if found is not None else None
        typed = command_before(lines, at.line, word_end(lines[at.line], at.character))
        text = hover_text(typed) if typed is not None else None
        return _markdown(text) if text is not None else None

    @server.feature(
        types.TEXT_DOCUMENT_COMPLETION,
        types.CompletionOptions(trigger_characters=["-", "=", ",", "{", "[", " "]),
    )
    def completion(params: types.CompletionParams) -> types.CompletionList:
        document = server.workspace.get_text_document(params.text_document.uri)
        at = document.position_from_client_units(params.position)
        target = targets.get(params.text_document.uri)
        if target is not None:
            items = _request_items(document, at, target)
            return types.CompletionList(is_incomplete=False, items=items)
        typed = command_before(list(document.lines), at.line, at.character)
        items = completion_items(typed, params.position) if typed is not None else []
        return types.CompletionList(is_incomplete=False, items=items)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        document = server.workspace.get_text_document(uri)
        found = list(published.get(uri, []))
        path = to_fs_path(uri) or ""
        kind = kind_of_document(path, document.language_id, document.source)
        if kind is not None:  # the AWS CLI v1 to v2 fixes, only where the editor asks
            found += migration_fixes_of(path, document.source, kind, _config(path))
        return quick_fixes(uri, found, params.range, _to_client(document))

    return server


def _request_items(
    document: TextDocument, at: ServerTextPosition, target: RequestTarget
) -> list[types.CompletionItem]:
    """Completion in a request document: each item replaces what is typed at the cursor."""
    version = cli_version(_config(to_fs_path(document.uri) or "").cli_version)
    lines = list(document.lines)
    end = document.position_to_client_units(at)
    items = []
    found = request_completion(document.source, _offset(lines, at), target, version)
    for order, (text, replaced, label, detail, kind) in enumerate(found):
        start = ServerTextPosition(at.line, at.character - replaced)
        edit_range = types.Range(document.position_to_client_units(start), end)
        items.append(
            types.CompletionItem(
                label=label,
                detail=detail or None,
                kind=kind,
                filter_text=text,
                sort_text=f"{order:05d}",
                text_edit=types.TextEdit(range=edit_range, new_text=text),
            )
        )
    return items


def _offset(lines: list[str], at: ServerTextPosition) -> int:
    """The code-point offset of a server position in the document's text."""
    return sum(len(line) for line in lines[: at.line]) + at.character


def _markdown(text: str) -> types.Hover:
    return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text))


def _to_client(document: TextDocument) -> ToClient:
    def convert(line: int, column: int) -> types.Position:
        return document.position_to_client_units(ServerTextPosition(line, column))

    return convert


def _config(path: str) -> LintConfig:
    try:
        return load_config(start=Path(path).parent if path else None)
    except ConfigError:
        return LintConfig()  # a broken pyproject.toml is `lint`'s to report, not the editor's


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ec2shorthand")
    except PackageNotFoundError:
        return "0+source"
