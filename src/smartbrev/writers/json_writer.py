"""Canonical JSON: schema key order, 2-space indent, UTF-8 as is, a final newline."""

from __future__ import annotations

import json

from smartbrev.model import Briefing


def write_json(doc: Briefing) -> str:
    """The briefing as canonical JSON."""
    return json.dumps(doc.to_data(), indent=2, ensure_ascii=False) + "\n"
