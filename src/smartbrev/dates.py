"""Dates as pages print them ("Mar 25, 2023", "Tuesday, March 25, 2023", "2023-03-25"),
read into the ISO form `meta.published` holds."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
MONTH_NAMES = frozenset(_MONTHS)
"""Every way a month is named (lower case): "mar", "march", "sept", ..."""

_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
_WRITTEN = (
    re.compile(
        rf"^{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}",
        re.I,
    ),
    re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>\d{{4}}){_TIME}", re.I),
    re.compile(r"^(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})"),
)
_ISO = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)
_NO_YEAR = re.compile(rf"^{_WEEKDAY}{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?$", re.I)
_PREFIX = re.compile(r"^(?:(?:updated|published|posted|date|dated)\b\s*:?\s*(?:on\s+)?)", re.I)


class Dated:
    """A date read from the start of a text, and how much of the text it took."""

    __slots__ = ("end", "iso")

    def __init__(self, iso: str, end: int) -> None:
        self.iso = iso
        self.end = end


def _month(name: str) -> int | None:
    if name.isdigit():
        return int(name)
    return _MONTHS.get(name.lower())


def _iso(text: str) -> Dated | None:
    match = _ISO.match(text)
    if match is None:
        return None
    try:
        date.fromisoformat(match.group("date"))
    except ValueError:
        return None
    if match.group("time") is None or match.group("zone") is None:
        return Dated(match.group("date"), match.end() if match.group("time") else 10)
    zone = match.group("zone")
    if zone != "Z" and ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    time = match.group("time")
    if time.count(":") == 1:
        time += ":00"
    stamp = f"{match.group('date')}T{time}{zone}"
    try:
        datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return Dated(stamp, match.end())


@lru_cache(maxsize=4096)  # a line is asked about again (see `furniture_kind`)
def read_date(text: str) -> Dated | None:
    """The date a text starts with (after "Updated", "Published", ... if any), or None."""
    prefix = _PREFIX.match(text)
    start = prefix.end() if prefix else 0
    rest = text[start:]
    found = _iso(rest)
    if found is not None:
        return Dated(found.iso, start + found.end)
    for pattern in _WRITTEN:
        match = pattern.match(rest)
        if match is None:
            continue
        month = _month(match.group("month"))
        if month is None:
            continue
        try:
            day = date(int(match.group("year")), month, int(match.group("day")))
        except ValueError:
            continue
        return Dated(day.isoformat(), start + match.end())
    return None


def is_date_without_year(text: str) -> bool:
    """ "Friday, June 6": an issue date a newsletter prints without its year."""
    match = _NO_YEAR.match(text.strip())
    return match is not None and _month(match.group("month")) is not None


def iso_date(value: object) -> str | None:
    """A front matter date (text, or a date YAML already read) in the ISO form, or None."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    found = read_date(text)
    if found is None or text[found.end :].strip():
        jekyll = re.match(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?) ([+-]\d{4})$", text)
        if jekyll is None:
            return None
        found = _iso(f"{jekyll.group(1)}T{jekyll.group(2)}{jekyll.group(3)}")
        return found.iso if found is not None else None
    return found.iso
