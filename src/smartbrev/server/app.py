"""The language server: documents, configuration and publishing diagnostics; the
features themselves live in their own modules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from smartbrev import __version__
from smartbrev.server.diagnostics import configuration_problem, to_lsp
from smartbrev.server.engine import (
    ConfigError,
    Configurations,
    collect_garbage,
    format_of,
    lint_text,
)
from smartbrev.server.linting import Job, Linted, Linter
from smartbrev.server.positions import Lines
from smartbrev.server.protocol import Protocol
from smartbrev.server.settings import SECTION, table_of

CONFIG_GLOB = "**/*.toml"
"""Configuration files, and the files they `extend`, are TOML."""


class SmartbrevServer(LanguageServer):
    """smartbrev's language server: state shared by the features."""

    def __init__(self) -> None:
        super().__init__(
            "smartbrev",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=Protocol,
        )
        self.configurations = Configurations()
        self.editor: dict[str, dict[str, Any]] = {"": {}}
        """Editor settings: "" for all, or per workspace folder URI."""
        self.linter = Linter(self.publish)
        self._told: set[str] = set()

    # -- documents ------------------------------------------------------------------------

    def lines(self, text: str) -> Lines:
        """A text's lines in the position encoding agreed with the client."""
        encoding = self.workspace.position_encoding or types.PositionEncodingKind.Utf16
        return Lines(text, str(encoding))

    def _folder(self, uri: str) -> str:
        matches = [folder for folder in self.editor if folder and uri.startswith(folder)]
        return max(matches, key=len) if matches else ""

    def _path(self, uri: str) -> Path:
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path:
            return Path(path)
        root = to_fs_path(self._folder(uri)) if self._folder(uri) else None
        name = uri.rsplit("/", 1)[-1].rsplit(":", 1)[-1] or "untitled"
        return Path(root or self.workspace.root_path or Path.cwd()) / name

    def job(self, uri: str) -> Job | None:
        """How to lint a document as it is now (None: not open, or not a briefing)."""
        doc = self.workspace.text_documents.get(uri)
        if doc is None:
            return None
        path = self._path(uri)
        fmt = format_of(path.name if uri.startswith("file:") else None, doc.language_id)
        if fmt is None:
            return None
        editor = {**self.editor[""], **self.editor.get(self._folder(uri), {})}
        problem = None
        try:
            settings = self.configurations.settings(path, editor)
        except ConfigError as error:
            problem = str(error)
            settings = self.configurations.defaults(path)
            self.tell(problem)
        text = doc.source
        return Job(
            uri, doc.version, text, lambda: lint_text(text, fmt, str(path), settings, problem)
        )

    async def current(self, uri: str) -> Linted | None:
        """What linting the document as it is now finds."""
        job = self.job(uri)
        return None if job is None else await self.linter.lint(job)

    def changed(self, uri: str) -> None:
        """Lint a document that was opened or edited, and publish what is found."""
        self.linter.changed(lambda: self.job(uri), uri)

    def publish(self, linted: Linted) -> None:
        """Send a result, if it is for the text the document still has."""
        doc = self.workspace.text_documents.get(linted.uri)
        if doc is None:
            self.linter.forget(linted.uri)
            return
        if doc.source != linted.text:
            return
        lines = self.lines(linted.text)
        found = [to_lsp(d, lines) for d in linted.report.diagnostics]
        if linted.report.config_problem:
            found.insert(0, configuration_problem(linted.report.config_problem))
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(linted.uri, found, linted.version)
        )

    def relint_all(self) -> None:
        """Lint every open document again (the configuration changed)."""
        self.linter.forget_all()
        for uri in list(self.workspace.text_documents):
            self.changed(uri)

    # -- configuration --------------------------------------------------------------------

    def tell(self, message: str) -> None:
        """Show a problem to the user once (not on every keystroke)."""
        if message in self._told:
            return
        self._told.add(message)
        self.window_show_message(types.ShowMessageParams(types.MessageType.Error, message))

    def take_settings(self, scope: str, value: Any) -> None:
        """Editor settings for a scope ("" or a folder URI); unusable ones are reported.
        A client with nothing under `smartbrev` leaves the initialization options be."""
        if value is None and scope == "":
            return
        try:
            self.editor[scope] = table_of(value)
        except ConfigError as error:
            self.editor[scope] = {}
            self.tell(str(error))

    async def pull_settings(self) -> None:
        """Ask the client for the `smartbrev` settings of each workspace folder."""
        supported = getattr(self.client_capabilities.workspace, "configuration", False)
        if not supported:
            return
        scopes = ["", *(folder.uri for folder in self.workspace.folders.values())]
        items = [
            types.ConfigurationItem(scope_uri=scope or None, section=SECTION) for scope in scopes
        ]
        try:
            values = await self.workspace_configuration_async(types.ConfigurationParams(items))
        except Exception:  # a client may refuse; the settings stay as they were
            return
        for scope, value in zip(scopes, values, strict=False):
            self.take_settings(scope, value)

    async def watch_configuration(self) -> None:
        """Ask the client to report changes to configuration files, if it can."""
        workspace = self.client_capabilities.workspace
        watched = getattr(workspace, "did_change_watched_files", None)
        if not getattr(watched, "dynamic_registration", False):
            return
        options = types.DidChangeWatchedFilesRegistrationOptions(
            watchers=[types.FileSystemWatcher(glob_pattern=CONFIG_GLOB)]
        )
        registration = types.Registration(
            id="smartbrev-configuration",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=options,
        )
        try:
            await self.client_register_capability_async(types.RegistrationParams([registration]))
        except Exception:  # without it, saving a configuration file in the editor still works
            return

    def configuration_changed(self) -> None:
        """Configuration files changed: find them afresh and lint everything again."""
        self.configurations.reload()
        self._told.clear()
        self.relint_all()

    def stop(self) -> None:
        """The client is shutting down."""
        self.linter.close()


def create() -> SmartbrevServer:
    """A server with every feature registered."""
    from smartbrev.server.features import register

    server = SmartbrevServer()
    register(server)
    return server


def serve() -> None:
    """Run the server over standard input and output until the client says exit."""
    server = create()
    collect_garbage()
    server.start_io()
