"""Checks for metadata taken from foreign formats (HTML JSON-LD, other ninjs items):
only values the schema accepts are kept, so a best-effort briefing still validates."""

from __future__ import annotations

import re

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def is_datetime(value: object) -> bool:
    """An RFC 3339 date-time, as `meta.published` requires."""
    return isinstance(value, str) and bool(_RFC3339.match(value))


def is_language(value: object) -> bool:
    """A BCP 47 language tag, as `meta.language` requires."""
    return isinstance(value, str) and bool(_LANGUAGE.match(value))
