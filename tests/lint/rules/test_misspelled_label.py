"""The `misspelled-label` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it maters:** Taxes."), [(5, 1)]),
    (briefing("**Driving teh news:** A vote."), [(5, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing("**Our take:** A win."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "misspelled-label") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "misspelled-label") == []
