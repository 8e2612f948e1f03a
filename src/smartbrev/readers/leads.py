"""Bold lead-ins and go-deeper link lines in Markdown's inline syntax.

Shared by the Markdown reader and the HTML reader, which writes `<strong>` and links
in that syntax before reading them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from smartbrev.readers.cues import looks_like_title
from smartbrev.readers.units import Lead

_BOLD = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_CLOSE_AFTER = re.compile(r"^\s*(?::|[-\u2013\u2014](?=\s|$))\s*")
_ROLE_AFTER = re.compile(r"^,\s*([^:\n]+?):\s*")


def _closed_inside(bold: str) -> int | None:
    """Where a colon or dash closing the bold text starts (the spaces before it
    included), or None: `Label:`, `Label —`, `Label -`.

    By hand rather than with a pattern anchored at the end, which Python's `re` tries
    from every space of a run: a bold run of spaces would take time in its square.
    """
    if bold.endswith((":", "\u2013", "\u2014")):
        return len(bold[:-1].rstrip())
    if bold.endswith("-") and bold[-2:-1].isspace():
        return len(bold[:-1].rstrip())
    return None


@lru_cache(maxsize=4096)  # a line is asked about again (see `furniture_kind`)
def lead_of(text: str) -> Lead | None:
    """The bold lead-in of a paragraph: `**Label:** rest`, `**Label**: rest` or
    `**Name**, role: rest`."""
    match = _BOLD.match(text)
    if match is None:
        return None
    bold, after = match.group(2), text[match.end() :]
    inside = _closed_inside(bold)
    if inside is not None:
        return Lead(bold[:inside].strip(), after.lstrip(" \t\u00a0").lstrip("\n"))
    closing = _CLOSE_AFTER.match(after)
    if closing is not None:
        return Lead(bold.strip(), after[closing.end() :].lstrip("\n"))
    role = _ROLE_AFTER.match(after)
    if role is not None:
        return Lead(bold.strip(), after[role.end() :].lstrip("\n"), role=role.group(1).strip())
    if not after.strip():
        return Lead(bold.strip(), "", closed=False)
    return None


@lru_cache(maxsize=4096)  # a line is asked about again (see `furniture_kind`)
def markdown_link(line: str) -> tuple[str, str | None] | None:
    """A go-deeper line in Markdown: `[Title](url)`, `<url>` or a bare title.

    The line is parsed as CommonMark, so a title may hold brackets (`[The budget [PDF]]`),
    escapes and markup; the title is kept as written, the URL as the parser reads it.
    """
    stripped = line.strip()
    if stripped.startswith(("[", "<")):
        link = _one_link(stripped)
        if link is not None:
            return link
    return (stripped, None) if looks_like_title(stripped) else None


def _one_link(text: str) -> tuple[str, str] | None:
    """The title (as written) and URL of a text that is one inline link, and nothing else."""
    import pyromark

    raw = text.encode("utf-8")
    events: list[Any] = list(pyromark.events_with_range(text))
    # Paragraph start, link start, the title's parts, link end, paragraph end.
    if len(events) < 4 or events[0][0] != {"Start": "Paragraph"}:
        return None
    opened, where = events[1]
    link = opened.get("Start", {}) if isinstance(opened, dict) else {}
    details = link.get("Link") if isinstance(link, dict) else None
    if details is None or (where["start"], where["end"]) != (0, len(raw)):
        return None
    if details["link_type"] == "Autolink":
        url = details["dest_url"]
        return (url, url) if url.lower().startswith(("https:", "http:", "mailto:")) else None
    if details["link_type"] != "Inline" or details["title"]:
        return None  # a link title ("...") has no place in the briefing: keep the line
    inside = events[2:-2]
    if not inside or events[-2][0] != {"End": "Link"}:
        return None
    end = max(range_["end"] for _, range_ in inside)
    title = raw[1:end].decode("utf-8")
    return (title, details["dest_url"]) if title.strip() else None
