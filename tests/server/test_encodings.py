"""Position encodings: UTF-16 unless the client offers UTF-8 or UTF-32, and then the
server says which it chose and counts in it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.server.cli import lint_json
from tests.server.conftest import CONFIG, start
from tests.server.editor import Document, position

pytestmark = pytest.mark.asyncio(loop_scope="module")

# CJK is one UTF-16 unit but three UTF-8 bytes; the emoji two units and four bytes.
DRAFT = (
    "# 東京の渡し船 🚢 run late\n\n"
    '東京 🚢 commuters said the "new" ferries were late again.\n\n'
    "**Why it matters:** 4,000 riders a day use them.\n\nBy Ana Ruiz\n"
)


@pytest_lsp.fixture(config=CONFIG, scope="module", params=["utf-8", "utf-32"])
async def editor(
    lsp_client: LanguageClient, request: pytest.FixtureRequest, workspace: Path
) -> AsyncIterator[None]:
    result = await start(lsp_client, workspace, encodings=[request.param, "utf-16"])
    lsp_client.encoding = result.capabilities.position_encoding  # type: ignore[attr-defined]
    lsp_client.offered = request.param  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


async def test_the_offered_encoding_is_used(editor: LanguageClient, workspace: Path) -> None:
    encoding = editor.encoding  # type: ignore[attr-defined]
    assert encoding == editor.offered  # type: ignore[attr-defined]
    path = workspace / f"cjk-{encoding}.md"
    path.write_text(DRAFT, encoding="utf-8")
    doc = Document(editor, path, DRAFT, "markdown")
    found = {str(d.code): d.range for d in await doc.diagnostics()}
    quotes = next(d for d in lint_json(path) if d["code"] == "SB403")
    assert found["SB403"].start == position(DRAFT, quotes["line"], quotes["column"], encoding)
    assert found["SB403"].end == position(DRAFT, quotes["end_line"], quotes["end_column"], encoding)
    units = found["SB403"].start.character
    column = quotes["column"] - 1
    assert units == (column + 2 * 2 + 3 if encoding == "utf-8" else column)


async def test_utf16_when_nothing_else_is_offered(client: LanguageClient, workspace: Path) -> None:
    path = workspace / "cjk-utf-16.md"
    path.write_text(DRAFT, encoding="utf-8")
    doc = Document(client, path, DRAFT, "markdown")
    found = {str(d.code): d.range for d in await doc.diagnostics()}
    quotes = next(d for d in lint_json(path) if d["code"] == "SB403")
    assert found["SB403"].start == types.Position(quotes["line"] - 1, quotes["column"] - 1 + 1)
