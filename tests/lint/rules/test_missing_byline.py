"""The `missing-byline` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    ("# Head\n\nThe lede.\n\n**Why it matters:** Taxes.\n", [(1, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "missing-byline") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "missing-byline") == []
