"""The LSP methods the server answers, each handing over to the module that does the work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from lsprotocol import types

from smartbrev.server.actions import KINDS, code_actions
from smartbrev.server.app import SmartbrevServer
from smartbrev.server.completion import complete
from smartbrev.server.engine import fix_all
from smartbrev.server.hover import hover
from smartbrev.server.linting import Linted
from smartbrev.server.positions import Lines, edits
from smartbrev.server.symbols import outline

T = TypeVar("T")


class _AboutADocument(Protocol):
    @property
    def text_document(self) -> types.TextDocumentIdentifier: ...


def register(server: SmartbrevServer) -> None:
    """Register every feature on a server."""

    @server.feature(types.INITIALIZE)
    def initialize(ls: SmartbrevServer, params: types.InitializeParams) -> None:
        ls.take_settings("", params.initialization_options)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: SmartbrevServer, params: types.InitializedParams) -> None:
        await ls.watch_configuration()
        await ls.pull_settings()
        ls.relint_all()

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: SmartbrevServer, params: None) -> None:
        ls.stop()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: SmartbrevServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: SmartbrevServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: SmartbrevServer, params: types.DidSaveTextDocumentParams) -> None:
        if params.text_document.uri.endswith(".toml"):
            ls.configuration_changed()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: SmartbrevServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.linter.forget(params.text_document.uri)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(params.text_document.uri, [])
        )

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: SmartbrevServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(change.uri.endswith(".toml") for change in params.changes):
            ls.configuration_changed()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def settings(ls: SmartbrevServer, params: types.DidChangeConfigurationParams) -> None:
        if getattr(ls.client_capabilities.workspace, "configuration", False):
            await ls.pull_settings()
        else:
            ls.take_settings("", params.settings)
        ls.configuration_changed()

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    async def folders(ls: SmartbrevServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
        for gone in params.event.removed:
            ls.editor.pop(gone.uri, None)
        await ls.pull_settings()
        ls.relint_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=KINDS)
    )
    async def actions(
        ls: SmartbrevServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        return await _answer(ls, params, lambda done, lines: code_actions(done, lines, params))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: SmartbrevServer, params: types.HoverParams) -> types.Hover | None:
        return await _answer(
            ls, params, lambda done, lines: hover(done.report, lines, params.position)
        )

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    async def symbols(
        ls: SmartbrevServer, params: types.DocumentSymbolParams
    ) -> list[types.DocumentSymbol] | None:
        return await _answer(ls, params, lambda done, lines: outline(done.report, lines))

    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions())
    async def completion(
        ls: SmartbrevServer, params: types.CompletionParams
    ) -> list[types.CompletionItem] | None:
        return await _answer(
            ls, params, lambda done, lines: complete(done.report, lines, params.position)
        )

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    async def formatting(
        ls: SmartbrevServer, params: types.DocumentFormattingParams
    ) -> list[types.TextEdit] | None:
        return await _answer(ls, params, lambda done, lines: edits(lines, fix_all(done.report)))


async def _answer(
    ls: SmartbrevServer, params: _AboutADocument, answer: Callable[[Linted, Lines], T]
) -> T | None:
    """Answer a request about a document from what linting it as it is now finds (None
    when it is not open or not a briefing)."""
    linted = await ls.current(params.text_document.uri)
    return None if linted is None else answer(linted, ls.lines(linted.text))
