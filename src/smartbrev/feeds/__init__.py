"""Feeds of briefings: Atom, RSS 2.0 and JSON Feed 1.1, one entry per briefing.

`entries.py` works out each entry once (id, title, HTML, dates, authors); one module per
family of formats writes them: `syndication.py` (Atom and RSS, through feedgen) and
`json_feed.py`.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import msgspec

from smartbrev.feeds.entries import Entry

FEED_FORMATS: tuple[str, ...] = ("atom", "rss", "jsonfeed")
"""The formats `smartbrev feed --to` writes."""


class Channel(msgspec.Struct, frozen=True):
    """What a feed says of itself."""

    title: str
    link: str | None = None
    """The site's URL (RSS requires one)."""
    id: str | None = None
    """The feed's own URI; by default the site's URL, else a UUID named by the title."""
    description: str | None = None

    @property
    def feed_id(self) -> str:
        """The feed's URI: stable for the same options, never the time."""
        if self.id:
            return self.id
        if self.link:
            return self.link
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'smartbrev-feed:' + self.title)}"


def updated(entries: list[Entry]) -> datetime:
    """When the feed last changed: its newest entry's update."""
    return max(e.updated for e in entries)


def common_language(entries: list[Entry]) -> str | None:
    """The language every entry shares, if they share one."""
    languages = {e.language for e in entries}
    return languages.pop() if len(languages) == 1 else None


def write_feed(entries: list[Entry], fmt: str, channel: Channel) -> str:
    """The entries (newest first, at least one) as a feed in `fmt`."""
    if fmt == "jsonfeed":
        from smartbrev.feeds.json_feed import json_feed

        return json_feed(entries, channel)
    from smartbrev.feeds.syndication import atom_feed, rss_feed

    return atom_feed(entries, channel) if fmt == "atom" else rss_feed(entries, channel)
