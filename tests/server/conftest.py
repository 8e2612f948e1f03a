"""A real LSP client (pytest-lsp) talking to a real `smartbrev server` process over stdio.

Each test module starts one server; its tests open documents of their own in it.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

_SCRIPT = Path(sys.executable).with_name("smartbrev")
SERVER = (
    [str(_SCRIPT), "server"] if _SCRIPT.is_file() else [sys.executable, "-m", "smartbrev", "server"]
)
"""The installed `smartbrev` command, as an editor starts it."""
WAIT = 20.0
"""Seconds to wait for the server before a test fails (never reached when it works)."""


def _record(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    published: dict[str, list[types.PublishDiagnosticsParams]] = client.published  # type: ignore[attr-defined]
    published.setdefault(params.uri, []).append(params)


def _register(client: LanguageClient, params: types.RegistrationParams) -> None:
    registered: list[types.Registration] = client.registered  # type: ignore[attr-defined]
    registered.extend(params.registrations)


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every diagnostics notification (with its
    version) and accepting dynamic registrations as an editor does."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = {}  # type: ignore[attr-defined]
    client.registered = []  # type: ignore[attr-defined]
    features: dict[str, Any] = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _record,
        types.CLIENT_REGISTER_CAPABILITY: _register,
    }
    register_lsp_features(client, features)
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=make_client)


async def start(
    client: LanguageClient,
    root: Path,
    *,
    capabilities: str = "visual-studio-code",
    encodings: list[str] | None = None,
    options: Any = None,
) -> types.InitializeResult:
    """Initialize a session the way an editor with that client's capabilities does."""
    offered = client_capabilities(capabilities)
    if encodings is not None:
        offered.general = types.GeneralClientCapabilities(position_encodings=encodings)
    return await client.initialize_session(
        types.InitializeParams(
            capabilities=offered,
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
            initialization_options=options,
        )
    )


async def published(
    client: LanguageClient, uri: str, version: int | None = None, after: int = 0
) -> list[types.Diagnostic]:
    """The diagnostics published for a document (for `version`, when given), waiting
    for them; `after` skips that many earlier notifications for the document."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while loop.time() < deadline:
        found: list[types.PublishDiagnosticsParams] = client.published.get(uri, [])[after:]  # type: ignore[attr-defined]
        for params in reversed(found):
            if version is None or params.version == version:
                return list(params.diagnostics)
        await asyncio.sleep(0.005)
    raise AssertionError(f"no diagnostics for {uri} (version {version}) within {WAIT} s")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with no configuration file: the built-in settings apply."""
    return tmp_path_factory.mktemp("workspace")


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient, workspace: Path) -> AsyncIterator[None]:
    """A session with the built-in settings, as VS Code opens one."""
    await start(lsp_client, workspace)
    yield
    await lsp_client.shutdown_session()
