"""Bold lead-ins and go-deeper link lines in Markdown's inline syntax.

Shared by the Markdown reader and the HTML reader, which writes `<strong>` and links
in that syntax before reading them.
"""

from __future__ import annotations

import re

from smartbrev.readers.cues import looks_like_title
from smartbrev.readers.units import Lead

_BOLD = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_CLOSE_AFTER = re.compile(r"^\s*(?::|[-\u2013\u2014](?=\s|$))\s*")
_ROLE_AFTER = re.compile(r"^,\s*([^:\n]+?):\s*")
_LINK = re.compile(r"^\[([^\]\n]+)\]\((\S+?)\)$")
_AUTOLINK = re.compile(r"^<((?:https?|mailto):[^>\s]+)>$")


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


def markdown_link(line: str) -> tuple[str, str | None] | None:
    """A go-deeper line in Markdown: `[Title](url)`, `<url>` or a bare title."""
    stripped = line.strip()
    match = _LINK.match(stripped)
    if match:
        return match.group(1), match.group(2)
    match = _AUTOLINK.match(stripped)
    if match:
        return match.group(1), match.group(1)
    return (stripped, None) if looks_like_title(stripped) else None
