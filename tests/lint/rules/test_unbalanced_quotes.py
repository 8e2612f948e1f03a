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
    # Left open, and the next paragraph does not open a quotation: not a run-on quote.
    (
        briefing("**Zoom in:** “We will run a reduced schedule.\n\n- Buses run hourly."),
        [(5, 14)],
    ),
]
GOOD = [
    briefing('**Why it matters:** “Yes,” she said. `"` is code.'),
    # Apostrophes are not quotation marks, and a source's quote may hold a quote.
    briefing("**Why it matters:** It’s the riders’ money, and the ’90s fare cap is gone."),
    briefing("**Zoom in:** “They called it ‘temporary’ in 2019,” the clerk said."),
    briefing("**Zoom in:** \"They called it 'temporary' in 2019,\" the clerk said."),
    # A quotation over several paragraphs: each left open, the next opening again.
    briefing(
        "**What they're saying:** The county executive wrote:\n\n"
        "“We will do everything we can to keep the buses running.\n\n"
        "“We ask riders to plan for longer waits.”"
    ),
    briefing(
        "**What they're saying:** The county executive wrote:\n\n"
        '"We will do everything we can to keep the buses running.\n\n'
        '"We ask riders to plan for longer waits."'
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "unbalanced-quotes") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "unbalanced-quotes") == []
