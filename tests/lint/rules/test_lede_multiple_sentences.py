"""The `lede-multiple-sentences` rule: what it must flag, with positions, and what it must pass."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** Taxes.", lede="The council voted. Taxes stay flat."), [(3, 20)]),
]
GOOD = [
    briefing(
        "**Why it matters:** Taxes.",
        lede="Mr. Ortiz and Dr. A. Patel voted Dec. 9 on the $1.5 million plan.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "lede-multiple-sentences") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "lede-multiple-sentences") == []
