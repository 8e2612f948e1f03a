"""The briefing as frozen records, and its mapping to and from plain data.

`Briefing.from_data` expects data that already passed the schema; `to_data` gives the
canonical plain-data form (keys in schema order, absent fields left out). Source spans
are carried for diagnostics but never take part in equality.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from smartbrev.diagnostics import Span
from smartbrev.record import Record


class Paragraph(Record, frozen=True):
    """A paragraph of inline text."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"span"})

    text: str
    span: Span | None = None


class Bullets(Record, frozen=True):
    """A list of inline items: bulleted, or numbered from `start`."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"span"})

    items: tuple[str, ...]
    span: Span | None = None
    start: int | None = None
    """A numbered list's first number (None for a bulleted list; schema 1.2 and later)."""


class Speaker(Record, frozen=True):
    """Someone quoted, with what they said."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"span"})

    name: str
    content: tuple[Paragraph | Bullets, ...] = ()
    role: str | None = None
    span: Span | None = None


ContentItem = Paragraph | Bullets | Speaker


class Link(Record, frozen=True):
    """A go-deeper entry: a title, with a URL when there is one."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"span"})

    title: str
    url: str | None = None
    span: Span | None = None


class Block(Record, frozen=True):
    """A labelled block."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"span"})

    axiom: str
    """Axiom id from the registry, or `custom`."""
    label: str
    """The label as written, without its trailing colon."""
    content: tuple[ContentItem, ...] | None = ()
    """The body; None only for a go-deeper block that has links and no body."""
    links: tuple[Link, ...] | None = None
    """Further reading; only a go-deeper block has links."""
    span: Span | None = None


class Author(Record, frozen=True):
    """One author."""

    name: str
    role: str | None = None


class Byline(Record, frozen=True):
    """Who wrote the briefing."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"span"})

    authors: tuple[Author, ...]
    text: str | None = None
    """The byline exactly as written."""
    outlet: str | None = None
    """The outlet or desk printed with the byline, e.g. "Axios Seattle" (schema 1.2)."""
    span: Span | None = None


class Meta(Record, frozen=True):
    """Publication metadata."""

    published: str | None = None
    updated: str | None = None
    language: str | None = None
    tags: tuple[str, ...] | None = None
    section: str | None = None
    description: str | None = None
    """A summary for listings and search (schema 1.2)."""
    source_url: str | None = None


class Image(Record, frozen=True):
    """The lead image (schema 1.1)."""

    url: str
    alt: str
    caption: str | None = None
    credit: str | None = None


class Correction(Record, frozen=True):
    """A correction notice (schema 1.1)."""

    date: str
    text: str


class Briefing(Record, frozen=True):
    """A Smart Brevity briefing: a lede, labelled blocks in order, an optional byline."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"lede_span", "headline_span"})

    schema_version: str
    """The schema version the briefing follows, `"MAJOR.MINOR"`."""
    lede: str
    """The unlabelled opening paragraph that tells the news (inline Markdown)."""
    blocks: tuple[Block, ...] = ()
    """The labelled blocks, in reading order: each an `axiom`, its `label` as written,
    and `content` (paragraphs, bullets, speakers) or `links`."""
    id: str | None = None
    """A slug naming the briefing."""
    headline: str | None = None
    """One line of inline text."""
    dateline: str | None = None
    """Where the story was filed from (schema 1.1 and later)."""
    image: Image | None = None
    """The lead image, with its caption and credit."""
    byline: Byline | None = None
    """The authors, and the byline as written."""
    meta: Meta | None = None
    """Publication dates, language, tags, source URL."""
    corrections: tuple[Correction, ...] | None = None
    """Corrections appended to the story, dated."""
    extensions: Mapping[str, Any] | None = None
    """Data of your own, under `x-` keys (reader notes say what a reader kept here)."""
    lede_span: Span | None = None
    headline_span: Span | None = None

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Briefing:
        """The model of a document that passed its schema."""
        return from_data(data)

    def to_data(self) -> dict[str, Any]:
        """The canonical plain-data form."""
        return to_data(self)


def _opt_tuple(values: Any) -> tuple[Any, ...] | None:
    return None if values is None else tuple(values)


def _content(items: list[Mapping[str, Any]]) -> tuple[ContentItem, ...]:
    result: list[ContentItem] = []
    for item in items:
        kind = item["type"]
        if kind == "paragraph":
            result.append(Paragraph(item["text"]))
        elif kind == "bullets":
            result.append(Bullets(tuple(item["items"]), start=item.get("start")))
        else:
            inner = _content(item.get("content", []))
            said = tuple(x for x in inner if not isinstance(x, Speaker))
            result.append(Speaker(item["name"], said, item.get("role")))
    return tuple(result)


def _block(data: Mapping[str, Any]) -> Block:
    content = data.get("content")
    links = data.get("links")
    return Block(
        axiom=data["axiom"],
        label=data["label"],
        content=None if content is None else _content(content),
        links=None if links is None else tuple(Link(x["title"], x.get("url")) for x in links),
    )


def from_data(data: Mapping[str, Any]) -> Briefing:
    """The model of a document that passed its schema."""
    byline = data.get("byline")
    meta = data.get("meta")
    image = data.get("image")
    corrections = data.get("corrections")
    return Briefing(
        schema_version=data["schema_version"],
        id=data.get("id"),
        headline=data.get("headline"),
        dateline=data.get("dateline"),
        lede=data["lede"],
        image=Image(**image) if image is not None else None,
        blocks=tuple(_block(b) for b in data.get("blocks", [])),
        byline=Byline(
            tuple(Author(a["name"], a.get("role")) for a in byline["authors"]),
            byline.get("text"),
            byline.get("outlet"),
        )
        if byline is not None
        else None,
        meta=Meta(**{**meta, "tags": _opt_tuple(meta.get("tags"))}) if meta is not None else None,
        corrections=tuple(Correction(c["date"], c["text"]) for c in corrections)
        if corrections is not None
        else None,
        extensions=dict(data["extensions"]) if "extensions" in data else None,
    )


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        out[key] = value


def _content_data(items: tuple[ContentItem, ...]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, Paragraph):
            result.append({"type": "paragraph", "text": item.text})
        elif isinstance(item, Bullets):
            bullets: dict[str, Any] = {"type": "bullets"}
            _put(bullets, "start", item.start)
            bullets["items"] = list(item.items)
            result.append(bullets)
        else:
            speaker: dict[str, Any] = {"type": "speaker", "name": item.name}
            _put(speaker, "role", item.role)
            speaker["content"] = _content_data(item.content)
            result.append(speaker)
    return result


def _block_data(block: Block) -> dict[str, Any]:
    out: dict[str, Any] = {"axiom": block.axiom, "label": block.label}
    if block.content is not None:
        out["content"] = _content_data(block.content)
    if block.links is not None:
        links = []
        for link in block.links:
            entry = {"title": link.title}
            _put(entry, "url", link.url)
            links.append(entry)
        out["links"] = links
    return out


def to_data(doc: Briefing) -> dict[str, Any]:
    """The canonical plain-data form of a briefing, keys in schema order."""
    out: dict[str, Any] = {"schema_version": doc.schema_version}
    _put(out, "id", doc.id)
    _put(out, "headline", doc.headline)
    _put(out, "dateline", doc.dateline)
    out["lede"] = doc.lede
    if doc.image is not None:
        image = {"url": doc.image.url, "alt": doc.image.alt}
        _put(image, "caption", doc.image.caption)
        _put(image, "credit", doc.image.credit)
        out["image"] = image
    out["blocks"] = [_block_data(b) for b in doc.blocks]
    if doc.byline is not None:
        authors = []
        for author in doc.byline.authors:
            entry = {"name": author.name}
            _put(entry, "role", author.role)
            authors.append(entry)
        byline: dict[str, Any] = {"authors": authors}
        _put(byline, "text", doc.byline.text)
        _put(byline, "outlet", doc.byline.outlet)
        out["byline"] = byline
    if doc.meta is not None:
        meta: dict[str, Any] = {}
        for key in (
            "published",
            "updated",
            "language",
            "tags",
            "section",
            "description",
            "source_url",
        ):
            value = getattr(doc.meta, key)
            _put(meta, key, list(value) if isinstance(value, tuple) else value)
        out["meta"] = meta
    if doc.corrections is not None:
        out["corrections"] = [{"date": c.date, "text": c.text} for c in doc.corrections]
    if doc.extensions is not None:
        out["extensions"] = dict(doc.extensions)
    return out


class Edition(Record, frozen=True):
    """A newsletter edition: its name and issue date, then its items, each a briefing."""

    edition_version: str
    newsletter: str
    issue_date: str
    items: tuple[Briefing, ...]
    id: str | None = None
    intro: str | None = None
    byline: Byline | None = None
    meta: Meta | None = None
    extensions: Mapping[str, Any] | None = None

    @classmethod
    def from_data(cls, data: Mapping[str, Any], items: tuple[Briefing, ...]) -> Edition:
        """The model of an edition that passed its schema, its items' models given."""
        shell = from_data({**data, "schema_version": "1.0", "lede": "", "blocks": []})
        return Edition(
            edition_version=data["edition_version"],
            newsletter=data["newsletter"],
            issue_date=data["issue_date"],
            items=items,
            id=data.get("id"),
            intro=data.get("intro"),
            byline=shell.byline,
            meta=shell.meta,
            extensions=shell.extensions,
        )

    def to_data(self) -> dict[str, Any]:
        """The canonical plain-data form, keys in schema order."""
        out: dict[str, Any] = {"edition_version": self.edition_version}
        _put(out, "id", self.id)
        out["newsletter"] = self.newsletter
        out["issue_date"] = self.issue_date
        _put(out, "intro", self.intro)
        shell = to_data(
            Briefing("1.0", "", byline=self.byline, meta=self.meta, extensions=self.extensions)
        )
        for key in ("byline", "meta"):
            _put(out, key, shell.get(key))
        out["items"] = [item.to_data() for item in self.items]
        _put(out, "extensions", shell.get("extensions"))
        return out
