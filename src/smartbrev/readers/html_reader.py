"""HTML pages (Axios style, or smartbrev's own) read into a briefing with lxml.

The article is `<article>` (or `<main>`, or the body); scripts and styles are ignored;
every word of the article text is kept. Bold lead-ins, headings, lists, block quotes and
link lists become the same units a Markdown draft gives, so labels, speakers and
go-deeper links follow the same rules. schema.org JSON-LD, when present, fills the
metadata.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import TYPE_CHECKING, Any

from smartbrev.diagnostics import Span
from smartbrev.errors import ReadError
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits, decode
from smartbrev.readers.draft import Draft, build
from smartbrev.readers.frontmatter import FrontMatter
from smartbrev.readers.leads import lead_of, markdown_link
from smartbrev.readers.metadata import is_datetime, is_language
from smartbrev.readers.units import Item, Lead, Unit
from smartbrev.schema import store as schemas

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_IGNORED = {"script", "style", "noscript", "template", "svg", "canvas", "iframe", "object"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CONTAINERS = {
    "section",
    "div",
    "header",
    "footer",
    "main",
    "article",
    "aside",
    "blockquote",
    "figure",
    "center",
    "details",
    "summary",
    "form",
    "fieldset",
    "address",
}
_ASCII_SPACE = " \t\n\r\f"
_SPACE = re.compile(r"[ \t\n\r\f]+")
_METADATA_CLASSES = {"briefing-meta", "briefing-image", "briefing-corrections"}


def decode_html(raw: bytes, name: str) -> str:
    """Text of an HTML page: UTF-8, or the charset its <meta> declares."""
    try:
        return decode(raw, name)
    except ReadError as error:
        match = _CHARSET.search(raw[:4096])
        if match is None or "UTF-8" not in error.message:
            raise
        label = match.group(1).decode("ascii")
        try:
            return raw.decode(codecs.lookup(label).name)
        except (LookupError, UnicodeDecodeError):
            raise ReadError(
                f"cannot decode the page as its declared charset {label!r}", path=name
            ) from None


def _inline(element: HtmlElement) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        inner = _inline(child)
        if tag in _IGNORED:
            inner = ""
        elif tag in ("strong", "b") and inner.strip():
            inner = f"**{inner.strip()}**" + (" " if inner.endswith(" ") else "")
        elif tag in ("em", "i") and inner.strip():
            inner = f"*{inner.strip()}*" + (" " if inner.endswith(" ") else "")
        elif tag == "code":
            inner = f"`{child.text_content()}`"
        elif tag == "a" and child.get("href") and inner.strip():
            inner = f"[{inner.strip()}]({child.get('href')})"
        elif tag == "br":
            inner = "\x00"
        parts.append(inner)
        parts.append(child.tail or "")
    return "".join(parts)


def inline_text(element: HtmlElement) -> str:
    """An element's inline content as CommonMark inline markup, whitespace collapsed."""
    # HTML collapses ASCII white space only; a no-break space is part of the text.
    text = _SPACE.sub(" ", _inline(element)).replace(" \x00 ", "\x00")
    return text.replace("\x00", "\n").strip(_ASCII_SPACE)


def _span(element: HtmlElement) -> Span:
    line = element.sourceline or 1
    return Span(line, 1, line, 2)


class _Walker:
    def __init__(self) -> None:
        self.units: list[Unit] = []

    def loose(self, text: str | None, element: HtmlElement) -> None:
        if text and text.strip():
            clean = _SPACE.sub(" ", text).strip(_ASCII_SPACE)
            self.units.append(Unit("paragraph", _span(element), text=clean, lead=lead_of(clean)))

    def walk(self, element: HtmlElement) -> None:
        self.loose(element.text, element)
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if (
                tag
                and tag not in _IGNORED
                and not (set((child.get("class") or "").split()) & _METADATA_CLASSES)
            ):
                self.block(child, tag)
            self.loose(child.tail, element)

    def block(self, element: HtmlElement, tag: str) -> None:
        if tag in _HEADINGS:
            text = inline_text(element)
            if text:
                self.units.append(Unit("heading", _span(element), text=text, level=_HEADINGS[tag]))
        elif tag == "p":
            text = inline_text(element)
            if text:
                self.units.append(Unit("paragraph", _span(element), text=text, lead=lead_of(text)))
        elif tag in ("ul", "ol"):
            items = tuple(self.item(li) for li in element if li.tag == "li")
            if items:
                self.units.append(Unit("bullets", _span(element), items=items))
        elif tag == "figure" and element.find("blockquote") is not None:
            self.speaker(element)
        elif tag in _CONTAINERS:
            self.walk(element)
        elif tag in ("pre", "table", "dl"):
            text = re.sub(r"[ \t]+", " ", element.text_content()).strip()
            if text:
                self.units.append(Unit("paragraph", _span(element), text=text))
        elif tag not in ("hr", "img", "br", "figcaption"):
            text = inline_text(element)
            if text:
                self.units.append(Unit("paragraph", _span(element), text=text, lead=lead_of(text)))

    def item(self, li: HtmlElement) -> Item:
        nested = [child for child in li if child.tag in ("ul", "ol", "p", "blockquote", "div")]
        for child in nested:
            li.remove(child)
        text = inline_text(li)
        inner = _Walker()
        for child in nested:
            inner.block(child, str(child.tag))
        if not text and inner.units and inner.units[0].kind == "paragraph":
            first = inner.units.pop(0)
            text = first.text
        return Item(text, _span(li), lead_of(text), tuple(inner.units))

    def speaker(self, figure: HtmlElement) -> None:
        caption = figure.find("figcaption")
        quote = figure.find("blockquote")
        said = _Walker()
        if quote is not None:
            said.walk(quote)
        if caption is None:
            self.units.extend(said.units)
            return
        name_element = caption.find_class("briefing-speaker-name")
        role_element = caption.find_class("briefing-speaker-role")
        if name_element:
            name = inline_text(name_element[0])
            role = inline_text(role_element[0]) if role_element else None
        else:
            written = inline_text(caption).lstrip("—–- ").strip()
            name, _, rest = written.partition(", ")
            role = rest or None
        lead = Lead(name, "", role=role)
        self.units.append(
            Unit(
                "bullets",
                _span(figure),
                items=(Item(f"**{name}:**", _span(figure), lead, tuple(said.units)),),
            )
        )


def _news_article(document: HtmlElement) -> dict[str, Any]:
    for script in document.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        candidates = data.get("@graph", [data]) if isinstance(data, dict) else data
        for candidate in candidates if isinstance(candidates, list) else []:
            if isinstance(candidate, dict) and "Article" in str(candidate.get("@type", "")):
                return candidate
    return {}


def _metadata(article: dict[str, Any], root: HtmlElement) -> dict[str, Any]:
    data: dict[str, Any] = {}
    version = root.get("data-schema-version")
    if version in schemas.SCHEMA_VERSIONS:
        data["schema_version"] = version
    identifier = article.get("identifier") or root.get("id")
    if isinstance(identifier, str) and re.fullmatch(r"[a-z0-9][a-z0-9-]*", identifier):
        data["id"] = identifier
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
    url = article.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        meta["source_url"] = url
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


def _roles(article: dict[str, Any]) -> dict[str, str]:
    authors = article.get("author")
    authors = authors if isinstance(authors, list) else [authors]
    return {
        a["name"]: a["jobTitle"]
        for a in authors
        if isinstance(a, dict)
        and isinstance(a.get("name"), str)
        and isinstance(a.get("jobTitle"), str)
    }


def read_html(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Draft:
    """Briefing data from an HTML page (`limits` take the shape every reader has; the
    page itself is bounded by the size limit its bytes were read under)."""
    from lxml import etree
    from lxml.html import document_fromstring

    try:
        document = document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise ReadError(
            f"cannot parse the page as HTML: {error}",
            code="SB002",
            name="invalid-syntax",
            path=name,
        ) from None
    article = _news_article(document)
    roots = (
        document.xpath("//article[contains(@class, 'briefing')]")
        or document.xpath("//article")
        or document.xpath("//main")
        or document.xpath("//body")
    )
    root = roots[0] if roots else document
    walker = _Walker()
    walker.walk(root)
    if not walker.units:
        raise ReadError("the page has no article text", path=name)
    front = FrontMatter(_metadata(article, root), {}, [], 1)
    draft = build(walker.units, front, name, markdown_link)
    roles = _roles(article)
    byline = draft.data.get("byline")
    if roles and isinstance(byline, dict):
        for author in byline["authors"]:
            if author["name"] in roles and "role" not in author:
                author["role"] = roles[author["name"]]
    return draft
