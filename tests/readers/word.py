"""Word documents made for the tests with python-docx, in the shapes reporters write them:
a Title or a plain first line, a byline, bold lead-ins, headings, bullet and numbered
lists, hyperlinks, a table, tracked changes."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def document() -> Any:
    """A new, empty Word document."""
    return docx.Document()


def labelled(doc: Any, label: str, text: str = "") -> Any:
    """A paragraph opening with a bold label (`Why it matters: ` in bold, then the text)."""
    paragraph = doc.add_paragraph()
    paragraph.add_run(label + (" " if text else "")).bold = True
    if text:
        paragraph.add_run(text)
    return paragraph


def link(paragraph: Any, text: str, url: str) -> None:
    """A hyperlink run at the end of a paragraph (python-docx has no call for one)."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    element = OxmlElement("w:hyperlink")
    element.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    words = OxmlElement("w:t")
    words.text = text
    words.set(qn("xml:space"), "preserve")
    run.append(words)
    element.append(run)
    paragraph._p.append(element)


def inserted(paragraph: Any, text: str) -> None:
    """Text added with Track Changes on (a `w:ins` around its run)."""
    change = OxmlElement("w:ins")
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "Copy Desk")
    run = OxmlElement("w:r")
    words = OxmlElement("w:t")
    words.text = text
    words.set(qn("xml:space"), "preserve")
    run.append(words)
    change.append(run)
    paragraph._p.append(change)


def deleted(paragraph: Any, text: str) -> None:
    """Text deleted with Track Changes on: still in the file, no longer in the document."""
    change = OxmlElement("w:del")
    change.set(qn("w:id"), "2")
    change.set(qn("w:author"), "Copy Desk")
    run = OxmlElement("w:r")
    words = OxmlElement("w:delText")
    words.text = text
    run.append(words)
    change.append(run)
    paragraph._p.append(change)


def save(doc: Any, path: Path) -> Path:
    """Write the document to `path`."""
    doc.save(str(path))
    return path


def to_bytes(doc: Any) -> bytes:
    """The document's bytes."""
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def boatyard() -> Any:
    """A briefing as a reporter drafts it in Word."""
    doc = document()
    doc.add_paragraph("Harbor town buys its last boatyard", style="Title")
    doc.add_paragraph("By Mireille Okonkwo, waterfront reporter")
    doc.add_paragraph(
        "Port Alder will buy the Haskell boatyard for $2.4 million, keeping the last "
        "working waterfront lot in the town’s hands."
    )
    doc.add_paragraph()
    labelled(
        doc,
        "Why it matters:",
        "Three fishing crews moor there, and developers had offered twice as much.",
    )
    doc.add_heading("By the numbers", level=2)
    doc.add_paragraph("41 boats hauled out last winter.", style="List Bullet")
    doc.add_paragraph("12 year-round jobs on site.", style="List Bullet")
    labelled(doc, "What they're saying:")
    doc.add_paragraph("Dana Whitcomb:")
    doc.add_paragraph(
        "“If the yard goes, the boats go with it,” said Whitcomb, who has fished out of "
        "Port Alder for 30 years."
    )
    labelled(doc, "What's next:", "The town council signs the deal on May 2.")
    labelled(doc, "Go deeper:")
    link(doc.add_paragraph(), "The purchase agreement", "https://example.org/port-alder/boatyard")
    return doc
