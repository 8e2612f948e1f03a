"""The `duplicate-block` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** Taxes.\n\n**Why it matters:** Parks."), [(7, 1)]),
    (briefing("**Our take:** A.\n\n**Our Take:** B."), [(7, 1)]),
    (
        briefing(
            "**What they're saying:** “Yes,” she said.\n\n**What they are saying:** “No,” he said."
        ),
        [(7, 1)],
    ),
]
GOOD = [
    briefing("**Why it matters:** Taxes.\n\n**Zoom in:** Parks."),
    briefing("**Zoom in:** The east side.\n\n**Zoom out:** The region."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "duplicate-block") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "duplicate-block") == []
