"""The `unattributed-quote` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** “We will not raise taxes this year.”"), [(5, 21)]),
    (
        briefing("**Driving the news:** The hearing ran late. “This budget is a promise kept.”"),
        [(5, 45)],
    ),
    (briefing('**Yes, but:** "Nobody asked the riders what they need."'), [(5, 15)]),
    # The next paragraph is in another block: it attributes nothing here.
    (
        briefing(
            "**Why it matters:** “The fares pay for half the service.”\n\n"
            "**What's next:** The mayor said the board votes in May."
        ),
        [(5, 21)],
    ),
]
GOOD = [
    briefing("**Why it matters:** “We will not raise taxes this year,” the mayor said."),
    briefing("**What they're saying:**\n\n- **Ana Ortiz:** “We will not raise taxes this year.”"),
    briefing("**Why it matters:** The “rainy day” fund stays."),
    # Reported speech, attributed the ways newsroom copy does it.
    briefing('**Driving the news:** The Seattle Times has reported that "the deal is close."'),
    briefing(
        "**What they found:** “Rents rose fastest where wages rose least,” the authors wrote."
    ),
    briefing("**Between the lines:** According to the report, “the county under-counted by 12%.”"),
    briefing("**Why it matters:** “It is the worst flooding in a decade,” she told Axios."),
    briefing('**The latest:** Per the filing, "the company cannot pay its March bills."'),
    briefing("**Zoom in:** The mayor said: “We will not raise taxes this year.”"),
    briefing("**Yes, but:** The union's answer: “We have heard this promise before.”"),
    briefing("**The other side:** “Buses are not the problem, parking is.” — Dev Patel"),
    # The attribution is in the paragraph before (a colon) or the next one.
    briefing(
        "**What they're saying:** The chair put it bluntly:\n\n“We cannot keep the ferry running.”"
    ),
    briefing(
        "**What they're saying:** “We cannot keep the ferry running on this budget.”\n\n"
        "That was how the chair told it to the board on Monday. Nobody disagreed."
    ),
    briefing("**What they're saying:** Ana Ortiz:\n\n“We will not raise taxes this year.”"),
    # The attribution before a quotation covers every paragraph it runs over.
    briefing(
        "**What they're saying:** The county executive wrote to riders Friday:\n\n"
        "“We will do everything we can to keep the buses running.\n\n"
        "“We ask riders to plan for longer waits on the busiest routes.”"
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "unattributed-quote") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "unattributed-quote") == []
