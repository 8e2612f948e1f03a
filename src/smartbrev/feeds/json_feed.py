"""JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/)."""

from __future__ import annotations

import json
from typing import Any

from smartbrev.feeds import Channel, common_language
from smartbrev.feeds.entries import Entry

VERSION = "https://jsonfeed.org/version/1.1"


def _item(entry: Entry) -> dict[str, Any]:
    item: dict[str, Any] = {"id": entry.id}
    if entry.link:
        item["url"] = entry.link
    item["title"] = entry.title
    item["content_html"] = entry.html
    item["summary"] = entry.summary
    if entry.image:
        item["image"] = entry.image
    item["date_published"] = entry.published.isoformat()
    item["date_modified"] = entry.updated.isoformat()
    if entry.authors:
        item["authors"] = [{"name": name} for name in entry.authors]
    if entry.tags:
        item["tags"] = list(entry.tags)
    if entry.language:
        item["language"] = entry.language
    return item


def json_feed(entries: list[Entry], channel: Channel) -> str:
    """The entries as a JSON Feed 1.1 document."""
    feed: dict[str, Any] = {"version": VERSION, "title": channel.title}
    if channel.link:
        feed["home_page_url"] = channel.link
    if channel.description:
        feed["description"] = channel.description
    language = common_language(entries)
    if language:
        feed["language"] = language
    feed["items"] = [_item(entry) for entry in entries]
    return json.dumps(feed, indent=2, ensure_ascii=False) + "\n"
