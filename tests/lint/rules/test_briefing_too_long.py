"""The `briefing-too-long` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** " + " ".join(["word"] * 500) + "."), [(1, 1)]),
]
GOOD = [
    briefing("**Why it matters:** " + " ".join(["word"] * 400) + "."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "briefing-too-long") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "briefing-too-long") == []
