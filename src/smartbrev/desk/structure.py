"""What the reader found in a draft, laid out for the writer: headline, lede, each block with
its axiom id, speakers and links, the byline; each with the line it was read from."""

from __future__ import annotations

from typing import Any

import msgspec

from smartbrev.desk import engine

PREVIEW_CHARS = 90
"""How much of a paragraph the outline shows."""


class Place(msgspec.Struct, frozen=True):
    """A range of the draft: 1-based line and column, end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


class Part(msgspec.Struct, frozen=True, omit_defaults=True):
    """One piece of a block's body."""

    kind: str
    """paragraph, bullets or speaker."""
    text: str = ""
    name: str | None = None
    role: str | None = None
    said: int = 0
    """For a speaker: how many paragraphs and lists are attributed to them."""
    items: int = 0
    """For a list: how many entries it has."""


class Link(msgspec.Struct, frozen=True, omit_defaults=True):
    title: str
    url: str | None = None


class Block(msgspec.Struct, frozen=True):
    axiom: str
    label: str
    line: int | None = None
    label_at: Place | None = None
    """Where the label itself is written, for the editor to mark."""
    parts: list[Part] = msgspec.field(default_factory=list)
    links: list[Link] | None = None


class Line(msgspec.Struct, frozen=True):
    """A one-line field (headline, lede, byline) and where it was read."""

    text: str
    line: int | None = None


class Structure(msgspec.Struct, frozen=True):
    schema_version: str | None = None
    headline: Line | None = None
    lede: Line | None = None
    blocks: list[Block] = msgspec.field(default_factory=list)
    byline: Line | None = None
    authors: list[str] = msgspec.field(default_factory=list)
    published: str | None = None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1].rstrip() + "…"


def _line(source: engine.Source, pointer: str) -> int | None:
    where = source.locate(pointer)
    return where.value.line if where is not None else None


def _parts(items: Any) -> list[Part]:
    parts: list[Part] = []
    for item in map(_dict, _list(items)):
        kind = item.get("type")
        if kind == "paragraph":
            parts.append(Part("paragraph", _short(_text(item.get("text")) or "")))
        elif kind == "bullets":
            entries = _list(item.get("items"))
            first = _text(entries[0]) if entries else None
            parts.append(Part("bullets", _short(first or ""), items=len(entries)))
        elif kind == "speaker":
            parts.append(
                Part(
                    "speaker",
                    name=_text(item.get("name")) or "",
                    role=_text(item.get("role")),
                    said=len(_list(item.get("content"))),
                )
            )
    return parts


def _label_at(source: engine.Source, index: int, label: str) -> Place | None:
    """Where a block's label is written: the reader places the line; the label is found in it."""
    line = _line(source, f"/blocks/{index}/label") or _line(source, f"/blocks/{index}")
    lines = source.text.split("\n")
    if line is None or not label or line > len(lines):
        return None
    written = lines[line - 1]
    start = written.find(label)
    if start < 0:
        start = written.lower().find(label.lower())
    if start < 0:
        return None
    end = start + len(label)
    if written[end : end + 1] == ":":
        end += 1
    return Place(line, start + 1, line, end + 1)


def _blocks(source: engine.Source, blocks: Any, mark_labels: bool) -> list[Block]:
    found: list[Block] = []
    for index, block in enumerate(map(_dict, _list(blocks))):
        label = _text(block.get("label")) or ""
        found.append(
            Block(
                axiom=_text(block.get("axiom")) or "",
                label=label,
                line=_line(source, f"/blocks/{index}"),
                label_at=_label_at(source, index, label) if mark_labels else None,
                parts=_parts(block.get("content")),
                links=[
                    Link(_text(link.get("title")) or "", _text(link.get("url")))
                    for link in map(_dict, _list(block.get("links")))
                ]
                if "links" in block
                else None,
            )
        )
    return found


def outline(source: engine.Source, draft: bool) -> Structure:
    """The structure of a source as read (valid or not); labels are placed in drafts."""
    data = source.data
    headline = _text(data.get("headline"))
    lede = _text(data.get("lede"))
    byline = _dict(data.get("byline"))
    authors = [_dict(author) for author in _list(byline.get("authors"))]
    names = [name for author in authors if (name := _text(author.get("name")))]
    byline_text = _text(byline.get("text")) or ", ".join(names)
    meta = _dict(data.get("meta"))
    return Structure(
        schema_version=_text(data.get("schema_version")),
        headline=Line(headline, _line(source, "/headline")) if headline else None,
        lede=Line(_short(lede), _line(source, "/lede")) if lede else None,
        blocks=_blocks(source, data.get("blocks"), draft),
        byline=Line(byline_text, _line(source, "/byline")) if byline_text else None,
        authors=names,
        published=_text(meta.get("published")),
    )
