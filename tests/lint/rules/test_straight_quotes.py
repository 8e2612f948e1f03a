"""The `straight-quotes` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing('**Why it matters:** "We can\'t," she said.'), [(5, 21)]),
    (briefing("**Flashback:** The pier's first ferry ran in the '90s."), [(5, 24)]),
]
GOOD = [
    briefing("**Why it matters:** “We can’t,” she said. `don't` is code."),
    briefing("**Flashback:** The pier’s first ferry ran in the ’90s, “for good,” she said."),
    briefing("**Go deeper:** [Riders' guide](https://example.org/riders'-guide)"),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "straight-quotes") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "straight-quotes") == []
