"""The `jargon` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (
        briefing("**Why it matters:** The city will utilize the funds going forward."),
        [(5, 35), (5, 53)],
    ),
]
GOOD = [
    briefing("**Why it matters:** The city will use the money. `utilize` is code."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "jargon") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "jargon") == []
