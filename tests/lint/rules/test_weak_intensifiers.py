"""The `weak-intensifiers` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** The budget is very big."), [(5, 35)]),
]
GOOD = [
    briefing("**Why it matters:** The budget is $1.2 billion. “It is very big,” she said."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "weak-intensifiers") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "weak-intensifiers") == []
