"""No document takes the server down: one that cannot be read gets one diagnostic at
its start, and the server goes on answering."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.server import drafts
from tests.server.cli import lint_json
from tests.server.editor import Document

pytestmark = pytest.mark.asyncio(loop_scope="module")

MEBIBYTE = 1024 * 1024

_PAIRS = zip("abcdefgh", "bcdefghi", strict=True)
"""Each YAML anchor repeats the one before nine times: 9^9 nodes once expanded."""

HOSTILE = {
    "huge.md": ("x" * 79 + "\n") * (10 * MEBIBYTE // 80 + 1000),
    "binary.md": "PK\x03\x04\x00\x00binary\x00data",
    "nested.json": "[" * 5000 + "]" * 5000,
    "quotes.md": "# Deep\n\n" + "> " * 3000 + "text\n",
    "broken.json": '{"schema_version": "1.1", "lede": ',
    "bomb.yaml": "a: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in _PAIRS),
    "tag.yaml": "lede: !!python/object/apply:os.system ['echo no']\n",
    "empty.md": "  \n\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
async def test_an_unusable_document_gets_one_diagnostic_at_its_start(
    client: LanguageClient, workspace: Path, name: str
) -> None:
    text = HOSTILE[name]
    path = workspace / name
    path.write_text(text, encoding="utf-8")
    doc = Document(client, path, text, "markdown" if name.endswith(".md") else "plaintext")
    found = await doc.diagnostics()
    cli = lint_json(path)
    assert len(cli) == 1, "the CLI cannot use this document either"
    assert [(d.code, d.severity) for d in found] == [
        (cli[0]["code"], types.DiagnosticSeverity.Error)
    ]
    assert found[0].range.start.line == (cli[0]["line"] or 1) - 1
    # The server is still answering.
    healthy = Document(client, workspace / f"after-{name}.md", drafts.MARKDOWN, "markdown")
    assert await healthy.diagnostics()
    assert await doc.actions() == []
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(doc.id))
    assert symbols == []


async def test_a_long_draft_does_not_hold_up_other_documents(
    client: LanguageClient, workspace: Path
) -> None:
    paragraph = "The council voted on Tuesday to approve a budget that keeps taxes flat. " * 8
    text = "# Budget passes\n\n" + f"**Why it matters:** {paragraph}\n\n" * 1200
    long = Document(client, workspace / "long.md", text, "markdown")
    short = Document(client, workspace / "short.md", drafts.MARKDOWN, "markdown")
    assert await short.diagnostics()
    # The short draft was answered while the long one was still being linted.
    assert long.uri not in client.published  # type: ignore[attr-defined]
    found = await long.diagnostics()
    assert found and all(d.source == "smartbrev" for d in found)
