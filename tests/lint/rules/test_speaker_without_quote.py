"""The `speaker-without-quote` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**What they're saying:**\n\n- **Ana Ortiz:** The budget is balanced."), [(7, 1)]),
    (
        briefing(
            "**What they're saying:**\n\n- **Dev Patel**, transit director: Fares will stay "
            "flat through 2027, he said, if the levy passes."
        ),
        [(7, 1)],
    ),
]
GOOD = [
    briefing("**What they're saying:**\n\n- **Ana Ortiz:** “The budget is balanced.”"),
    briefing('**What they\'re saying:**\n\n- **Dev Patel**, transit director: "Fares stay flat."'),
    briefing(
        "**What they're saying:**\n\n- **Dev Patel**, transit director: « Les tarifs restent. »"
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "speaker-without-quote") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "speaker-without-quote") == []
