"""The `unbalanced-quotes` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** “We will not raise taxes, the mayor said."), [(5, 21)]),
    (briefing('**Why it matters:** He said "no.'), [(5, 29)]),
]
GOOD = [
    briefing('**Why it matters:** “Yes,” she said. `"` is code.'),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "unbalanced-quotes") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "unbalanced-quotes") == []
