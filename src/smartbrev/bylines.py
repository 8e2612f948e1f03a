"""How a byline is written: the names a byline line holds, and the house form of one.

Readers recognise bylines with it and writers check that the line they write reads
back as the same authors.
"""

from __future__ import annotations

import re

import msgspec

_BY = re.compile(r"^by\s+", re.IGNORECASE)
_JOINERS = re.compile(r"\s*,\s*(?:and|&)\s+|\s*,\s*|\s+(?:and|&)\s+|\s+[-\u2013\u2014]\s+")
_ROLE = re.compile(r"^(.*?)\s*\(([^()]+)\)$")
_NAME_TOKEN = re.compile(r"^(?:[A-Z\u00c0-\u024f\u0370-\u1fff][\w.'\u2019-]*|[a-z]{1,3}|al-\w+)$")


class BylineCue(msgspec.Struct, frozen=True):
    """A byline read from a line: the authors, and whether it opened with "By"."""

    authors: tuple[tuple[str, str | None], ...]
    explicit: bool


def _name(part: str) -> tuple[str, str | None] | None:
    role = None
    match = _ROLE.match(part)
    if match:
        part, role = match.group(1).strip(), match.group(2).strip()
    tokens = part.split()
    if not 1 <= len(tokens) <= 5 or any(ch.isdigit() for ch in part):
        return None
    if not tokens[0][0].isupper() or not all(_NAME_TOKEN.match(t) for t in tokens):
        return None
    return part, role


def byline_line(text: str) -> BylineCue | None:
    """ "By A", "By A and B", "A, B and C" or "A - B": the names of a byline, if it reads as one."""
    stripped = text.strip().strip("*_").strip()
    if not stripped or "\n" in stripped or len(stripped) > 200:
        return None
    explicit = bool(_BY.match(stripped))
    body = _BY.sub("", stripped) if explicit else stripped
    parts = [p for p in _JOINERS.split(body) if p]
    if not parts or (not explicit and len(parts) < 2):
        return None
    authors = [_name(p.strip()) for p in parts]
    if any(a is None for a in authors):
        return None
    return BylineCue(tuple(a for a in authors if a is not None), explicit)


def format_byline(authors: list[tuple[str, str | None]]) -> str:
    """The house form of a byline: "By A", "By A and B", "By A, B and C"."""
    names = [f"{name} ({role})" if role else name for name, role in authors]
    if len(names) == 1:
        return f"By {names[0]}"
    return f"By {', '.join(names[:-1])} and {names[-1]}"
