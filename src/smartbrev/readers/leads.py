"""Bold lead-ins and go-deeper link lines in Markdown's inline syntax.

Shared by the Markdown reader and the HTML reader, which writes `<strong>` and links
in that syntax before reading them.
"""

from __future__ import annotations

import re

from smartbrev.readers.cues import looks_like_title
from smartbrev.readers.units import Lead

_BOLD = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_CLOSE_INSIDE = re.compile(r"\s*(?::|\s[-\u2013\u2014]|[\u2013\u2014])$")
_CLOSE_AFTER = re.compile(r"^\s*(?::|[-\u2013\u2014](?=\s|$))\s*")
_ROLE_AFTER = re.compile(r"^,\s*([^:\n]+?):\s*")
_LINK = re.compile(r"^\[([^\]\n]+)\]\((\S+?)\)$")
_AUTOLINK = re.compile(r"^<((?:https?|mailto):[^>\s]+)>$")


def lead_of(text: str) -> Lead | None:
    """The bold lead-in of a paragraph: `**Label:** rest`, `**Label**: rest` or
    `**Name**, role: rest`."""
    match = _BOLD.match(text)
    if match is None:
        return None
    bold, after = match.group(2), text[match.end() :]
    inside = _CLOSE_INSIDE.search(bold)
    if inside is not None:
        return Lead(bold[: inside.start()].strip(), after.lstrip(" \t\u00a0").lstrip("\n"))
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
