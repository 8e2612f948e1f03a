"""The `lede-too-long` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** Taxes.", lede=" ".join(["word"] * 36) + "."), [(3, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes.", lede=" ".join(["word"] * 35) + "."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "lede-too-long") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "lede-too-long") == []
