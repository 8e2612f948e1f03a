"""The `missing-lede` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    ("**Why it matters:** Taxes stay flat.\n\nBy Ana Ortiz\n", [(1, 1)]),
    ("# Libraries open on Sundays\n\n**Why it matters:** Parents work weekdays.\n", [(1, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing("**Why it matters:** Parents work weekdays.", lede="Libraries open on Sundays."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    # A missing lede breaks the schema too: lint reports that as well (a superset of
    # validate), and this rule adds the editor's advice.
    assert positions(text, "missing-lede", schema_errors=True) == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "missing-lede") == []
