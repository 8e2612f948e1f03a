"""How a byline is written: the names a byline line holds, and the house form of one.

Real bylines carry more than names: a date (`By Ana Ortiz · Mar 25, 2023`), an outlet
(`By Ana Ortiz, Axios Seattle`), a role (`By Lena Sorensen, COO`). Readers recognise
bylines with this grammar, and writers check that the line they write reads back as the
same authors.
"""

from __future__ import annotations

import re
from functools import lru_cache

import msgspec

from smartbrev.dates import read_date

_BY = re.compile(r"^(?:written\s+)?by\s+", re.IGNORECASE)
_POSTED = re.compile(r"^(?:posted|published)\s+(?:on\s+)?(.+?)\s+by\s+(.+)$", re.IGNORECASE)
_JOINERS = re.compile(r"\s*,\s*(?:and|&)\s+|\s*,\s*|\s+(?:and|&)\s+|\s+[-\u2013\u2014]\s+")
_DATE_SEPARATOR = re.compile(r"\s*(?:\u00c2?\u00b7|\||\u2022|,|\s[-\u2013\u2014])\s*")
_FIGURE = re.compile(r"\d")
_ROLE = re.compile(r"^(.*?)\s*\(([^()]+)\)$")
_NAME_TOKEN = re.compile(
    r"^(?:[A-Z\u00c0-\u024f\u0370-\u1fff][^\s\d,;:!?()\[\]{}\"\u201c\u201d]*|[a-z]{1,3}|al-\w+)$"
)
_OUTLET = re.compile(
    r"^(?:Axios\b.*|(?:The\s+)?(?:[A-Z][\w&.'\u2019-]*\s+){0,4}"
    r"(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Dispatch|Ledger|Press|"
    r"Daily|Radio|Review|Observer|Courier|Star|Sun|Examiner|Bulletin|Standard|Record|"
    r"Magazine|Media|Report|Wire)(?:\s+[A-Z][\w&.'\u2019-]*){0,3}"
    r"|Reuters|Bloomberg|AP|AFP|Associated Press|CNN|NPR|BBC|Politico)$"
)
_ROLE_WORDS = re.compile(
    r"\b(?:reporter|editor|correspondent|writer|columnist|contributor|producer|officer|"
    r"director|manager|president|chief|head|lead|staff|intern|analyst|author|founder|"
    r"chair|member|fellow|professor|spokesperson|partner|coordinator|anchor|host)s?\b",
    re.IGNORECASE,
)


class BylineCue(msgspec.Struct, frozen=True):
    """A byline read from a line: the authors, what came with them, and whether it said "By"."""

    authors: tuple[tuple[str, str | None], ...]
    explicit: bool
    outlet: str | None = None
    """The outlet printed with the names ("Axios" in "By Ana Ortiz, Axios")."""
    published: str | None = None
    """The date printed with the names, in ISO form."""


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


_OUTLET_WORDS = frozenset(
    (
        "Axios",
        "News",
        "Times",
        "Post",
        "Journal",
        "Herald",
        "Tribune",
        "Gazette",
        "Chronicle",
        "Dispatch",
        "Ledger",
        "Press",
        "Daily",
        "Radio",
        "Review",
        "Observer",
        "Courier",
        "Star",
        "Sun",
        "Examiner",
        "Bulletin",
        "Standard",
        "Record",
        "Magazine",
        "Media",
        "Report",
        "Wire",
        "Reuters",
        "Bloomberg",
        "AP",
        "AFP",
        "Associated",
        "CNN",
        "NPR",
        "BBC",
        "Politico",
    )
)
"""A word every outlet name holds: other lines are not matched against the pattern."""


@lru_cache(maxsize=4096)  # a line is asked about again (see `furniture_kind`)
def is_outlet(text: str) -> bool:
    """A news outlet's or desk's name: "Axios Seattle", "The Dunmore Dispatch", "Reuters"."""
    words = text.split()
    if not 0 < len(words) <= 8 or _OUTLET_WORDS.isdisjoint(words):
        return False
    return bool(_OUTLET.match(text.strip()))


def _is_role(part: str) -> bool:
    part = part.strip()
    if not part or len(part.split()) > 8:
        return False
    acronym = part.isupper() and part.isalpha() and len(part) <= 5
    return part[0].islower() or acronym or bool(_ROLE_WORDS.search(part))


def _split_date(body: str) -> tuple[str, str | None]:
    """The names part of a byline, and the date written after them."""
    if _FIGURE.search(body) is None:
        return body, None  # every date has a figure in it
    for match in reversed(list(_DATE_SEPARATOR.finditer(body))):
        found = read_date(body[match.end() :])
        if found is not None and not body[match.end() + found.end :].strip():
            return body[: match.start()], found.iso
    return body, None


def _names(body: str, explicit: bool, *, bare: bool = False) -> BylineCue | None:
    outlet = role = None
    head, comma, last = body.rpartition(",")
    if comma and head.strip():
        if is_outlet(last):
            body, outlet = head, last.strip()
        elif _is_role(last) and "," not in head and " and " not in head:
            body, role = head, last.strip()
    parts = [p for p in _JOINERS.split(body) if p]
    if not parts or (not (explicit or bare) and len(parts) < 2 and role is None):
        return None
    if not explicit and is_outlet(body):
        return None  # "Axios Seattle" names an outlet, not a person
    found = []
    for part in parts:
        author = _name(part.strip())
        if author is None:
            return None
        found.append(author)
    if role is not None:
        found = [(found[0][0], role)]
    return BylineCue(tuple(found), explicit, outlet)


@lru_cache(maxsize=4096)  # a line is asked about again (see `furniture_kind`)
def read_byline(text: str, *, bare: bool = False) -> BylineCue | None:
    """The byline a line holds, with its date and outlet, or None.

    "By A", "By A and B", "By A · Mar 25, 2023", "By A, Axios", "A - B" (two names or more
    without "By"), "Posted on August 2, 2023 by A". With `bare`, a single name or "Name,
    role" without "By" reads as a byline too: the page decides where that is plausible.
    """
    stripped = text.strip().strip("*_").strip()
    if not stripped or "\n" in stripped or len(stripped) > 200:
        return None
    if not (stripped[0].isupper() or stripped[:3].lower() == "by "):
        return None  # a byline opens with "By" or a name
    if stripped.count(" ") > 24:
        return None  # longer than names, a role, an outlet and a date: a sentence
    if stripped[-1] in ".!?" and stripped[:3].lower() != "by " and stripped[0] not in "Pp":
        return None  # a sentence: a byline without "By" does not end like one
    posted = _POSTED.match(stripped) if stripped[0] in "Pp" else None
    if posted is not None:
        found = read_date(posted.group(1))
        if found is None or posted.group(1)[found.end :].strip():
            return None
        cue = _names(posted.group(2), explicit=True)
        return None if cue is None else msgspec.structs.replace(cue, published=found.iso)
    explicit = bool(_BY.match(stripped))
    body = _BY.sub("", stripped) if explicit else stripped
    body, published = _split_date(body)
    cue = _names(body, explicit, bare=bare)
    if cue is None:
        return None
    return msgspec.structs.replace(cue, published=published)


def byline_line(text: str) -> BylineCue | None:
    """ "By A", "By A and B", "A, B and C" or "A - B": a byline, wherever it stands."""
    return read_byline(text)


def format_byline(authors: list[tuple[str, str | None]]) -> str:
    """The house form of a byline: "By A", "By A and B", "By A, B and C"."""
    names = [f"{name} ({role})" if role else name for name, role in authors]
    if len(names) == 1:
        return f"By {names[0]}"
    return f"By {', '.join(names[:-1])} and {names[-1]}"
