"""IPTC ninjs 3.1 and 2.2 ("News in JSON"), for syndication.

The item carries a plain-text body, an HTML body and a body with role `smartbrev` that
holds the canonical briefing JSON, so a smartbrev reader restores the exact briefing.
Only keys the official schemas define are written.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from smartbrev.formats import NINJS_ROLE, NINJS_TYPE
from smartbrev.model import Briefing, Speaker
from smartbrev.words import count
from smartbrev.writers.draft_parts import compose
from smartbrev.writers.html_writer import HtmlOptions, render_html
from smartbrev.writers.inline import safe_url, to_plain
from smartbrev.writers.plain import plain_body

SCHEMA_URIS = {
    "3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
    "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
}


def item_uri(doc: Briefing) -> str:
    """`meta.source_url`, else `urn:smartbrev:<id>` (a content hash when there is no id)."""
    if doc.meta is not None and doc.meta.source_url:
        return doc.meta.source_url
    if doc.id:
        return f"urn:smartbrev:{doc.id}"
    digest = hashlib.sha256(json.dumps(doc.to_data(), sort_keys=True).encode()).hexdigest()
    return f"urn:smartbrev:sha256-{digest[:32]}"


def _text_body(doc: Briefing) -> str:
    from smartbrev.writers.text_writer import _block

    stripped = Briefing(
        doc.schema_version, doc.lede, doc.blocks, headline=doc.headline, byline=doc.byline
    )
    return compose(stripped, lambda text: f"{text}\n{'=' * max(3, len(text))}", _block)


def _body(role: str, content_type: str, value: str, words: int) -> dict[str, Any]:
    return {
        "role": role,
        "contentType": content_type,
        "value": value,
        "charCount": len(value),
        "wordCount": words,
    }


def _is_time(value: str | None) -> bool:
    return value is not None and "T" in value


def ninjs(doc: Briefing, version: str = "3.1") -> dict[str, Any]:
    """The briefing as a ninjs item (keys in ninjs 3.x spelling; 2.2 is lower-cased)."""
    words = count(plain_body(doc))
    item: dict[str, Any] = {
        "uri": item_uri(doc),
        "standard": {"name": "ninjs", "version": version, "schema": SCHEMA_URIS[version]},
        "type": "text",
        "representationType": "full",
    }
    meta = doc.meta
    # ninjs times are date-times; a date alone (schema 1.2) travels only in the briefing.
    published = meta.published if meta is not None and _is_time(meta.published) else None
    updated = meta.updated if meta is not None and _is_time(meta.updated) else None
    if updated or published:
        item["versionCreated"] = updated or published
    if published:
        item["firstCreated"] = published
    if meta is not None and meta.language:
        item["language"] = meta.language
    if doc.id:
        item["slugline"] = doc.id
    if doc.headline:
        item["headlines"] = [
            {"role": "main", "contentType": "text/plain", "value": to_plain(doc.headline)}
        ]
    item["descriptions"] = [
        {"role": "summary", "contentType": "text/plain", "value": to_plain(doc.lede)}
    ]
    fragment = render_html(doc, HtmlOptions(fragment=True))
    canonical = json.dumps(doc.to_data(), ensure_ascii=False, indent=2)
    item["bodies"] = [
        _body("main", "text/plain", _text_body(doc), words),
        _body("main", "text/html", fragment, words),
        _body(NINJS_ROLE, NINJS_TYPE, canonical, words),
    ]
    if doc.byline is not None:
        item["by"] = doc.byline.text or ", ".join(a.name for a in doc.byline.authors)
    if doc.dateline:
        item["located"] = doc.dateline
    speakers = list(
        dict.fromkeys(
            content.name
            for block in doc.blocks
            for content in block.content or ()
            if isinstance(content, Speaker)
        )
    )
    if speakers:
        item["people"] = [{"name": name, "rel": "mentions"} for name in speakers]
    if meta is not None and meta.tags:
        item["subjects"] = [{"name": tag} for tag in meta.tags]
    links = [link for block in doc.blocks for link in block.links or () if safe_url(link.url)]
    if links:
        item["associations"] = [
            {"name": to_plain(link.title), "uri": link.url, "rel": "seeAlso", "type": "text"}
            for link in links
        ]
    if version == "2.2":
        return _version_2(item)
    return item


def _version_2(item: dict[str, Any]) -> dict[str, Any]:
    """ninjs 2.2 spells keys in lower case and has no `rel` on associations."""

    def lower(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {
                k.lower(): lower(v, k)
                for k, v in value.items()
                if not (key == "associations" and k == "rel")
            }
        if isinstance(value, list):
            return [lower(v, key) for v in value]
        return value

    converted: dict[str, Any] = lower(item)
    return converted


def write_ninjs(doc: Briefing) -> str:
    """The briefing as a ninjs 3.1 item."""
    return json.dumps(ninjs(doc, "3.1"), ensure_ascii=False, indent=2) + "\n"


def write_ninjs_22(doc: Briefing) -> str:
    """The briefing as a ninjs 2.2 item."""
    return json.dumps(ninjs(doc, "2.2"), ensure_ascii=False, indent=2) + "\n"
