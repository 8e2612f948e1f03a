"""The `unknown-label` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Our take:** A quiet win."), [(5, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing("**Why it maters:** Typo, another rule."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "unknown-label") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "unknown-label") == []
