"""Inline text (CommonMark inline markup) to HTML and to plain text, safely.

Raw HTML in a draft is escaped, never passed through, and only http, https and mailto
links become links; anything else stays visible as the text it was.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

SAFE_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def safe_url(url: str | None) -> str | None:
    """The URL when its scheme is http, https or mailto; otherwise None."""
    if not url:
        return None
    match = _SCHEME.match(url.strip())
    return url.strip() if match and match.group(1).lower() in SAFE_SCHEMES else None


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})
    md.validateLink = lambda url: safe_url(url) is not None  # type: ignore[method-assign]
    return md


def to_html(text: str) -> str:
    """Inline text as escaped HTML."""
    rendered: str = _parser().renderInline(text)
    return rendered


def to_plain(text: str) -> str:
    """Inline text without its markup."""
    tokens = _parser().parseInline(text)
    parts: list[str] = []
    for token in tokens:
        for child in token.children or ():
            if child.type in ("text", "code_inline", "html_inline"):
                parts.append(child.content)
            elif child.type == "softbreak" or child.type == "hardbreak":
                parts.append("\n")
    return "".join(parts)
