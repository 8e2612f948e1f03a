"""The `unbalanced-quotes` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** “We will not raise taxes, the mayor said."), [(5, 21)]),
    (briefing('**Why it matters:** He said "no.'), [(5, 29)]),
    (
        briefing(
            "**What they're saying:** “We were told the pier was safe,” she said. “It wasn’t."
        ),
        [(5, 70)],
    ),
]
GOOD = [
    briefing('**Why it matters:** “Yes,” she said. `"` is code.'),
    # Apostrophes are not quotation marks, and a source's quote may hold a quote.
    briefing("**Why it matters:** It’s the riders’ money, and the ’90s fare cap is gone."),
    briefing("**Zoom in:** “They called it ‘temporary’ in 2019,” the clerk said."),
    briefing("**Zoom in:** \"They called it 'temporary' in 2019,\" the clerk said."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "unbalanced-quotes") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "unbalanced-quotes") == []
