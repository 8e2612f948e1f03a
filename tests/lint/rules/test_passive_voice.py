"""The `passive-voice` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** The budget was approved on Tuesday."), [(5, 32)]),
    (briefing("**Why it matters:** Taxes were quickly taken."), [(5, 27)]),
    # Capitals, punctuation against the verb, and non-ASCII text around it.
    (briefing("**Why it matters:** THE BUDGET WAS APPROVED."), [(5, 32)]),
    (briefing("**Why it matters:** (Was approved) on Tuesday."), [(5, 22)]),
    (briefing("**Why it matters:** Zoë’s café was sold."), [(5, 32)]),
    # Letters whose case folds to ASCII ones ("ſ" is a long s) match as the pattern does.
    (briefing("**Why it matters:** The budget waſ approved."), [(5, 32)]),
]
GOOD = [
    briefing("**Why it matters:** The council approved the budget."),
    briefing("**Why it matters:** The council said “it was approved” on Tuesday."),
    briefing("**Why it matters:** Thisis approved."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "passive-voice") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "passive-voice") == []
