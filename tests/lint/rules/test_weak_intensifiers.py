"""The `weak-intensifiers` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions, run

BAD = [
    (briefing("**Why it matters:** The budget is very big."), [(5, 35)]),
    (briefing("**Zoom in:** The new line is a very expensive way to add seats."), [(5, 32)]),
    (briefing("**Reality check:** Turnout was really low, even for a runoff."), [(5, 32)]),
    (briefing("**Why it matters:** The cuts are extremely unpopular with nurses."), [(5, 34)]),
    (briefing("**Be smart:** It is super hard to find a rental under $2,000."), [(5, 21)]),
    (
        briefing("**Reality check:** The repairs were really slow, and the bill really big."),
        [(5, 37), (5, 63)],
    ),
]
GOOD = [
    briefing("**Why it matters:** The budget is $1.2 billion. “It is very big,” she said."),
    # "Very" after a determiner is the adjective: it says which one, not how much.
    briefing("**What's next:** The vote comes at the very end of the session."),
    briefing("**Driving the news:** Councilors met this very morning to sign it."),
    briefing("**Flashback:** The very first ferry left the pier in 1911."),
    # A source's words, in straight, curly or single quotes.
    briefing('**What they\'re saying:** "It was really close," the clerk said.'),
    "# Clerk: ‘It was really close’\n\nThe count ended.\n\n**Why it matters:** Taxes.\n",
    # Names that hold a listed word.
    briefing("**Why it matters:** Ads for the Super Bowl cost $7 million; a super PAC paid."),
    # "Really" that asks or doubts, not stresses.
    "# Can the shelters really hold 4,000 people?\n\nThe county says yes.\n\n"
    "**Why it matters:** Fire season starts in June.\n",
    briefing("**Our thought bubble:** The fight was never really about wrenches."),
    briefing("**Yes, but:** Nobody knows who pays. Is it really the state?"),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "weak-intensifiers") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "weak-intensifiers") == []


def test_extend_words_adds_to_the_list() -> None:
    text = briefing("**Why it matters:** The fees are insanely high.")
    config = {"rules": {"weak-intensifiers": {"extend-words": ["insanely"]}}}
    assert [d.message for d in run(text, "weak-intensifiers", config=config)] == [
        "weak intensifier “insanely”"
    ]
