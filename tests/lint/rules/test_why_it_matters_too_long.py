"""The `why-it-matters-too-long` rule: what it must flag, with positions, and what it must pass."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** One. Two. Three."), [(5, 1)]),
    (
        briefing(
            "**Why it matters:** Fares rise 8% in January. Ridership just recovered.\n\n"
            "- Buses carry 60% of trips."
        ),
        [(5, 1)],
    ),
]
GOOD = [
    briefing("**Why it matters:** One. Two."),
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
