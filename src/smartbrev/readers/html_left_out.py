"""Text of an HTML page that the briefing does not hold, reported instead of dropped in
silence: what `<noscript>`, `<template>`, `<svg>` and the like hold, an image's alt text
when the image is not one the briefing keeps, and the words of the page outside the
article that was read (navigation, footers, other articles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartbrev.diagnostics import Diagnostic, Severity, Span

if TYPE_CHECKING:
    from lxml.html import HtmlElement

UNREAD = ("noscript", "template", "svg", "canvas", "iframe", "object")
"""Elements whose text is not the story's (fallbacks, inert markup, drawings)."""
_WORDS = ".//text()[not(ancestor::script) and not(ancestor::style)]"


def _note(element: HtmlElement, message: str, name: str) -> Diagnostic:
    line = element.sourceline or 1
    return Diagnostic(
        "SB026",
        "text-left-out",
        Severity.INFO,
        message,
        name,
        span=Span(line, 1, line, 2),
        help="if it belongs in the briefing, move it into the article's text",
    )


def _excerpt(text: str) -> str:
    words = text.split()
    short = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
    return f"“{short}”"


def _count(element: HtmlElement) -> int:
    return sum(len(str(text).split()) for text in element.xpath(_WORDS))


def left_out(
    document: HtmlElement, root: HtmlElement, placed: set[HtmlElement], name: str
) -> list[Diagnostic]:
    """A note for each piece of text the page holds and the briefing does not."""
    notes = []
    for element in root.iter(*UNREAD):
        if any(ancestor.tag in UNREAD for ancestor in element.iterancestors()):
            continue  # said with the element around it
        text = " ".join(str(t) for t in element.xpath(_WORDS))
        tag = element.tag if isinstance(element.tag, str) else "?"
        if text.strip():
            notes.append(
                _note(
                    element,
                    f"the text in <{tag}> is not read into the briefing: {_excerpt(text)}",
                    name,
                )
            )
    for image in root.iter("img"):
        alt = " ".join((image.get("alt") or "").split())
        if alt and image not in placed:
            notes.append(
                _note(
                    image,
                    f"an image's alt text is not read into the briefing: {_excerpt(alt)}",
                    name,
                )
            )
    body = document.find("body")
    if body is not None and root is not body and root is not document:
        outside = _count(body) - _count(root)
        if outside > 0:
            notes.append(
                _note(
                    root,
                    f"{outside} word{'s' if outside != 1 else ''} of the page outside the "
                    "article read (navigation, footers, other articles) are not read into "
                    "the briefing",
                    name,
                )
            )
    return notes
