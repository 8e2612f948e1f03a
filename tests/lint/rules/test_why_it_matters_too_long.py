"""The `why-it-matters-too-long` rule: what it must flag, with positions, and what it must pass."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** One. Two. Three."), [(5, 1)]),
    # A long argument is long, with supporting bullets under it or without.
    (
        briefing(
            "**Why it matters:** Fares rise 8% in January. Ridership just recovered. Buses "
            "carry most riders.\n\n- Buses carry 60% of trips."
        ),
        [(5, 1)],
    ),
    # A block that opens with its list argues in the list.
    (briefing("**Why it matters:**\n\n- Fares rise.\n- Service falls.\n- Routes end."), [(5, 1)]),
]
GOOD = [
    briefing("**Why it matters:** One. Two."),
    # The bullets set out under the argument are its supporting facts, as newsletters lay
    # them out: two sentences of argument, then the figures.
    briefing(
        "**Why it matters:** Landlords have been living off rent from pre-2020 deals. When "
        "those deals end, many tenants will take half the space.\n\n"
        "- Office vacancy hit 19.6% this winter, a record.\n"
        "- About $270 billion in office mortgages mature before 2026."
    ),
    # The label on the first bullet, then the story's unlabelled detail under it.
    "# Farmers win a right to fix their own tractors\n\n"
    "The state Senate passed a repair bill Thursday.\n\n"
    "- **Why it matters:** Waiting weeks for a dealer's technician can cost a season.\n"
    "- The bill passed 29-9.\n"
    "- It covers tractors sold after 2015.\n\n"
    "Makers fought the bill for three sessions. They lost.\n\n"
    "By Mara Quint\n",
    # Abbreviations and decimals do not end a sentence.
    briefing(
        "**Why it matters:** The U.S. grant covers 3.5 miles of track. Service starts at "
        "5 a.m. in May."
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "why-it-matters-too-long") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "why-it-matters-too-long") == []
