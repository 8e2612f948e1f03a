"""Word (.docx) drafts: read like any draft, every word kept, positions as paragraph
numbers, hostile files refused with one line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from smartbrev.convert import convert_source, to_model
from smartbrev.errors import ReadError
from smartbrev.readers.docx_reader import decode_docx
from smartbrev.readers.source import read_path
from smartbrev.words import model_words, words
from tests.readers import word


def _read(doc: Any, tmp_path: Path, name: str = "draft.docx") -> dict[str, Any]:
    return read_path(word.save(doc, tmp_path / name)).data


def _paragraph_words(doc: Any) -> list[str]:
    found: list[str] = []
    for paragraph in doc.paragraphs:
        found.extend(words(paragraph.text))
    return found


def test_a_word_draft_reads_into_a_briefing(tmp_path: Path) -> None:
    data = _read(word.boatyard(), tmp_path)
    assert data["headline"] == "Harbor town buys its last boatyard"
    assert data["lede"].startswith("Port Alder will buy the Haskell boatyard")
    assert [(b["axiom"], b["label"]) for b in data["blocks"]] == [
        ("why-it-matters", "Why it matters"),
        ("by-the-numbers", "By the numbers"),
        ("what-theyre-saying", "What they're saying"),
        ("whats-next", "What's next"),
        ("go-deeper", "Go deeper"),
    ]
    assert data["blocks"][1]["content"] == [
        {
            "type": "bullets",
            "items": ["41 boats hauled out last winter.", "12 year-round jobs on site."],
        }
    ]
    assert data["blocks"][2]["content"][0]["name"] == "Dana Whitcomb"
    assert data["blocks"][4]["links"] == [
        {"title": "The purchase agreement", "url": "https://example.org/port-alder/boatyard"}
    ]
    authors = [{"name": "Mireille Okonkwo", "role": "waterfront reporter"}]
    assert data["byline"]["authors"] == authors


def test_every_word_of_the_document_is_in_the_briefing(tmp_path: Path) -> None:
    doc = word.boatyard()
    source = read_path(word.save(doc, tmp_path / "draft.docx"))
    briefing = to_model(source)
    # The byline stands under the headline in the document, last in the model.
    assert sorted(model_words(briefing)) == sorted(_paragraph_words(doc))
    markdown = convert_source(source, "markdown")  # refuses to lose or reorder a word
    assert "**Why it matters:** Three fishing crews" in markdown


def test_runs_of_one_format_are_joined_and_spaces_stay_outside_the_markers(
    tmp_path: Path,
) -> None:
    doc = word.document()
    doc.add_paragraph("Ferry fares hold steady")
    doc.add_paragraph("The ferry board kept fares at $3 for a fourth year.")
    paragraph = doc.add_paragraph()
    paragraph.add_run("Why it ").bold = True
    paragraph.add_run("matters: ").bold = True
    paragraph.add_run("Fares were ")
    paragraph.add_run("due").italic = True
    paragraph.add_run(" to rise.")
    data = _read(doc, tmp_path)
    assert data["blocks"][0]["label"] == "Why it matters"
    assert data["blocks"][0]["content"][0]["text"] == "Fares were *due* to rise."


def test_numbered_lists_tables_and_tracked_changes(tmp_path: Path) -> None:
    doc = word.document()
    doc.add_paragraph("Ferry fares hold steady", style="Title")
    lede = doc.add_paragraph("The ferry board kept fares at $3 ")
    word.inserted(lede, "for a fourth year")
    word.deleted(lede, "for now")
    lede.add_run(".")
    word.labelled(doc, "What's next:")
    doc.add_paragraph("The board meets again in June.", style="List Number")
    doc.add_paragraph("Fares are reviewed in October.", style="List Number")
    word.labelled(doc, "By the numbers:")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Adult fare: $3"
    table.cell(0, 1).text = "Youth fare: $1.50"
    data = _read(doc, tmp_path)
    assert data["lede"] == "The ferry board kept fares at $3 for a fourth year."
    assert data["blocks"][0]["content"] == [
        {
            "type": "bullets",
            "start": 1,
            "items": ["The board meets again in June.", "Fares are reviewed in October."],
        }
    ]
    texts = [item["text"] for item in data["blocks"][1]["content"]]
    assert texts == ["Adult fare: $3", "Youth fare: $1.50"]


def test_lines_are_the_documents_paragraphs(tmp_path: Path) -> None:
    doc = word.boatyard()
    text = decode_docx(word.to_bytes(doc), "draft.docx")
    lines = text.split("\n")
    assert len(lines) == len(doc.paragraphs)
    for line, paragraph in zip(lines, doc.paragraphs, strict=True):
        assert words(line) == words(paragraph.text)
    assert lines[0] == "# Harbor town buys its last boatyard"
    assert lines[5] == "## By the numbers"
    assert lines[6] == "- 41 boats hauled out last winter."


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _with_part(doc: Any, name: str, data: bytes) -> bytes:
    raw = io.BytesIO(word.to_bytes(doc))
    with zipfile.ZipFile(raw, "a") as archive:
        archive.writestr(name, data)
    return raw.getvalue()


def _damaged_document() -> bytes:
    raw = io.BytesIO(word.to_bytes(word.boatyard()))
    with zipfile.ZipFile(raw) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    parts["word/document.xml"] = parts["word/document.xml"][:-40]  # cut short
    return _zip(parts)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: b"Harbor town buys its last boatyard\n", "not a zip archive"),
        (lambda: word.to_bytes(word.boatyard())[:3000], "not a zip archive"),
        (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "Word 97-2003"),
        (lambda: _zip({"notes.txt": b"hello"}), "no document in it"),
        (lambda: _zip({"[Content_Types].xml": b"<x/>", "a.xml": bytes(65 * 2**20)}), "zip bomb"),
        (lambda: _zip({"word/document.xml": bytes(3 * 2**20)}), "zip bomb"),
        (
            lambda: _with_part(word.boatyard(), "word/vbaProject.bin", b"\x00macro"),
            "contains macros",
        ),
        (_damaged_document, "damaged Word document"),
        (lambda: word.to_bytes(word.document()), "has no text"),
    ],
    ids=[
        "text",
        "truncated",
        "word-97",
        "no-document",
        "bomb-size",
        "bomb-ratio",
        "macros",
        "damaged",
        "empty",
    ],
)
def test_unusable_documents_are_refused_in_one_line(make: Any, message: str) -> None:
    with pytest.raises(ReadError) as caught:
        decode_docx(make(), "draft.docx")
    assert message in caught.value.message
    assert "\n" not in str(caught.value)
