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
from smartbrev.diagnostics import Diagnostic, Severity, Span
from smartbrev.pointer import Location
from smartbrev.readers.cues import (
    Label,
    custom_label_line,
    known_label_line,
    label_axiom,
    speaker_line,
    tidy,
)
from smartbrev.readers.frontmatter import FrontMatter
from smartbrev.readers.frontmatter_fields import map_front_matter
from smartbrev.readers.furniture import body_furniture, plain
from smartbrev.readers.older_versions import fit_to_version
from smartbrev.readers.page import STRONG, Page, furniture_list, read_page
from smartbrev.readers.split import LeadReader, split_units
from smartbrev.readers.units import NUMBERED, Item, Lead, Unit
from smartbrev.schema import store as schemas

NOT_A_BRIEFING = "SB006"
"""A draft with neither a lede nor any label: reported instead of the schema's errors."""
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
    set_aside: frozenset[int] = frozenset()
    """Lines whose text is not the story's (furniture, metadata, further items, the
    byline), compared apart when a conversion checks that every word is kept."""
    single: Draft | None = None
    """For a newsletter page read as an edition: the page read as one briefing (its first
    item, the further items set aside), for tools that hold one briefing at a time."""


def _join(first: Span, last: Span) -> Span:
    return Span(first.line, first.column, last.end_line, last.end_column)


class _Builder:
    def __init__(self, front: FrontMatter, path: str, link_of: LinkReader) -> None:
        self.front = front
        self.path = path
        self.link_of = link_of
        self.locations: dict[str, Location] = dict(front.locations)
        self.diagnostics: list[Diagnostic] = []
        self.lede: list[tuple[str, Span]] = []
        self.lede_written = False
        """Whether a paragraph opens the draft (a list there is kept in the lede, but a
        title with lists under it is not a briefing)."""
        self.blocks: list[dict[str, Any]] = []
        self.speaker: dict[str, Any] | None = None
        """The speaker still taking paragraphs (opened by a `Name:` line)."""
        self.speaker_at = 0
        """Where that speaker stands in its block's content (found by looking would take
        time in the square of a block's speakers)."""
        self.furniture: list[tuple[int, int, int, str]] = []
        self.numbered: list[tuple[dict[str, Any], Span]] = []
        """Numbered lists, in case the schema version named has no numbers for them."""
        self.aside_lines: set[int] = set()
        self.lines: list[str] | None = None
        self.first_line = front.first_body_line
        self.bare_titles = True
        self.editions = True
        """Whether a page holding several newsletter items is read as an edition."""

    # -- diagnostics and positions --------------------------------------------------

    def note(
        self,
        code: str,
        name: str,
        message: str,
        span: Span,
        severity: Severity,
        help: str | None = None,
    ) -> None:
        self.diagnostics.append(
            Diagnostic(code, name, severity, message, self.path, span=span, help=help)
        )

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
            return self.speaker["content"], f"{pointer}/content/{self.speaker_at}/content"
        return block.setdefault("content", []), f"{pointer}/content"

    def add_paragraph(self, text: str, span: Span, *, wrapped: bool = False) -> None:
        """A paragraph of the lede or of the open block (a go-deeper block's lines are
        its links). A paragraph wrapped to a width reads as one line again."""
        if (
            self.blocks
            and self.blocks[-1]["axiom"] == GO_DEEPER
            and self._add_links([text], [span])
        ):
            return
        if wrapped:
            text = " ".join(text.split("\n"))
        if not self.blocks:
            self.lede.append((text, span))
            self.lede_written = True
            return
        items, pointer = self._content_list()
        items.append({"type": "paragraph", "text": text})
        self.place(f"{pointer}/{len(items) - 1}", span)
        self.place(f"{pointer}/{len(items) - 1}/text", span)

    def add_bullets(
        self,
        texts: list[str],
        spans: list[Span],
        span: Span,
        marker: str = "-",
        start: int | None = None,
    ) -> None:
        if not self.blocks:
            for number, (text, item_span) in enumerate(zip(texts, spans, strict=True)):
                mark = marker if start is None else f"{start + number}{marker}"
                self.lede.append((f"{mark} {text}", item_span))
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
        bullets: dict[str, Any] = {"type": "bullets"}
        if start is not None:
            bullets["start"] = start
            self.numbered.append((bullets, span))
        bullets["items"] = list(texts)
        items.append(bullets)
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
        self.speaker_at = len(block["content"]) - 1

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
            return Label(label_axiom(tidy(unit.text)) or CUSTOM, tidy(unit.text), "")
        if unit.kind != "paragraph":
            return None
        lead = unit.lead
        if lead is not None:
            if self.in_block(WTS) and self._lead_is_speaker(lead):
                return None
            short_heading = len(lead.label.split()) <= 6 and not lead.label.rstrip().endswith(
                (".", "!", "?", "\u2026")
            )
            known = label_axiom(tidy(lead.label))
            if lead.closed or known or short_heading:
                axiom = known or CUSTOM
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
            self.add_paragraph(unit.text, unit.span, wrapped=unit.wrapped)

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
                continue
            label = self._item_label(item) if not self.blocks else None
            if label is not None:
                # A label opening a bullet under the lede (as newsletters lay them out)
                # opens its block; the bullets after it are that block's. Inside a block,
                # "Details: ..." in a list is an item like any other.
                flush()
                self.open_block(label, item.span)
                if label.rest:
                    self.add_paragraph(label.rest, item.span)
                for inner in item.more:
                    self.add_content(inner)
                continue
            run.append(item)
        flush()

    def _item_label(self, item: Item) -> Label | None:
        """A registry label opening a bullet item ("• Why it matters: ..."): a label with
        text after it; a bullet that is only a label's words is an item like any other."""
        lead = item.lead
        if lead is not None:
            axiom = label_axiom(tidy(lead.label))
            if axiom is None or lead.role is not None or not (lead.rest or item.more):
                return None
            return Label(axiom, tidy(lead.label), lead.rest)
        first, _, more = item.text.partition("\n")
        label = known_label_line(first)
        if label is None or not label.rest or (label.axiom == WTS and self.in_block(WTS)):
            return None
        return Label(label.axiom, label.label, "\n".join(p for p in (label.rest, more) if p))

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
        start = unit.start if unit.marker in NUMBERED else None
        self.add_bullets(texts, spans, _join(spans[0], spans[-1]), unit.marker, start)

    def opens_block(self, unit: Unit) -> bool:
        """Whether a unit starts a labelled block before the story has begun (there a
        heading is a label only when the registry knows it: otherwise it is a title)."""
        label = self.label_of(unit)
        return label is not None and (unit.kind != "heading" or label.axiom != CUSTOM)

    def add_unit(self, unit: Unit) -> None:
        if unit.kind in ("rule", "image") and not unit.text:
            return
        if unit.kind == "image":
            self.add_content(Unit("paragraph", unit.span, text=f"![{unit.text}]({unit.url})"))
            return
        if unit.kind == "paragraph" and "\n" not in unit.text.strip():
            kind = body_furniture(unit.text)
            if kind in STRONG or kind == "promotion":
                self.set_aside(plain(unit.text), unit.span)
                return
        if furniture_list(unit):
            for item in unit.items:
                self.set_aside(plain(item.text), item.span)
            return
        label = self.label_of(unit)
        if label is not None:
            self.open_block(label, unit.span)
            if label.rest:
                self.add_paragraph(label.rest, unit.span, wrapped=unit.wrapped)
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
                    self.add_paragraph(more, unit.span, wrapped=unit.wrapped)
                return
        self.add_content(unit)

    def set_aside(self, text: str, span: Span) -> None:
        """Keep page furniture apart from the story, and say so."""
        self.furniture.append((span.line, span.column, len(self.furniture), text))
        self.aside_lines.update(range(span.line, span.end_line + 1))
        self.note(
            "SB023",
            "page-furniture",
            f"{_quote(text)} reads as page furniture, not story: it is kept under "
            "`extensions.x-furniture`; delete it if it does not belong",
            span,
            Severity.INFO,
        )

    # -- the whole draft ------------------------------------------------------------

    def build(self, units: list[Unit], every_line: bool, lead_of: LeadReader | None) -> Draft:
        units = split_units(units, every_line=every_line, lead_of=lead_of)
        start = units[0].span if units else None
        line = start.line if start else self.front.first_body_line
        self.place(
            "", Span(line, start.column if start else 1, line, (start.column if start else 1) + 1)
        )
        page, story = read_page(units, self.opens_block, bare_titles=self.bare_titles)
        for found in page.furniture:
            self.set_aside(found.text, found.span)
        for unit in story:
            self.add_unit(unit)
        for extra in page.after_byline:
            self.note(
                "SB020",
                "text-after-byline",
                "text after the byline is kept at the end of the last block; "
                "move it above the byline",
                extra.span,
                Severity.WARNING,
            )
            self.add_unit(extra)
        draft = self._finish(page)
        if not page.rest or not self.editions:
            return draft
        from smartbrev.readers.edition import edition_of

        def read_item(item: list[Unit]) -> Draft:
            builder = _Builder(FrontMatter(), self.path, self.link_of)
            builder.editions = False
            return builder.build(item, every_line, lead_of)

        return edition_of(draft, page, self.furniture, read_item, self.opens_block, self.path)

    def _more_items(self, page: Page) -> str | None:
        if page.more_items is None:
            return None
        first = page.more_items.line
        if self.lines is not None:
            offset = first - self.first_line
            text = "\n".join(self.lines[offset:]).strip()
            self.aside_lines.update(range(first, self.first_line + len(self.lines)))
        else:
            text = "\n\n".join(filter(None, map(_written, page.rest)))
        self.note(
            "SB025",
            "more-items",
            "the page holds further items from here on (a newsletter?): the briefing is the "
            "first item, and the rest is kept under `extensions.x-more-items`; split it into "
            "briefings of their own",
            page.more_items,
            Severity.WARNING,
        )
        return text or None

    def _finish(self, page: Page) -> Draft:
        front = self.front.data
        mapped = map_front_matter(front)
        data: dict[str, Any] = {}
        fields = dict(mapped.fields)
        data["schema_version"] = fields.pop("schema_version", schemas.LATEST)
        self._unnumber(data["schema_version"])
        from_front = set(fields)
        for key in mapped.kept:
            self.note(
                "SB024",
                "front-matter-kept",
                f"front matter key `{key}` has no field in the briefing: it is kept under "
                f"`extensions.{mapped.kept[key]}`",
                self._front_span(key),
                Severity.INFO,
            )
        for pointer, key in mapped.sources.items():
            # A field read from a key of another name (`title:`) is where that key is.
            where = self.locations.get(f"/{key}")
            if where is not None and pointer not in self.locations:
                self.locations[pointer] = where
        if page.headline is not None and "headline" not in fields:
            data["headline"] = page.headline.text
            self.place("/headline", page.headline.span)
        if self.lede:
            data["lede"] = "\n\n".join(text for text, _ in self.lede)
            self.place("/lede", _join(self.lede[0][1], self.lede[-1][1]))
        if not (self.lede_written or self.blocks or "lede" in fields):
            self.note(
                NOT_A_BRIEFING,
                "not-a-briefing",
                "the file has neither a lede nor any label, so it is not a briefing",
                self.locations[""].value,
                Severity.ERROR,
                help="leave files that are not briefings out with `exclude` in the "
                "configuration, or write the lede: the opening paragraph that tells the news",
            )
        data["blocks"] = self.blocks
        meta = dict(page.meta)
        if page.image is not None and "image" not in fields:
            data["image"] = page.image
            if page.image_spans:
                self.place("/image", page.image_spans[0])
            for span in page.image_spans:
                self.aside_lines.update(range(span.line, span.end_line + 1))
        byline = page.byline
        if byline is not None:
            from_front.discard("byline")  # its line is in the body, whoever holds the names
            for span in byline.lines:
                self.aside_lines.update(range(span.line, span.end_line + 1))
            self.place("/byline", byline.span)
            self.place("/byline/text", byline.span)
            if "byline" not in fields:
                authors = []
                for index, (name, role) in enumerate(byline.cue.authors):
                    author = {"name": name} if role is None else {"name": name, "role": role}
                    authors.append(author)
                    self.place(f"/byline/authors/{index}", byline.span)
                entry: dict[str, Any] = {"authors": authors, "text": byline.text}
                if byline.outlet is not None:
                    entry["outlet"] = byline.outlet
                data["byline"] = entry
                if byline.published is not None:
                    meta.setdefault("published", byline.published)
        for span in page.meta_spans:
            self.aside_lines.update(range(span.line, span.end_line + 1))
        if meta:
            own = fields.get("meta")
            fields["meta"] = {**meta, **own} if isinstance(own, dict) else meta
        extensions: dict[str, Any] = {}
        if self.furniture:
            extensions["x-furniture"] = [text for *_, text in sorted(self.furniture)]
        more = self._more_items(page)
        if more is not None:
            extensions["x-more-items"] = more
        if extensions:
            own = fields.get("extensions")
            fields["extensions"] = {**own, **extensions} if isinstance(own, dict) else extensions
        for key, value in fields.items():
            if key not in data:
                data[key] = value
        self._fit(data, front)
        return Draft(
            data,
            self.locations,
            self.diagnostics,
            frozenset(from_front),
            frozenset(self.aside_lines),
        )

    def _unnumber(self, version: object) -> None:
        """Numbered lists kept as bullets, and said so, when the schema version the draft
        names has no numbered lists (1.0 and 1.1)."""
        if not self.numbered or version not in schemas.SCHEMA_VERSIONS:
            return
        bullets = schemas.load_schema(str(version))["$defs"]["bullets"]["properties"]
        if "start" in bullets:
            return
        for listed, span in self.numbered:
            del listed["start"]
            self.note(
                "SB027",
                "numbers-not-kept",
                f"a numbered list is kept as bullets: schema {version} has no numbered lists",
                span,
                Severity.WARNING,
                help='declare `schema_version: "1.2"` (or later) to keep the numbers',
            )

    def _fit(self, data: dict[str, Any], front: dict[str, Any]) -> None:
        """What the reader found that the declared schema version has no field for, kept
        under `extensions` and said so (see `older_versions`)."""
        version = data["schema_version"]
        for moved in fit_to_version(data, version, front):
            pointer = moved.pointer
            while pointer and pointer not in self.locations:
                pointer = pointer.rsplit("/", 1)[0]
            where = self.locations.get(pointer) if pointer else None
            span = where.value if where is not None else self._front_span("schema_version")
            what = _quote(moved.value) if isinstance(moved.value, str) else "it"
            if moved.extension:
                self.place(f"/extensions/{moved.extension}", span)
                kept, keep = f"is kept under `extensions.{moved.extension}`", "it in its field"
            else:
                kept, keep = "is kept as a `custom` label", "the label's axiom"
            self.note(
                "SB028",
                "kept-for-older-version",
                f"schema {version} {moved.why}: {what} {kept}",
                span,
                Severity.WARNING,
                help=f'declare `schema_version: "{schemas.LATEST}"` to keep {keep}',
            )

    def _front_span(self, key: str) -> Span:
        where = self.locations.get(f"/{key}")
        if where is not None:
            return where.key or where.value
        return Span(1, 1, 1, 2)


def _written(unit: Unit) -> str:
    """A unit's text as a draft would write it (for text kept as it is, apart)."""
    if unit.kind == "bullets":
        return "\n".join(f"- {item.text}" for item in unit.items)
    if unit.kind == "heading":
        return f"{'#' * max(unit.level, 1)} {unit.text}"
    return unit.text


def _quote(text: str) -> str:
    short = text if len(text) <= 60 else text[:57] + "..."
    return f"“{short}”"


def build(
    units: list[Unit],
    front: FrontMatter,
    path: str,
    link_of: LinkReader,
    *,
    lead_of: LeadReader | None = None,
    every_line: bool = False,
    lines: list[str] | None = None,
    bare_titles: bool = True,
) -> Draft:
    """Briefing data from a draft's units (front matter fields are merged in).

    `lines` are the draft's body lines, when it has any (Markdown and text): further
    items of a newsletter are kept as they are written there.
    """
    builder = _Builder(front, path, link_of)
    builder.lines = lines
    builder.bare_titles = bare_titles
    return builder.build(units, every_line, lead_of)
