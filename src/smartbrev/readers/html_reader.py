"""HTML pages (Axios style, or smartbrev's own) read into a briefing with lxml.

The article is `<article>` (or `<main>`, or the body); scripts and styles are ignored;
every word of the article text is kept. Bold lead-ins, headings, lists, block quotes and
link lists become the same units a Markdown draft gives, so labels, speakers and
go-deeper links follow the same rules. schema.org JSON-LD, when present, fills the
metadata.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from smartbrev.diagnostics import Span
from smartbrev.errors import ReadError
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits, decode
from smartbrev.readers.draft import Draft, build
from smartbrev.readers.frontmatter import FrontMatter
from smartbrev.readers.html_left_out import left_out
from smartbrev.readers.html_meta import page_authors, page_metadata
from smartbrev.readers.html_styles import normalise
from smartbrev.readers.leads import lead_of, markdown_link
from smartbrev.readers.units import Item, Lead, Unit

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_IGNORED = {"script", "style", "noscript", "template", "svg", "canvas", "iframe", "object"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CONTAINERS = {
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "center",
    "section",
    "div",
    "header",
    "footer",
    "main",
    "article",
    "aside",
    "blockquote",
    "figure",
    "details",
    "summary",
    "form",
    "fieldset",
    "address",
}
_INLINE = {
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "br",
    "cite",
    "code",
    "data",
    "dfn",
    "em",
    "font",
    "i",
    "kbd",
    "mark",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "time",
    "u",
    "var",
    "wbr",
}
"""Elements that sit inside a line of text: a container holding only these is a paragraph."""
_ASCII_SPACE = " \t\n\r\f"
_SPACE = re.compile(r"[ \t\n\r\f]+")
_METADATA_CLASSES = {"briefing-meta", "briefing-image", "briefing-corrections"}


_NOT_CHARSETS = frozenset(
    {"unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined", "utf-7", "mbcs"}
)
"""Python codecs that are not a page's character set: they interpret what the bytes say
(escapes, compressed names), so a page could spell any text, or fail, through them."""


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
            codec = codecs.lookup(label).name
            if codec in _NOT_CHARSETS or not codecs.lookup(codec)._is_text_encoding:
                raise LookupError(codec)
            return raw.decode(codec)
        except (LookupError, ValueError):
            raise ReadError(
                f"cannot decode the page as its declared charset {label!r}", path=name
            ) from None


_MARKUP = re.compile(
    r"`"
    r"|\](?=[(\[])"
    r"|(?<!\s)[*_]|[*_](?!\s)"
    r"|\\(?=[!-/:-@\[-`{-~]|$)"
    r"|<(?=[A-Za-z/!?])"
    r"|&(?=#?[A-Za-z0-9]+;)"
)
"""What a page's text may hold that CommonMark would read as markup: a code mark, the
bracket that closes a link's text, an emphasis mark that is not a lone star or
underscore between spaces, a backslash before punctuation, the start of a tag or an
autolink, a character reference."""


def literal(text: str) -> str:
    """A page's text in CommonMark inline markup that reads back as the same text: `2*3*4`
    stays three numbers, `[x](https://...)` stays text, never a link."""
    return _MARKUP.sub(_escaped, text) if text else text


def _escaped(match: re.Match[str]) -> str:
    mark = match.group()
    if mark == "_":
        at, text = match.start(), match.string
        before = text[at - 1 : at]
        after = text[at + 1 : at + 2]
        if before.isalnum() and after.isalnum():
            return mark  # inside a word (snake_case): never emphasis
    return "\\" + mark


def _code(text: str) -> str:
    """A code span holding `text` exactly, however many backticks it holds."""
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _destination(href: str) -> str:
    """A link's target as CommonMark writes it: in angle brackets when it has spaces,
    unbalanced parentheses or angle brackets of its own."""
    if re.search(r"[\s<>]", href) or href.count("(") != href.count(")"):
        return "<" + re.sub(r"([<>\\])", r"\\\1", href) + ">"
    return href


def _inline(element: HtmlElement) -> str:
    parts = [literal(element.text or "")]
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
            inner = _code(child.text_content())
        elif tag == "a" and child.get("href") and inner.strip():
            inner = f"[{inner.strip()}]({_destination(child.get('href') or '')})"
        elif tag == "br":
            inner = "\x00"
        parts.append(inner)
        parts.append(literal(child.tail or ""))
    return "".join(parts)


def _inline_only(element: HtmlElement) -> bool:
    return all(
        not isinstance(child.tag, str) or child.tag in _INLINE or child.tag in _IGNORED
        for child in element.iter()
        if child is not element
    )


def inline_text(element: HtmlElement) -> str:
    """An element's inline content as CommonMark inline markup, whitespace collapsed."""
    # HTML collapses ASCII white space only; a no-break space is part of the text.
    text = _SPACE.sub(" ", _inline(element)).replace(" \x00 ", "\x00")
    return text.replace("\x00", "\n").strip(_ASCII_SPACE)


def _span(element: HtmlElement) -> Span:
    line = element.sourceline or 1
    return Span(line, 1, line, 2)


class _Walker:
    def __init__(self, placed: set[HtmlElement] | None = None) -> None:
        self.units: list[Unit] = []
        self.placed: set[HtmlElement] = set() if placed is None else placed
        """The images that became units (the others' alt text is reported)."""

    def loose(self, text: str | None, element: HtmlElement) -> None:
        if text and text.strip():
            clean = literal(_SPACE.sub(" ", text).strip(_ASCII_SPACE))
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
            if items and tag == "ol":
                start = element.get("start") or "1"
                first = int(start) if start.isdigit() and len(start) < 10 else 1
                self.units.append(
                    Unit("bullets", _span(element), items=items, start=first, marker=".")
                )
            elif items:
                self.units.append(Unit("bullets", _span(element), items=items))
        elif tag == "figure" and element.find("blockquote") is not None:
            self.speaker(element)
        elif tag == "figure" and element.find(".//img") is not None:
            self.figure(element)
        elif tag == "hr":
            self.units.append(Unit("rule", _span(element)))
        elif tag == "img":
            source = (element.get("src") or "").strip()
            alt = " ".join((element.get("alt") or "").split())
            if source and alt:
                self.units.append(Unit("image", _span(element), text=alt, url=source))
                self.placed.add(element)
        elif tag in _CONTAINERS and _inline_only(element):
            self.inline_block(element)
        elif tag in _CONTAINERS:
            self.walk(element)
        elif tag in ("pre", "dl"):
            text = literal(re.sub(r"[ \t]+", " ", element.text_content()).strip())
            if text:
                self.units.append(Unit("paragraph", _span(element), text=text))
        elif tag not in ("hr", "img", "br"):
            text = inline_text(element)
            if text:
                self.units.append(Unit("paragraph", _span(element), text=text, lead=lead_of(text)))

    def inline_block(self, element: HtmlElement) -> None:
        """A container holding a line of text (a byline `<div>`, a `<td>`): a paragraph."""
        text = inline_text(element)
        if text:
            self.units.append(Unit("paragraph", _span(element), text=text, lead=lead_of(text)))

    def figure(self, element: HtmlElement) -> None:
        """An image, and its caption (which may end with the credit)."""
        image = element.find(".//img")
        assert image is not None
        self.block(image, "img")
        caption = element.find("figcaption")
        if caption is not None:
            self.inline_block(caption)

    def item(self, li: HtmlElement) -> Item:
        nested = [child for child in li if child.tag in ("ul", "ol", "p", "blockquote", "div")]
        tails = [child.tail for child in nested]
        for child in nested:
            child.tail = None
            li.remove(child)
        text = inline_text(li)
        inner = _Walker(self.placed)
        for child, tail in zip(nested, tails, strict=True):
            inner.block(child, str(child.tag))
            inner.loose(tail, child)  # text after a nested list is the item's too
        if not text and inner.units and inner.units[0].kind == "paragraph":
            first = inner.units.pop(0)
            text = first.text
        return Item(text, _span(li), lead_of(text), tuple(inner.units))

    def speaker(self, figure: HtmlElement) -> None:
        caption = figure.find("figcaption")
        quote = figure.find("blockquote")
        said = _Walker(self.placed)
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
    normalise(document)
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
    front = FrontMatter(page_metadata(document, root), {}, [], 1)
    draft = build(walker.units, front, name, markdown_link, lead_of=lead_of)
    draft.diagnostics.extend(left_out(document, root, walker.placed, name))
    authors = page_authors(document)
    byline = draft.data.get("byline")
    if byline is None and authors:
        draft.data["byline"] = {"authors": [{"name": a["name"]} for a in authors]}
    elif isinstance(byline, dict):
        roles = {a["name"]: a["role"] for a in authors if "role" in a}
        for author in byline["authors"]:
            if author["name"] in roles and "role" not in author:
                author["role"] = roles[author["name"]]
    return draft
