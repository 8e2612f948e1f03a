"""Word (.docx) drafts: every paragraph of the document, read as a Markdown draft's units.

`decode_docx` turns the file into text with one line per Word paragraph (empty ones
too, tables' cells in reading order), so that line N is the document's paragraph N
(`draft.docx:¶12` in a report): headings as `#` lines, list paragraphs as `-` or `N.`
items (indented two spaces a level), bold and italic runs and hyperlinks in Markdown's
inline syntax. Tracked insertions are read as accepted; deleted text, comments, headers,
footers and footnotes are not story. `read_docx` reads those lines into units for the
draft builder, so labels, speakers, go-deeper links and the byline follow the rules every
draft follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from smartbrev.diagnostics import Span
from smartbrev.errors import ReadError
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits
from smartbrev.readers.docx_package import open_document
from smartbrev.readers.draft import Draft, build
from smartbrev.readers.frontmatter import FrontMatter
from smartbrev.readers.leads import lead_of, markdown_link
from smartbrev.readers.units import Item, Unit

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING = re.compile(r"^(#{1,6}) (.*)$")
_ITEM = re.compile(r"^((?:  )*)(?:-|(\d{1,9})\.) (.*)$")
_HEADING_STYLE = re.compile(r"^heading (\d)$", re.IGNORECASE)
_WRAPPERS = frozenset({"ins", "smartTag", "sdt", "sdtContent", "customXml", "fldSimple"})
"""Elements that hold runs of the paragraph's text (a tracked insertion, a content control)."""


# -- the document as lines --------------------------------------------------------------


def _paragraphs(container: Any) -> Iterator[Paragraph]:
    """Every paragraph of a document or a cell, tables' cells in reading order."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is listed once per column
                        continue
                    seen.add(id(cell._tc))
                    yield from _paragraphs(cell)
        else:
            yield block


def _pieces(paragraph: Paragraph) -> Iterator[tuple[str, bool, bool, str | None]]:
    """The paragraph's text as (text, bold, italic, link) pieces, in order."""
    from docx.text.hyperlink import Hyperlink
    from docx.text.run import Run

    def runs(element: Any, link: str | None) -> Iterator[tuple[str, bool, bool, str | None]]:
        for child in element:
            tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if tag == "r":
                run = Run(child, paragraph)
                text = run.text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
                yield text, _bold(run), _italic(run), link
            elif tag == "hyperlink":
                hyperlink = Hyperlink(child, paragraph)
                yield from runs(child, hyperlink.url or None)
            elif tag in _WRAPPERS:
                yield from runs(child, link)

    yield from runs(paragraph._p, None)


def _bold(run: Any) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    style = run.style
    return bool(style is not None and (style.name == "Strong" or style.font.bold))


def _italic(run: Any) -> bool:
    if run.italic is not None:
        return bool(run.italic)
    style = run.style
    return bool(style is not None and (style.name == "Emphasis" or style.font.italic))


def _marked(text: str, bold: bool, italic: bool) -> str:
    """Text with emphasis markers around it (spaces at its ends kept outside them)."""
    core = text.strip()
    if not core or not (bold or italic):
        return text
    mark = ("**" if bold else "") + ("*" if italic else "")
    before = text[: len(text) - len(text.lstrip())]
    after = text[len(text.rstrip()) :]
    return f"{before}{mark}{core}{mark[::-1]}{after}"


def inline(paragraph: Paragraph) -> str:
    """A paragraph's text in Markdown's inline syntax, runs of one format joined first."""
    merged: list[list[Any]] = []
    for text, bold, italic, link in _pieces(paragraph):
        if not text:
            continue
        if merged and merged[-1][1:] == [bold, italic, link]:
            merged[-1][0] += text
        else:
            merged.append([text, bold, italic, link])
    parts = []
    for text, bold, italic, link in merged:
        if link and text.strip():
            parts.append(f"[{_marked(text.strip(), bold, italic)}]({link})")
        else:
            parts.append(_marked(text, bold, italic))
    return "".join(parts).strip()


class _Numbering:
    """Whether a list paragraph is numbered, and its number, from the numbering part."""

    def __init__(self, document: Document) -> None:
        self.formats: dict[tuple[str, str], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[str, str]] = {}
        for node in numbering.iter(f"{_W}abstractNum"):
            levels = {}
            for level in node.iter(f"{_W}lvl"):
                fmt = level.find(f"{_W}numFmt")
                levels[level.get(f"{_W}ilvl", "0")] = (
                    fmt.get(f"{_W}val", "bullet") if fmt is not None else "bullet"
                )
            abstract[node.get(f"{_W}abstractNumId", "")] = levels
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = abstract.get(ref.get(f"{_W}val", "") if ref is not None else "", {})
            for level, fmt in levels.items():
                self.formats[(num.get(f"{_W}numId", ""), level)] = fmt

    def marker(self, paragraph: Paragraph) -> tuple[int, str] | None:
        """(level, marker) of a list paragraph, or None when it is not one."""
        p_pr = paragraph._p.pPr
        num_pr: Any = p_pr.numPr if p_pr is not None else None
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if num_pr is None or num_pr.numId is None:
            if style.startswith("List Bullet"):
                return 0, "-"
            if style.startswith("List Number"):
                return 0, self._next(style, 0)
            return None
        num_id = str(num_pr.numId.val)
        if num_id == "0":  # numbering switched off for this paragraph
            return None
        level = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
        fmt = self.formats.get((num_id, str(level)), "bullet")
        if fmt in ("bullet", "none"):
            return level, "-"
        return level, self._next(num_id, level)

    def _next(self, key: str, level: int) -> str:
        number = self.counters.get((key, level), 0) + 1
        self.counters[(key, level)] = number
        for deeper in [k for k in self.counters if k[0] == key and k[1] > level]:
            del self.counters[deeper]  # a new item restarts the levels under it
        return f"{number}."


def _line(paragraph: Paragraph, numbering: _Numbering) -> str:
    text = inline(paragraph)
    if not text:
        return ""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    heading = _HEADING_STYLE.match(style)
    if style == "Title" or heading:
        level = int(heading.group(1)) if heading else 1
        return f"{'#' * min(level, 6)} {text.strip('*').strip() or text}"
    marker = numbering.marker(paragraph)
    if marker is not None:
        level, mark = marker
        return f"{'  ' * min(level, 8)}{mark} {text}"
    return text


def decode_docx(raw: bytes, name: str) -> str:
    """The document's paragraphs, one line each (see the module's description)."""
    document = open_document(raw, name)
    numbering = _Numbering(document)
    lines = [_line(paragraph, numbering) for paragraph in _paragraphs(document)]
    if not any(lines):
        raise ReadError("the document has no text", path=name)
    return "\n".join(lines)


# -- the lines as units -------------------------------------------------------------------


def _span(number: int, line: str, start: int = 0) -> Span:
    return Span(number, start + 1, number, len(line) + 1)


def _units(lines: list[str]) -> list[Unit]:
    units: list[Unit] = []
    items: list[Item] = []
    first_number = 0
    numbered = False

    def flush() -> None:
        if items:
            span = Span(items[0].span.line, 1, items[-1].span.end_line, items[-1].span.end_column)
            marker = "." if numbered else "-"
            units.append(
                Unit("bullets", span, items=tuple(items), start=first_number, marker=marker)
            )
            items.clear()

    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item = _ITEM.match(line)
        if item is not None:
            if not items:
                numbered = bool(item.group(2))
                first_number = int(item.group(2)) if numbered else 0
            text = item.group(3)
            items.append(Item(text, _span(number, line, item.start(3)), lead_of(text)))
            continue
        flush()
        heading = _HEADING.match(line)
        if heading is not None:
            level = len(heading.group(1))
            units.append(Unit("heading", _span(number, line), text=heading.group(2), level=level))
        else:
            units.append(
                Unit(
                    "paragraph",
                    _span(number, line),
                    text=line,
                    lead=lead_of(line),
                    line_spans=(_span(number, line),),
                )
            )
    flush()
    return units


def read_docx(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Draft:
    """Briefing data from a Word document's lines (as `decode_docx` gives them)."""
    lines = text.split("\n")
    front = FrontMatter(body_lines=lines)
    return build(
        _units(lines),
        front,
        name,
        markdown_link,
        lead_of=lead_of,
        every_line=True,
        lines=lines,
    )
