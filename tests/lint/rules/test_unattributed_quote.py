"""The `unattributed-quote` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** “We will not raise taxes this year.”"), [(5, 21)]),
]
GOOD = [
    briefing("**Why it matters:** “We will not raise taxes this year,” the mayor said."),
    briefing("**What they're saying:**\n\n- **Ana Ortiz:** “We will not raise taxes this year.”"),
    briefing("**Why it matters:** The “rainy day” fund stays."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "unattributed-quote") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "unattributed-quote") == []
