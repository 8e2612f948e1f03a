"""The `unused-suppression` rule: comments that silence nothing are reported."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (
        briefing("<!-- smartbrev-disable-next-line missing-lede -->\n**Why it matters:** Taxes."),
        [(5, 1)],
    ),
    (
        briefing("**Why it matters:** Taxes. <!-- smartbrev-disable-line missing-lede -->"),
        [(5, 28)],
    ),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing(
        "<!-- smartbrev-disable-next-line weak-intensifiers -->\n"
        "**Why it matters:** A very big deal."
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "unused-suppression", config={"extend-select": ["ALL"]}) == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "unused-suppression", config={"extend-select": ["ALL"]}) == []
