"""The `passive-voice` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** The budget was approved on Tuesday."), [(5, 32)]),
    (briefing("**Why it matters:** Taxes were quickly taken."), [(5, 27)]),
]
GOOD = [
    briefing("**Why it matters:** The council approved the budget."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "passive-voice") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "passive-voice") == []
