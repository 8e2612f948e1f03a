"""The `missing-why-it-matters` rule: what it must flag, with positions, and what it must pass."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Driving the news:** The vote was 7-2."), [(3, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing("## WHY IT MATTERS\n\nTaxes."),
    # A typo in the label: misspelled-label reports it; the block is there.
    briefing("**Why it maters:** Fares rise 8% in January."),
    briefing("WHY IT MATTERS: Fares rise 8% in January.", lede="The board met on Tuesday."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "missing-why-it-matters") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "missing-why-it-matters") == []
