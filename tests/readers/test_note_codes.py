"""What a reader notes is reported with the name and severity its code declares."""

from __future__ import annotations

import pytest

from smartbrev.diagnostics import CODES
from smartbrev.readers.source import parse_text

HEAD = "# Ferry adds a late sailing\n\nThe ferry will sail at 11 p.m. from March.\n\n"
DRAFTS = {
    "SB020": HEAD + "**Why it matters:** Shift workers get home.\n\nBy Ana Ortiz\n\nMore text.\n",
    "SB021": HEAD + "**By the numbers:**\n\n- Two boats\n  - One new\n\nBy Ana Ortiz\n",
    "SB022": HEAD + "- A list before any label\n\n**Why it matters:** It helps.\n\nBy Ana Ortiz\n",
}


@pytest.mark.parametrize("code", sorted(DRAFTS))
def test_a_reader_note_matches_its_code(code: str) -> None:
    notes = [d for d in parse_text(DRAFTS[code], "markdown", "a.md").diagnostics if d.code == code]
    assert notes, f"the draft should make the reader note {code}"
    for note in notes:
        assert note.name == CODES[code].name
        assert note.severity is CODES[code].severity
