"""What an HTML page says about its story outside the story's text: schema.org JSON-LD,
`<html lang>`, `<link rel="canonical">`, `<meta>` tags and `<time datetime>`.

Only values the schema accepts are kept, so a best-effort briefing still validates.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from smartbrev.dates import iso_date
from smartbrev.readers.metadata import is_datetime, is_language
from smartbrev.schema import store as schemas

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
_META_DATES = (
    ("article:published_time", "published"),
    ("article:modified_time", "updated"),
    ("og:updated_time", "updated"),
)


def news_article(document: HtmlElement) -> dict[str, Any]:
    """The page's schema.org Article (or NewsArticle, ...) from its JSON-LD, or {}."""
    for script in document.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):  # not JSON, or nested past Python's stack
            continue
        candidates = data.get("@graph", [data]) if isinstance(data, dict) else data
        for candidate in candidates if isinstance(candidates, list) else []:
            if isinstance(candidate, dict) and "Article" in str(candidate.get("@type", "")):
                return candidate
    return {}


def _meta_content(document: HtmlElement, key: str) -> str | None:
    for element in document.iter("meta"):
        if key in (element.get("property"), element.get("name")):
            content = (element.get("content") or "").strip()
            if content:
                return content
    return None


def _head_meta(document: HtmlElement, root: HtmlElement) -> dict[str, Any]:
    """Metadata from the page's tags, for what JSON-LD does not say."""
    meta: dict[str, Any] = {}
    for key, target in _META_DATES:
        value = iso_date(_meta_content(document, key))
        if value is not None:
            meta.setdefault(target, value)
    if "published" not in meta:
        for time in root.iter("time"):
            value = iso_date(time.get("datetime"))
            if value is not None:
                meta["published"] = value
                break
    language = document.get("lang") or _meta_content(document, "og:locale")
    if is_language(language):
        meta["language"] = str(language).replace("_", "-")
    section = _meta_content(document, "article:section")
    if section:
        meta["section"] = section
    for link in document.iter("link"):
        href = (link.get("href") or "").strip()
        if "canonical" in (link.get("rel") or "").split() and href.startswith(
            ("http://", "https://")
        ):
            meta["source_url"] = href
            break
    description = _meta_content(document, "description") or _meta_content(
        document, "og:description"
    )
    if description:
        meta["description"] = " ".join(description.split())
    return meta


def _json_ld_meta(article: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for source, target in (("datePublished", "published"), ("dateModified", "updated")):
        value = article.get(source)
        if is_datetime(value):
            meta[target] = value
    language = article.get("inLanguage")
    if is_language(language):
        meta["language"] = language
    keywords = article.get("keywords")
    if isinstance(keywords, str):
        keywords = [k.strip() for k in keywords.split(",") if k.strip()]
    if isinstance(keywords, list) and keywords and all(isinstance(k, str) for k in keywords):
        meta["tags"] = list(dict.fromkeys(keywords))
    if isinstance(article.get("articleSection"), str):
        meta["section"] = article["articleSection"]
    url = article.get("url") or article.get("mainEntityOfPage")
    if isinstance(url, dict):
        url = url.get("@id")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        meta["source_url"] = url
    if isinstance(article.get("description"), str) and article["description"].strip():
        meta["description"] = " ".join(article["description"].split())
    return meta


def page_metadata(document: HtmlElement, root: HtmlElement) -> dict[str, Any]:
    """Briefing fields from the page's metadata (JSON-LD first, then the page's tags)."""
    article = news_article(document)
    data: dict[str, Any] = {}
    version = root.get("data-schema-version")
    if version in schemas.SCHEMA_VERSIONS:
        data["schema_version"] = version
    own = "briefing" in (root.get("class") or "").split()
    identifier = article.get("identifier") or (root.get("id") if own else None)
    if isinstance(identifier, str) and _SLUG.fullmatch(identifier):
        data["id"] = identifier
    # smartbrev's own pages say everything in their JSON-LD; their <head> repeats the lede
    # as a description and a default language, which the briefing did not hold.
    head = {} if own else _head_meta(document, root)
    meta = {**head, **_json_ld_meta(article)}
    if meta:
        data["meta"] = meta
    if isinstance(article.get("dateline"), str) and article["dateline"].strip():
        data["dateline"] = article["dateline"]
    image = article.get("image")
    if isinstance(image, dict) and isinstance(image.get("url"), str) and image.get("description"):
        entry = {"url": image["url"], "alt": image["description"]}
        for source, target in (("caption", "caption"), ("creditText", "credit")):
            if isinstance(image.get(source), str):
                entry[target] = image[source]
        data["image"] = entry
    corrections = article.get("correction")
    if isinstance(corrections, list):
        found = [
            {"date": c["datePublished"], "text": c["text"]}
            for c in corrections
            if isinstance(c, dict)
            and isinstance(c.get("text"), str)
            and isinstance(c.get("datePublished"), str)
        ]
        if found:
            data["corrections"] = found
    if ("dateline" in data or "image" in data or "corrections" in data) and data.get(
        "schema_version"
    ) == "1.0":
        data["schema_version"] = "1.1"
    return data


def page_authors(document: HtmlElement) -> list[dict[str, str]]:
    """The authors the page's metadata names (JSON-LD `author`, `<meta name="author">`)."""
    article = news_article(document)
    authors = article.get("author")
    found = []
    for author in authors if isinstance(authors, list) else [authors]:
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, str) and name.strip():
            entry = {"name": " ".join(name.split())}
            role = author.get("jobTitle") if isinstance(author, dict) else None
            if isinstance(role, str) and role.strip():
                entry["role"] = role.strip()
            found.append(entry)
    if not found:
        named = _meta_content(document, "author")
        if named:
            found = [
                {"name": " ".join(part.split())}
                for part in re.split(r",| and ", named)
                if part.strip()
            ]
    return found
