"""Hover, the outline and label completion, checked against what the CLI reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from smartbrev.axioms import AXIOMS
from tests.server import drafts
from tests.server.cli import run
from tests.server.editor import Document, lines_of, position

pytestmark = pytest.mark.asyncio(loop_scope="module")


def open_draft(client: LanguageClient, folder: Path, name: str, text: str) -> Document:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return Document(client, path, text, drafts.LANGUAGE[name.rsplit(".", 1)[1]])


def model(path: Path) -> dict[str, Any]:
    """The briefing the CLI reads from a draft."""
    status, out = run("convert", str(path), "--to", "json")
    assert status == 0
    data: dict[str, Any] = json.loads(out)
    return data


async def hover_at(doc: Document, at: types.Position) -> str:
    found = await doc.client.text_document_hover_async(types.HoverParams(doc.id, at))
    if found is None:
        return ""
    assert isinstance(found.contents, types.MarkupContent)
    assert found.contents.kind == types.MarkupKind.Markdown
    return found.contents.value


async def test_hover_on_a_finding_shows_its_rule(client: LanguageClient, workspace: Path) -> None:
    doc = open_draft(client, workspace, "hover.md", drafts.MARKDOWN)
    quotes = next(d for d in await doc.diagnostics() if d.code == "SB403")
    shown = await hover_at(doc, quotes.range.start)
    _, explained = run("rule", "SB403")
    assert explained.strip().splitlines()[0] in shown
    assert "Fix safety" in shown


async def test_hover_on_a_label_shows_its_axiom(client: LanguageClient, workspace: Path) -> None:
    doc = open_draft(client, workspace, "label.txt", drafts.TEXT)
    await doc.diagnostics()
    blocks = model(doc.path)["blocks"]
    lines = lines_of(doc.text)
    for block in blocks:
        if block["axiom"] == "go-deeper":
            row = next(n for n, line in enumerate(lines) if line.startswith(block["label"]))
            shown = await hover_at(doc, types.Position(row, 1))
            assert f"`{block['axiom']}`" in shown
            assert "further reading" in shown.lower()
    assert await hover_at(doc, types.Position(2, 10)) == ""


async def test_outline_follows_the_briefing(client: LanguageClient, workspace: Path) -> None:
    doc = open_draft(client, workspace, "outline.md", drafts.MARKDOWN)
    found = await client.text_document_document_symbol_async(types.DocumentSymbolParams(doc.id))
    assert found
    symbols = [s for s in found if isinstance(s, types.DocumentSymbol)]
    data = model(doc.path)
    details = [s.detail for s in symbols]
    assert details == ["headline", "lede", *(b["axiom"] for b in data["blocks"]), "byline"]
    assert symbols[0].name == data["headline"]
    by_axiom = {s.detail: s for s in symbols}
    for block in data["blocks"]:
        symbol = by_axiom[block["axiom"]]
        assert symbol.name == block["label"]
        children = [c.name for c in symbol.children or []]
        speakers = [i["name"] for i in block.get("content") or [] if i["type"] == "speaker"]
        links = [link["title"] for link in block.get("links") or []]
        assert children == speakers + links
    starts = [(s.range.start.line, s.range.start.character) for s in symbols]
    assert starts == sorted(starts)
    for symbol in symbols:
        inner, outer = symbol.selection_range, symbol.range
        assert (outer.start.line, outer.start.character) <= (
            inner.start.line,
            inner.start.character,
        )


async def completion(doc: Document, at: types.Position) -> list[types.CompletionItem]:
    found = await doc.client.text_document_completion_async(types.CompletionParams(doc.id, at))
    if isinstance(found, types.CompletionList):
        return list(found.items)
    return list(found or [])


@pytest.mark.parametrize(
    ("ext", "typed", "house"),
    [("md", "**wh", "**Why it matters:** "), ("txt", "Wh", "Why it matters:")],
)
async def test_labels_complete_at_the_start_of_a_line(
    client: LanguageClient, workspace: Path, ext: str, typed: str, house: str
) -> None:
    text = drafts.BY_FORMAT[ext]
    doc = open_draft(client, workspace, f"complete.{ext}", text)
    row = lines_of(text).index("", 4)
    doc.edit(types.Position(row, 0), types.Position(row, 0), typed)
    items = await completion(doc, types.Position(row, len(typed)))
    labels = [item.label for item in items]
    assert labels == [a.label for a in AXIOMS if a.label.lower().startswith("wh")]
    chosen = next(item for item in items if item.label == "Why it matters")
    assert isinstance(chosen.text_edit, types.TextEdit)
    assert chosen.text_edit.new_text == house
    assert chosen.text_edit.range.start == types.Position(row, 0)
    assert chosen.detail == "why-it-matters"
    # In the middle of a sentence, no label fits.
    middle = position(text, 3, 12)
    assert await completion(doc, middle) == []


async def test_no_label_completion_in_json(client: LanguageClient, workspace: Path) -> None:
    doc = open_draft(client, workspace, "complete.json", drafts.JSON)
    assert await completion(doc, types.Position(1, 0)) == []
