"""Diagnostics published on open and on change are the CLI's, placed in the editor's units."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.server import drafts
from tests.server.cli import lint_json
from tests.server.editor import Document, lines_of, position

pytestmark = pytest.mark.asyncio(loop_scope="module")

SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def expected(path: Path, text: str, encoding: str = "utf-16") -> list[tuple[object, ...]]:
    """The CLI's diagnostics of a file, as the server should show them."""
    return sorted(
        (
            d["code"],
            SEVERITY[d["severity"]],
            position(text, d["line"], d["column"], encoding),
            position(text, d["end_line"], d["end_column"], encoding),
            d["url"],
            d["name"],
        )
        for d in lint_json(path)
    )


def shown(found: list[types.Diagnostic]) -> list[tuple[object, ...]]:
    return sorted(
        (
            d.code,
            d.severity,
            d.range.start,
            d.range.end,
            d.code_description.href if d.code_description else None,
            d.message.split(":", 1)[0],
        )
        for d in found
    )


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("ext", sorted(drafts.BY_FORMAT))
async def test_open_publishes_what_the_cli_reports(
    client: LanguageClient, workspace: Path, ext: str
) -> None:
    text = drafts.BY_FORMAT[ext]
    path = write(workspace, f"open.{ext}", text)
    doc = Document(client, path, text, drafts.LANGUAGE[ext])
    found = await doc.diagnostics()
    assert found, "the draft has slips the linter reports"
    assert shown(found) == expected(path, text)
    for diagnostic in found:
        assert diagnostic.source == "smartbrev"


async def test_positions_after_an_emoji_count_utf16_units(
    client: LanguageClient, workspace: Path
) -> None:
    text = '🚢 **why it matters:** The "new" ferry 🚀 is late.\n\nAll 14 boats are late.\n'
    text = "# Ferries run late again\n\nFerries ran late all week.\n\n" + text
    path = write(workspace, "emoji.md", text)
    doc = Document(client, path, text, "markdown")
    found = await doc.diagnostics()
    assert shown(found) == expected(path, text)
    line = lines_of(text).index(next(x for x in lines_of(text) if x.startswith("🚢")))
    on_line = [d for d in found if d.range.start.line == line and d.range.start.character > 0]
    assert on_line, "a finding sits after the emoji"
    for d in on_line:
        # The emoji is one character but two UTF-16 units: positions move by one.
        cli = next(c for c in lint_json(path) if c["code"] == d.code and c["line"] == line + 1)
        assert d.range.start.character == cli["column"] - 1 + 1


async def test_a_change_is_linted_again(client: LanguageClient, workspace: Path) -> None:
    text = (
        "# Ferries run late\n\nFerries ran late all week.\n\n"
        "**Why it matters:** Commuters wait.\n\nBy Ana Ruiz\n"
    )
    path = write(workspace, "change.md", text)
    doc = Document(client, path, text, "markdown")
    assert not [d for d in await doc.diagnostics() if d.code == "SB403"]
    # Typing a straight quote, one character at a time, as an editor sends it.
    at = position(doc.text, 3, 8)
    doc.edit(at, at, '"')
    after = types.Position(at.line, at.character + 5)
    doc.edit(after, after, '"')
    found = await doc.diagnostics()
    path.write_text(doc.text, encoding="utf-8")
    assert [d.code for d in found if d.code == "SB403"] == ["SB403"]
    assert shown(found) == expected(path, doc.text)
    # A full change (the whole text sent again) puts it back.
    doc.replace(text)
    assert not [d for d in await doc.diagnostics() if d.code == "SB403"]


async def test_unused_suppression_is_shown_as_unnecessary(
    client: LanguageClient, workspace: Path
) -> None:
    text = (
        "# Ferries run late\n\nFerries ran late all week.\n\n"
        "<!-- smartbrev-disable-next-line passive-voice -->\n"
        "**Why it matters:** Commuters wait.\n\nBy Ana Ruiz\n"
    )
    doc = Document(client, write(workspace, "unused.md", text), text, "markdown")
    found = await doc.diagnostics()
    unused = [d for d in found if d.code == "SB901"]
    assert len(unused) == 1
    assert list(unused[0].tags or []) == [types.DiagnosticTag.Unnecessary]
    assert all(d.tags is None for d in found if d.code != "SB901")


async def test_closing_clears_the_diagnostics(client: LanguageClient, workspace: Path) -> None:
    text = drafts.MARKDOWN
    doc = Document(client, write(workspace, "close.md", text), text, "markdown")
    assert await doc.diagnostics()
    before = len(client.published[doc.uri])  # type: ignore[attr-defined]
    client.text_document_did_close(types.DidCloseTextDocumentParams(doc.id))
    from tests.server.conftest import published

    assert await published(client, doc.uri, after=before) == []


@pytest.mark.parametrize(
    ("name", "text", "code"),
    [
        (
            "schema.json",
            drafts.JSON.replace('"headline": "Harbor ferry deal signed"', '"headline": 5'),
            "SB013",
        ),
        ("note.md", drafts.MARKDOWN + "\nPhotos by Ana Ruiz.\n\n- extra item\n", None),
    ],
)
async def test_schema_errors_and_reader_notes_are_published(
    client: LanguageClient, workspace: Path, name: str, text: str, code: str | None
) -> None:
    path = write(workspace, name, text)
    doc = Document(client, path, text, drafts.LANGUAGE[name.rsplit(".", 1)[1]])
    found = await doc.diagnostics()
    cli = lint_json(path)
    assert shown(found) == expected(path, text)
    wanted = code or next(d["code"] for d in cli if d["code"].startswith("SB02"))
    assert wanted in {d.code for d in found}
