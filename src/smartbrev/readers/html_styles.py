"""What an editor's tool writes into HTML in its own way, put the way the HTML reader reads it.

Google Docs ("File > Download > Web page") marks bold and italic text with classes its
style sheet defines (`<span class="c3">`, `.c3{font-weight:700}`) or with inline styles
(`<span style="font-weight:700">`), wraps every link in a redirect through
`https://www.google.com/url?q=...`, and appends the document's comments after the text.
`normalise` rewrites such a page in place: styled spans become `<b>` and `<i>`, redirect
links point at their targets, and comments (notes to the writer, not text of the story)
are removed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS = re.compile(r"^\.([A-Za-z_][\w-]*)$")
_DECLARATION = re.compile(r"([a-z-]+)\s*:\s*([^;]+)")
_BOLD_WEIGHTS = frozenset({"bold", "bolder", "600", "700", "800", "900"})
_REDIRECT_HOSTS = frozenset({"www.google.com", "google.com"})
_COMMENT_ID = re.compile(r"^cmnt(?:_ref)?\d+$")

Emphasis = tuple[bool | None, bool | None]
"""(bold, italic): True or False where a style says so, None where it is silent."""


def _emphasis(declarations: str) -> Emphasis:
    bold: bool | None = None
    italic: bool | None = None
    for name, value in _DECLARATION.findall(declarations.lower()):
        value = value.replace("!important", "").strip()
        if name == "font-weight":
            bold = value in _BOLD_WEIGHTS
        elif name == "font-style":
            italic = value in ("italic", "oblique")
    return bold, italic


def class_emphasis(css: str) -> dict[str, Emphasis]:
    """What each class of a style sheet does to weight and slant (rules for one class
    alone, as Google Docs writes them; a later rule overrides an earlier one)."""
    found: dict[str, Emphasis] = {}
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    for selectors, declarations in _RULE.findall(css):
        bold, italic = _emphasis(declarations)
        if bold is None and italic is None:
            continue
        for selector in selectors.split(","):
            match = _CLASS.match(selector.strip())
            if match is None:
                continue
            old_bold, old_italic = found.get(match.group(1), (None, None))
            found[match.group(1)] = (
                old_bold if bold is None else bold,
                old_italic if italic is None else italic,
            )
    return found


def unwrap_redirect(url: str) -> str:
    """The target of a Google redirect link (`https://www.google.com/url?q=TARGET&...`),
    or the URL itself when it is not one."""
    parts = urlsplit(url)
    if parts.netloc.lower() not in _REDIRECT_HOSTS or parts.path != "/url":
        return url
    targets = parse_qs(parts.query).get("q")
    return targets[0] if targets and targets[0].strip() else url


def _styled(element: HtmlElement, classes: dict[str, Emphasis]) -> Emphasis:
    bold: bool | None = None
    italic: bool | None = None
    for name in (element.get("class") or "").split():
        class_bold, class_italic = classes.get(name, (None, None))
        bold = class_bold if class_bold is not None else bold
        italic = class_italic if class_italic is not None else italic
    inline_bold, inline_italic = _emphasis(element.get("style") or "")
    return (
        inline_bold if inline_bold is not None else bold,
        inline_italic if inline_italic is not None else italic,
    )


def _wrap_children(element: HtmlElement, tag: str) -> None:
    """Move an element's content into a new child element."""
    from lxml.html import Element

    inner = Element(tag)
    inner.text, element.text = element.text, None
    for child in list(element):
        inner.append(child)  # moves it, with its tail
    element.append(inner)


def _remove_comments(document: HtmlElement) -> None:
    for anchor in list(document.iter("a")):
        ident = anchor.get("id") or ""
        if not _COMMENT_ID.match(ident):
            continue
        holder = anchor.getparent()
        if ident.startswith("cmnt_ref"):  # the mark in the text: "[a]"
            target = holder if holder is not None and holder.tag == "sup" else anchor
        else:  # the comment itself: the paragraph its anchor opens
            target = holder if holder is not None and holder.tag == "p" else anchor
        box = target.getparent()
        target.drop_tree()
        if box is not None and box.tag == "div" and not box.text_content().strip():
            box.drop_tree()


def normalise(document: HtmlElement) -> None:
    """Rewrite a page's styled spans, redirect links and comments as described above."""
    classes: dict[str, Emphasis] = {}
    for style in document.iter("style"):
        classes.update(class_emphasis(style.text or ""))
    for element in document.iter("span"):
        bold, italic = _styled(element, classes)
        if bold and italic:
            element.tag = "b"
            _wrap_children(element, "i")
        elif bold:
            element.tag = "b"
        elif italic:
            element.tag = "i"
    for anchor in document.iter("a"):
        href = anchor.get("href")
        if href:
            anchor.set("href", unwrap_redirect(href))
    _remove_comments(document)
