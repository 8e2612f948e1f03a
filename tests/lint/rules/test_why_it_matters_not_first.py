"""The `why-it-matters-not-first` rule: what it must flag, with positions, and what it must pass."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**The big picture:** Deficits.\n\n**Why it matters:** Taxes."), [(7, 1)]),
    (
        briefing("**By the numbers:** 14 branches.\n\n**Why it maters:** Sundays are free."),
        [(7, 1)],
    ),
    # Background, a recap or a detail is no news of its own.
    (briefing("**Flashback:** The levy failed in 2019.\n\n**Why it matters:** Taxes."), [(7, 1)]),
    (
        briefing(
            "**What's happening:** Vendors voted to move inside.\n\n"
            "**Catch up quick:** The market opened in 2009.\n\n"
            "**Why it matters:** Farms need winter cash."
        ),
        [(9, 1)],
    ),
]
GOOD = [
    briefing("**Why it matters:** Taxes.\n\n**The big picture:** Deficits."),
    briefing("**Driving the news:** A vote.\n\n**Why it matters:** Taxes."),
    # The labels that carry the news itself come right under the lede, as real copy has them.
    briefing(
        "**What's happening:** The market's 58 vendors voted to try a winter season.\n\n"
        "- The new space holds 40 stalls.\n\n"
        "**Why it matters:** Winter is when small farms need cash most."
    ),
    briefing(
        "**Situational awareness:** Overnight lows stay below 25 degrees through Thursday."
        "\n\n**Why it matters:** Cold is the leading weather-related cause of death outside."
    ),
    briefing("**The latest:** A mediator called both sides back.\n\n**Why it matters:** Buses."),
    briefing(
        "**1 big thing:** The gain came from the new routing rules.\n\n"
        "**Why it matters:** First-reply time predicts renewals."
    ),
    briefing("**Why it maters:** Sundays are free.\n\n**By the numbers:** 14 branches."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "why-it-matters-not-first") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "why-it-matters-not-first") == []
