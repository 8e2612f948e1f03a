"""The `nonstandard-label` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why It Matters —** Taxes."), [(5, 1)]),
    (briefing("**What they are saying:**\n\n- **Ana:** “Yes.”"), [(5, 1)]),
    (briefing("**Big picture:** Deficits."), [(5, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing("**What they’re saying:**\n\n- **Ana:** “Yes.”"),
    # Numerals stay numerals: no rule turns "1 big thing" into "One big thing".
    briefing("**1 big thing:** The port deal."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "nonstandard-label") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "nonstandard-label") == []
