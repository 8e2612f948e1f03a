"""schema.org NewsArticle JSON-LD for a briefing, safe to put inside a <script> element."""

from __future__ import annotations

import json
from typing import Any

from smartbrev.model import Briefing
from smartbrev.writers.inline import safe_url, to_plain
from smartbrev.writers.plain import plain_body


def news_article(doc: Briefing) -> dict[str, Any]:
    """The NewsArticle object."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    meta = doc.meta
    if doc.id:
        data["identifier"] = doc.id
    if doc.headline:
        data["headline"] = to_plain(doc.headline)
    data["abstract"] = to_plain(doc.lede)
    data["articleBody"] = plain_body(doc)
    if doc.byline is not None:
        data["author"] = [
            {"@type": "Person", "name": a.name, **({"jobTitle": a.role} if a.role else {})}
            for a in doc.byline.authors
        ]
    if meta is not None:
        if meta.published:
            data["datePublished"] = meta.published
        if meta.updated:
            data["dateModified"] = meta.updated
        if meta.language:
            data["inLanguage"] = meta.language
        if meta.tags:
            data["keywords"] = list(meta.tags)
        if meta.section:
            data["articleSection"] = meta.section
        if meta.source_url:
            data["url"] = meta.source_url
            data["mainEntityOfPage"] = meta.source_url
    if doc.dateline:
        data["dateline"] = doc.dateline
    if doc.image is not None and safe_url(doc.image.url):
        image: dict[str, Any] = {
            "@type": "ImageObject",
            "url": doc.image.url,
            "description": doc.image.alt,
        }
        if doc.image.caption:
            image["caption"] = to_plain(doc.image.caption)
        if doc.image.credit:
            image["creditText"] = doc.image.credit
        data["image"] = image
    links = [link for block in doc.blocks for link in block.links or () if safe_url(link.url)]
    if links:
        data["citation"] = [
            {"@type": "CreativeWork", "name": to_plain(link.title), "url": link.url}
            for link in links
        ]
        data["relatedLink"] = [link.url for link in links]
    if doc.corrections:
        data["correction"] = [
            {"@type": "CorrectionComment", "text": to_plain(c.text), "datePublished": c.date}
            for c in doc.corrections
        ]
    selectors = [".briefing-lede"]
    if doc.headline:
        selectors.insert(0, ".briefing-headline")
    if any(block.axiom == "why-it-matters" for block in doc.blocks):
        selectors.append('[data-axiom="why-it-matters"]')
    data["speakable"] = {"@type": "SpeakableSpecification", "cssSelector": selectors}
    return data


def script_json(data: Any) -> str:
    """JSON that cannot end its <script> element early or open a comment there."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
