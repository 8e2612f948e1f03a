"""The `misspelled-label` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from smartbrev.lint.rule import FixSafety
from tests.lint.helpers import briefing, positions, run

BAD = [
    (briefing("**Why it maters:** Taxes."), [(5, 1)]),
    (briefing("**Driving teh news:** A vote."), [(5, 1)]),
    (briefing("**Zoom on:** The east side."), [(5, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing("**Our take:** A win."),
    # Numerals stay numerals: "1 big thing" is not a misspelling of "One big thing".
    briefing("**1 big thing:** The port deal."),
    # Garbled by a wrong encoding: that is for `mojibake`.
    briefing("**Whatâ€™s next:** A vote in May."),
    briefing("**ðŸ“Š By the numbers:** 14 branches."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "misspelled-label") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "misspelled-label") == []


@pytest.mark.parametrize(
    ("label", "house", "safety"),
    [
        # Slips of the keys that cannot make another phrase: safe.
        ("Why it maters", "Why it matters", FixSafety.SAFE),
        ("Driving teh news", "Driving the news", FixSafety.SAFE),
        ("Drivng the news", "Driving the news", FixSafety.SAFE),
        ("The big pciture", "The big picture", FixSafety.SAFE),
        ("Bottom lien", "The bottom line", FixSafety.SAFE),
        ("Whyit matters", "Why it matters", FixSafety.SAFE),
        # A whole word differs: the writer may mean another phrase.
        ("Zoom on", "Zoom in", FixSafety.UNSAFE),
        ("What's nxt up", "What's next", FixSafety.UNSAFE),
        ("Why it all matters", "Why it matters", FixSafety.UNSAFE),
        ("State of pay", "State of play", FixSafety.UNSAFE),
    ],
)
def test_fix_is_safe_only_for_slips_that_cannot_make_another_word(
    label: str, house: str, safety: FixSafety
) -> None:
    found = run(briefing(f"**{label}:** The council voted."), "misspelled-label")
    assert [d.message for d in found] == [f"unknown label “{label}”; did you mean “{house}”?"]
    assert found[0].fix is not None
    assert (found[0].fix.new, found[0].fix.safety) == (house, safety)


@pytest.mark.parametrize(
    ("label", "real"),
    [
        ("What we're watching", "What we're hearing"),
        ("Zoom in", "Zoom out"),
        ("What's new", "What's next"),
        ("Be smart", "Behind the scenes"),
    ],
)
def test_one_real_phrase_is_never_made_into_another(label: str, real: str) -> None:
    # Whether or not the registry knows the label, no safe fix turns it into another.
    found = run(briefing(f"**{label}:** The council voted."), "misspelled-label")
    assert not [d for d in found if d.fix and d.fix.safety is FixSafety.SAFE], real
