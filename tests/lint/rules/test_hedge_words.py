"""The `hedge-words` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** The vote arguably delays it somewhat."), [(5, 30), (5, 49)]),
]
GOOD = [
    briefing("**Why it matters:** The vote delays it. “It is arguably late,” she said."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "hedge-words") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "hedge-words") == []
