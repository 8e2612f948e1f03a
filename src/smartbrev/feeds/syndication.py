"""Atom (RFC 4287) and RSS 2.0 feeds, written by feedgen.

Each entry's content is the briefing's HTML article; Atom entries name their authors,
RSS items name them with Dublin Core's `dc:creator` (RSS's own `author` holds an email
address, which a byline does not give). An RSS item's `guid` is a permalink only when
it is the briefing's page.
"""

from __future__ import annotations

from typing import Any

from smartbrev import __version__
from smartbrev.feeds import Channel, common_language, updated
from smartbrev.feeds.entries import Entry


def _generator(entries: list[Entry], channel: Channel, *, rss: bool) -> Any:
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    if rss:
        feed.load_extension("dc", atom=False, rss=True)
    feed.id(channel.feed_id)
    feed.title(channel.title)
    if rss or channel.description:  # Atom's subtitle is optional, RSS's description is not
        feed.description(channel.description or channel.title)
    if channel.link:
        feed.link(href=channel.link, rel="alternate")
    feed.updated(updated(entries))  # also RSS's lastBuildDate: never the time of the run
    feed.generator("smartbrev", version=__version__)
    language = common_language(entries)
    if language:
        feed.language(language)
    if any(not e.authors for e in entries):
        # Atom: an entry without an author takes the feed's, so the feed names one.
        feed.author({"name": channel.title})
    for entry in entries:
        item = feed.add_entry(order="append")
        item.id(entry.id)
        item.guid(entry.id, permalink=entry.id == entry.link)
        item.title(entry.title)
        item.description(entry.summary, isSummary=True)  # Atom's summary, RSS's description
        item.content(entry.html, type="html")  # RSS: content:encoded
        item.published(entry.published)
        item.updated(entry.updated)
        if entry.link:
            item.link(href=entry.link, rel="alternate")
        for name in entry.authors:
            if rss:
                item.dc.dc_creator(name)
            else:
                item.author({"name": name})
        for tag in entry.tags:
            item.category(term=tag)
    return feed


def atom_feed(entries: list[Entry], channel: Channel) -> str:
    """The entries as an Atom feed document."""
    raw: bytes = _generator(entries, channel, rss=False).atom_str(pretty=True)
    return raw.decode("utf-8")


def rss_feed(entries: list[Entry], channel: Channel) -> str:
    """The entries as an RSS 2.0 channel (it needs the site's link)."""
    raw: bytes = _generator(entries, channel, rss=True).rss_str(pretty=True)
    return raw.decode("utf-8")
