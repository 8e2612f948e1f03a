"""Feed entries: what a feed says of each briefing, worked out once for every feed format.

An entry's id never depends on when the feed is made: it is the briefing's
`meta.source_url` when it has one, else a name-based UUID (RFC 4122, version 5) of the
feed's id and the briefing's `id`, else of the feed's id and the briefing's content. A
newsletter edition gives one entry per item (see `entries_of`).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime, timezone

import msgspec

from smartbrev.model import Briefing, Edition
from smartbrev.writers.html_writer import HtmlOptions, render_html
from smartbrev.writers.inline import safe_url, to_plain

TITLE_LENGTH = 70
"""Characters of the lede a briefing without a headline is titled with."""


class Entry(msgspec.Struct, frozen=True):
    """One briefing as a feed entry."""

    id: str
    """A URI naming the entry for good (the same briefing gives the same id every run)."""
    title: str
    """The headline as plain text (or the lede's opening when there is none)."""
    html: str
    """The briefing as an HTML article (no page, no script)."""
    summary: str
    """`meta.description`, else the lede, as plain text."""
    published: datetime
    updated: datetime
    """`meta.updated`, else the published time."""
    name: str
    """The file the briefing was read from (item N of an edition named as such)."""
    link: str | None = None
    """The briefing's page (`meta.source_url`), when it is an http(s) URL."""
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    language: str | None = None
    image: str | None = None
    """The lead image's URL, when it is an http(s) URL."""


def moment(value: str) -> datetime:
    """A schema date (`YYYY-MM-DD`) or RFC 3339 date-time as an aware datetime; a date
    alone is midnight UTC of that day."""
    text = value.strip().upper().replace("Z", "+00:00")
    if "T" not in text:
        return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
    head, sep, rest = text.partition(".")
    if sep:  # fractions of a second: Python 3.10 reads 3 or 6 digits only
        digits = len(rest) - len(rest.lstrip("0123456789"))
        fraction = rest[:digits][:6].ljust(6, "0")
        text = f"{head}.{fraction}{rest[digits:]}"
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def _entry_id(doc: Briefing, feed_id: str) -> str:
    url = doc.meta.source_url if doc.meta else None
    if url and safe_url(url) and not url.startswith("mailto:"):
        return url
    space = uuid.uuid5(uuid.NAMESPACE_URL, feed_id)
    if doc.id:
        return f"urn:uuid:{uuid.uuid5(space, 'id:' + doc.id)}"
    canonical = json.dumps(doc.to_data(), sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return f"urn:uuid:{uuid.uuid5(space, 'content:' + digest)}"


def entry(doc: Briefing, name: str, feed_id: str) -> Entry | None:
    """The feed entry of a briefing, or None when it has no `meta.published` (not yet
    published: left out of the feed)."""
    meta = doc.meta
    if meta is None or meta.published is None:
        return None
    published = moment(meta.published)
    url = safe_url(meta.source_url) if meta.source_url else None
    image = safe_url(doc.image.url) if doc.image else None
    return Entry(
        id=_entry_id(doc, feed_id),
        title=to_plain(doc.headline) if doc.headline else to_plain(doc.lede)[:TITLE_LENGTH],
        html=render_html(doc, HtmlOptions(fragment=True)),
        summary=to_plain(meta.description or doc.lede),
        published=published,
        updated=max(published, moment(meta.updated)) if meta.updated else published,
        name=name,
        link=url if url and not url.startswith("mailto:") else None,
        authors=tuple(a.name for a in doc.byline.authors) if doc.byline else (),
        tags=meta.tags or (),
        language=meta.language,
        image=image if image and not image.startswith("mailto:") else None,
    )


def entries_of(doc: Briefing | Edition, name: str, feed_id: str) -> tuple[list[Entry], list[str]]:
    """A document's entries, and the names of its briefings left out for want of a
    published date. An edition gives each item as an entry of its own: an item that
    names no author or date has the edition's byline and issue date (as `convert
    --split` writes it)."""
    if isinstance(doc, Briefing):
        found = entry(doc, name, feed_id)
        return ([found], []) if found else ([], [name])
    from smartbrev.convert import split

    entries, undated = [], []
    for number, item in enumerate(split(doc), 1):
        item_name = f"{name} (item {number})"
        found = entry(item, item_name, feed_id)
        if found:
            entries.append(found)
        else:
            undated.append(item_name)
    return entries, undated


def newest_first(entries: list[Entry], limit: int | None = None) -> list[Entry]:
    """Entries by published time, newest first (ties in file order by name), at most `limit`."""
    ordered = sorted(entries, key=lambda e: e.name)
    ordered.sort(key=lambda e: e.published, reverse=True)
    return ordered if limit is None else ordered[:limit]
