"""Front matter as static-site generators and CMSs write it, mapped onto the briefing.

Hugo, Jekyll, Astro, Pandoc and Ghost name the same things differently (`date`,
`pubDate`, `published_at`; `tags`, `categories`; `description`, `summary`, `excerpt`).
Each maps onto the model's field; a key the model has no field for is kept under
`extensions` as `x-<key>` and reported, never refused.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from smartbrev.dates import iso_date

NATIVE = frozenset(
    {
        "schema_version",
        "id",
        "headline",
        "dateline",
        "lede",
        "blocks",
        "byline",
        "meta",
        "image",
        "corrections",
        "extensions",
    }
)
"""Keys that are the briefing's own fields: taken as they are."""

_PUBLISHED = (
    "date",
    "pubDate",
    "pubdate",
    "published_at",
    "publishDate",
    "published",
    "datePublished",
)
_UPDATED = ("lastmod", "updated", "updated_at", "modified", "dateModified", "last_modified_at")
_TAGS = ("tags", "categories", "keywords")
_LANGUAGE = ("lang", "language", "locale")
_DESCRIPTION = ("description", "summary", "excerpt", "abstract")
_CANONICAL = ("canonical_url", "canonical", "canonicalURL")
_AUTHORS = ("author", "authors")
_IMAGE = ("image", "feature_image", "feature_image_alt", "cover")
MAPPED = frozenset(
    {
        "title",
        "slug",
        "section",
        *_PUBLISHED,
        *_UPDATED,
        *_TAGS,
        *_LANGUAGE,
        *_DESCRIPTION,
        *_CANONICAL,
        *_AUTHORS,
        *_IMAGE,
    }
)
"""Keys that map onto a field of the model under another name."""

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


class Mapped(msgspec.Struct):
    """Front matter read onto the model: fields, the keys kept as extensions."""

    fields: dict[str, Any] = msgspec.field(default_factory=dict)
    kept: dict[str, str] = msgspec.field(default_factory=dict)
    """Each key kept under `extensions`: its original name -> its `x-` name."""
    sources: dict[str, str] = msgspec.field(default_factory=dict)
    """Each field read from a key of another name: its pointer -> the key (`/headline`
    -> `title`), so that findings on the field point at the line that wrote it."""


def extension_key(key: str) -> str:
    """The `x-` name a front matter key is kept under (`meta_title` -> `x-meta-title`)."""
    name = re.sub(r"[^a-z0-9-]+", "-", key.lower().replace("_", "-")).strip("-")
    return f"x-{name or 'field'}"


def _text(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _first(data: dict[str, Any], keys: tuple[str, ...]) -> object:
    return next((data[key] for key in keys if key in data), None)


def _tags(data: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for key in _TAGS:
        value = data.get(key)
        if isinstance(value, str):
            # Jekyll writes categories as one string of words; others write a list.
            value = value.split(",") if "," in value else value.split()
        if isinstance(value, list):
            found.extend(t for t in (_text(v) for v in value) if t)
    return list(dict.fromkeys(found))


def _authors(value: object) -> list[dict[str, str]]:
    values = value if isinstance(value, list) else [value]
    authors = []
    for each in values:
        name = _text(each.get("name")) if isinstance(each, dict) else _text(each)
        if name is not None:
            authors.append({"name": name})
    return authors


def _image(data: dict[str, Any]) -> dict[str, str] | None:
    value = data.get("image", data.get("feature_image", data.get("cover")))
    alt = _text(data.get("feature_image_alt"))
    if isinstance(value, dict):
        alt = _text(value.get("alt")) or alt
        value = value.get("url", value.get("src"))
    url = _text(value)
    if url is None or alt is None or " " in url:
        return None
    return {"url": url, "alt": alt}


def map_front_matter(data: dict[str, Any]) -> Mapped:
    """The model's fields from front matter, whichever generator wrote it."""
    mapped = Mapped()
    if not data:
        return mapped
    fields = mapped.fields
    meta: dict[str, Any] = {}
    for key, value in data.items():
        if key in NATIVE:
            fields[key] = value
        elif key not in MAPPED:
            mapped.kept[key] = extension_key(key)
    sources = mapped.sources
    title = _text(data.get("title"))
    if title is not None and "headline" not in fields:
        fields["headline"] = title
        sources["/headline"] = "title"
    slug = _text(data.get("slug"))
    if slug is not None and "id" not in fields:
        if _SLUG.match(slug):
            fields["id"] = slug
            sources["/id"] = "slug"
        else:
            mapped.kept["slug"] = "x-slug"
    for keys, target in ((_PUBLISHED, "published"), (_UPDATED, "updated")):
        when = _first(data, keys)
        if when is not None:
            value = iso_date(when)
            name = next(k for k in keys if k in data)
            if value is not None:
                meta[target] = value
                sources[f"/meta/{target}"] = name
            else:
                mapped.kept[name] = extension_key(name)
    tags = _tags(data)
    if tags:
        meta["tags"] = tags
    language = _text(_first(data, _LANGUAGE))
    if language is not None and _LANGUAGE_TAG.match(language):
        meta["language"] = language.replace("_", "-")
    section = _text(data.get("section"))
    if section is not None:
        meta["section"] = section
    description = _text(_first(data, _DESCRIPTION))
    if description is not None:
        meta["description"] = description
        sources["/meta/description"] = next(k for k in _DESCRIPTION if k in data)
    canonical = _text(_first(data, _CANONICAL))
    if canonical is not None and canonical.startswith(("http://", "https://")):
        meta["source_url"] = canonical
    if meta:
        own = fields.get("meta")
        fields["meta"] = {**meta, **own} if isinstance(own, dict) else meta
    authors = _authors(_first(data, _AUTHORS)) if any(k in data for k in _AUTHORS) else []
    if authors and "byline" not in fields:
        fields["byline"] = {"authors": authors}
        sources["/byline"] = next(k for k in _AUTHORS if k in data)
    image = _image(data)
    if image is not None and "image" not in fields:
        fields["image"] = image
    elif "image" in fields and not isinstance(fields["image"], dict):
        mapped.kept["image"] = "x-image"
        del fields["image"]
    if mapped.kept:
        own = fields.get("extensions")
        kept = {mapped.kept[key]: data[key] for key in mapped.kept}
        fields["extensions"] = {**kept, **own} if isinstance(own, dict) else kept
    return mapped
