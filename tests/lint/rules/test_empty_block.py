"""The `empty-block` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:**\n\n**What's next:** A vote."), [(5, 1)]),
    (briefing("**Why it matters:** Taxes.\n\n**Go deeper:**"), [(7, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes.\n\n**Go deeper:** [Budget](https://example.org)"),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "empty-block") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "empty-block") == []
