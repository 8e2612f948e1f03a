"""Turning the units of a draft (Markdown or plain text) into briefing data.

Both readers produce the same units, so labels, speakers, go-deeper links, the lede,
the headline and the byline are recognised by one set of rules. Nothing is dropped:
what cannot be placed exactly is kept nearby and reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import msgspec

from smartbrev.axioms import CUSTOM, match_label
from smartbrev.bylines import byline_line
from smartbrev.diagnostics import Diagnostic, Severity, Span
from smartbrev.pointer import Location
from smartbrev.readers.cues import (
    Label,
    custom_label_line,
    known_label_line,
    speaker_line,
    tidy,
)
from smartbrev.readers.frontmatter import FrontMatter
from smartbrev.readers.units import Item, Lead, Unit
from smartbrev.schema import store as schemas

WTS = "what-theyre-saying"
GO_DEEPER = "go-deeper"
_QUOTES = ('"', "\u201c", "\u201e", "\u00ab", "'", "\u2018")

LinkReader = Callable[[str], "tuple[str, str | None] | None"]
"""Reads one go-deeper line as (title, url), or None when it is prose."""


class Draft(msgspec.Struct):
    """What a draft reader produces: plain data, where each part is, and what it noticed."""

    data: dict[str, Any]
    locations: dict[str, Location]
    diagnostics: list[Diagnostic] = msgspec.field(default_factory=list)
    from_front_matter: frozenset[str] = frozenset()
    """Top-level fields taken from front matter rather than the body."""


def _join(first: Span, last: Span) -> Span:
    return Span(first.line, first.column, last.end_line, last.end_column)


class _Builder:
    def __init__(self, front: FrontMatter, path: str, link_of: LinkReader) -> None:
        self.front = front
        self.path = path
        self.link_of = link_of
        self.locations: dict[str, Location] = dict(front.locations)
        self.diagnostics: list[Diagnostic] = []
        self.headline: tuple[str, Span] | None = None
        self.lede: list[tuple[str, Span]] = []
        self.blocks: list[dict[str, Any]] = []
        self.speaker: dict[str, Any] | None = None
        """The speaker still taking paragraphs (opened by a `Name:` line)."""

    # -- diagnostics and positions --------------------------------------------------

    def note(self, code: str, name: str, message: str, span: Span, severity: Severity) -> None:
        self.diagnostics.append(Diagnostic(code, name, severity, message, self.path, span=span))

    def place(self, pointer: str, span: Span) -> None:
        self.locations[pointer] = Location(span)

    # -- blocks and content ---------------------------------------------------------

    def _block_pointer(self) -> str:
        return f"/blocks/{len(self.blocks) - 1}"

    def open_block(self, label: Label, span: Span) -> None:
        block: dict[str, Any] = {"axiom": label.axiom, "label": label.label}
        if label.axiom == GO_DEEPER:
            block["links"] = []
        else:
            block["content"] = []
        self.blocks.append(block)
        self.speaker = None
        pointer = self._block_pointer()
        self.place(pointer, span)
        self.place(f"{pointer}/label", span)
        self.place(f"{pointer}/axiom", span)

    def _content_list(self) -> tuple[list[dict[str, Any]], str]:
        block = self.blocks[-1]
        pointer = self._block_pointer()
        if self.speaker is not None:
            index = block["content"].index(self.speaker)
            return self.speaker["content"], f"{pointer}/content/{index}/content"
        return block.setdefault("content", []), f"{pointer}/content"

    def add_paragraph(self, text: str, span: Span) -> None:
        if not self.blocks:
            self.lede.append((text, span))
            return
        if self.blocks[-1]["axiom"] == GO_DEEPER and self._add_links([text], [span]):
            return
        items, pointer = self._content_list()
        items.append({"type": "paragraph", "text": text})
        self.place(f"{pointer}/{len(items) - 1}", span)
        self.place(f"{pointer}/{len(items) - 1}/text", span)

    def add_bullets(self, texts: list[str], spans: list[Span], span: Span) -> None:
        if not self.blocks:
            self.lede.append(("\n".join(f"- {t}" for t in texts), span))
            self.note(
                "SB022",
                "misplaced-content",
                "a list before the first label is kept in the lede as text",
                span,
                Severity.WARNING,
            )
            return
        if self.blocks[-1]["axiom"] == GO_DEEPER and self._add_links(texts, spans, bullets=True):
            return
        items, pointer = self._content_list()
        items.append({"type": "bullets", "items": list(texts)})
        where = f"{pointer}/{len(items) - 1}"
        self.place(where, span)
        for index, item_span in enumerate(spans):
            self.place(f"{where}/items/{index}", item_span)

    def _add_links(self, texts: list[str], spans: list[Span], *, bullets: bool = False) -> bool:
        links = []
        for text in texts:
            lines = text.split("\n") if not bullets else [text]
            for line in lines:
                link = self.link_of(line)
                if link is None:
                    return False
                links.append(link)
        block = self.blocks[-1]
        pointer = self._block_pointer()
        line_spans = spans if len(spans) == len(links) else [spans[0]] * len(links)
        for (title, url), span in zip(links, line_spans, strict=True):
            entry = {"title": title} if url is None else {"title": title, "url": url}
            block["links"].append(entry)
            where = f"{pointer}/links/{len(block['links']) - 1}"
            self.place(where, span)
            self.place(f"{where}/title", span)
            if url is not None:
                self.place(f"{where}/url", span)
        return True

    def open_speaker(self, name: str, role: str | None, span: Span, *, stays_open: bool) -> None:
        block = self.blocks[-1]
        speaker: dict[str, Any] = {"type": "speaker", "name": name}
        if role:
            speaker["role"] = role
        speaker["content"] = []
        block["content"].append(speaker)
        where = f"{self._block_pointer()}/content/{len(block['content']) - 1}"
        self.place(where, span)
        self.place(f"{where}/name", span)
        self.speaker = speaker if stays_open else None

    def add_speaker_item(self, item: Item) -> None:
        lead = item.lead
        assert lead is not None
        self.open_speaker(lead.label, lead.role, item.span, stays_open=True)
        if lead.rest:
            self.add_paragraph(lead.rest, item.span)
        for unit in item.more:
            self.add_content(unit)
        self.speaker = None

    # -- units ----------------------------------------------------------------------

    def in_block(self, axiom: str) -> bool:
        return bool(self.blocks) and self.blocks[-1]["axiom"] == axiom

    def label_of(self, unit: Unit) -> Label | None:
        if unit.kind == "heading":
            return Label(match_label(unit.text) or CUSTOM, tidy(unit.text), "")
        if unit.kind != "paragraph":
            return None
        lead = unit.lead
        if lead is not None:
            if self.in_block(WTS) and self._lead_is_speaker(lead):
                return None
            short_heading = len(lead.label.split()) <= 6 and not lead.label.rstrip().endswith(
                (".", "!", "?", "\u2026")
            )
            if lead.closed or match_label(lead.label) or short_heading:
                axiom = match_label(lead.label) or CUSTOM
                if lead.role is None:
                    return Label(axiom, tidy(lead.label), lead.rest)
            return None
        first, _, more = unit.text.partition("\n")
        label = known_label_line(first)
        if label is None and not self.in_block(WTS):
            label = custom_label_line(first)
        if label is None:
            return None
        rest = "\n".join(part for part in (label.rest, more) if part)
        return Label(label.axiom, label.label, rest)

    @staticmethod
    def _lead_is_speaker(lead: Lead) -> bool:
        if match_label(lead.label) is not None:
            return False
        return lead.role is not None or lead.rest.lstrip().startswith(_QUOTES)

    def add_content(self, unit: Unit) -> None:
        if unit.kind == "bullets":
            self._add_list(unit)
        else:
            self.add_paragraph(unit.text, unit.span)

    def _add_list(self, unit: Unit) -> None:
        run: list[Item] = []

        def flush() -> None:
            if run:
                self._add_plain_items(run, unit)
                run.clear()

        for item in unit.items:
            if self.in_block(WTS) and item.lead is not None and self._lead_is_speaker_item(item):
                flush()
                self.speaker = None  # a speaker item closes any speaker opened by a `Name:` line
                self.add_speaker_item(item)
            else:
                run.append(item)
        flush()

    @staticmethod
    def _lead_is_speaker_item(item: Item) -> bool:
        lead = item.lead
        return lead is not None and lead.closed and match_label(lead.label) is None

    def _flatten(self, items: Sequence[Item]) -> Iterator[tuple[str, Span]]:
        """Items in reading order; a nested list's items follow their parent's text."""
        for item in items:
            text, span = item.text, item.span
            for inner in item.more:
                if inner.kind != "bullets":
                    text = f"{text}\n\n{inner.text}" if text else inner.text
                    continue
                self.note(
                    "SB021",
                    "nested-list-flattened",
                    "a nested list is kept as items of its parent list",
                    inner.span,
                    Severity.INFO,
                )
                if text:
                    yield text, span
                text, span = "", inner.span
                yield from self._flatten(inner.items)
            if text:
                yield text, span

    def _add_plain_items(self, items: Sequence[Item], unit: Unit) -> None:
        flat = list(self._flatten(items))
        if not flat:
            flat = [("", unit.span)]
        texts = [text for text, _ in flat]
        spans = [span for _, span in flat]
        self.add_bullets(texts, spans, _join(spans[0], spans[-1]))

    def add_unit(self, unit: Unit) -> None:
        if (
            unit.kind == "heading"
            and unit.level == 1
            and self.headline is None
            and not self.lede
            and not self.blocks
        ):
            self.headline = (unit.text.strip(), unit.span)
            return
        label = self.label_of(unit)
        if label is not None:
            self.open_block(label, unit.span)
            if label.rest:
                self.add_paragraph(label.rest, unit.span)
            return
        if self.in_block(WTS) and unit.kind == "paragraph":
            if unit.lead is not None and self._lead_is_speaker(unit.lead):
                self.open_speaker(unit.lead.label, unit.lead.role, unit.span, stays_open=True)
                if unit.lead.rest:
                    self.add_paragraph(unit.lead.rest, unit.span)
                return
            first, _, more = unit.text.partition("\n")
            cue = speaker_line(first)
            if cue is not None and match_label(cue.name) is None:
                self.open_speaker(cue.name, cue.role, unit.span, stays_open=True)
                if more:
                    self.add_paragraph(more, unit.span)
                return
        self.add_content(unit)

    # -- the whole draft ------------------------------------------------------------

    def build(self, units: list[Unit]) -> Draft:
        units = list(units)
        start = units[0].span if units else None
        line = start.line if start else self.front.first_body_line
        self.place(
            "", Span(line, start.column if start else 1, line, (start.column if start else 1) + 1)
        )
        byline = self._take_byline(units)
        for unit in units:
            self.add_unit(unit)
        return self._finish(byline)

    def _take_byline(self, units: list[Unit]) -> tuple[str, Any, Span] | None:
        front = self.front.data.get("byline")
        for back in range(1, min(4, len(units)) + 1):
            unit = units[-back]
            if unit.kind != "paragraph" or unit.lead is not None:
                continue
            text = unit.text.strip().strip("*_").strip()
            cue = byline_line(text)
            matches_front = isinstance(front, dict) and front.get("text") == text
            if cue is None and not matches_front:
                continue
            if back > 1 and not (cue is not None and cue.explicit):
                continue
            if back == 1 and len(units) == 1:
                return None  # a lone paragraph is the lede, whatever it looks like
            trailing = units[len(units) - back + 1 :]
            del units[len(units) - back :]
            for extra in trailing:
                self.note(
                    "SB020",
                    "text-after-byline",
                    "text after the byline is kept at the end of the last block; "
                    "move it above the byline",
                    extra.span,
                    Severity.WARNING,
                )
            units.extend(trailing)
            return text, cue, unit.span
        return None

    def _finish(self, byline: tuple[str, Any, Span] | None) -> Draft:
        data: dict[str, Any] = {}
        front = dict(self.front.data)
        data["schema_version"] = front.pop("schema_version", schemas.LATEST)
        from_front = set(self.front.data)
        if self.headline is not None:
            data["headline"] = self.headline[0]
            self.place("/headline", self.headline[1])
            front.pop("headline", None)
            from_front.discard("headline")
        if self.lede:
            data["lede"] = "\n\n".join(text for text, _ in self.lede)
            self.place("/lede", _join(self.lede[0][1], self.lede[-1][1]))
        data["blocks"] = self.blocks
        if byline is not None:
            text, cue, span = byline
            from_front.discard("byline")  # its line is in the body, whoever holds the names
            self.place("/byline", span)
            self.place("/byline/text", span)
            if "byline" not in front and cue is not None:
                authors = []
                for index, (name, role) in enumerate(cue.authors):
                    author = {"name": name} if role is None else {"name": name, "role": role}
                    authors.append(author)
                    self.place(f"/byline/authors/{index}", span)
                data["byline"] = {"authors": authors, "text": text}
        for key, value in front.items():
            data[key] = value
        return Draft(data, self.locations, self.diagnostics, frozenset(from_front))


def build(units: list[Unit], front: FrontMatter, path: str, link_of: LinkReader) -> Draft:
    """Briefing data from a draft's units (front matter fields are merged in)."""
    return _Builder(front, path, link_of).build(units)
