"""The `lede-multiple-sentences` rule: what it must flag, with positions, and what it must pass."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, pasted, positions, run

BAD = [
    (briefing("**Why it matters:** Taxes.", lede="The council voted. Taxes stay flat."), [(3, 20)]),
    (
        briefing(
            "**Why it matters:** Taxes.",
            lede="The U.S. Senate passed the bill at 2 a.m. Friday. It now goes to the House.",
        ),
        [(3, 51)],
    ),
]
GOOD = [
    briefing(
        "**Why it matters:** Taxes.",
        lede="Mr. Ortiz and Dr. A. Patel voted Dec. 9 on the $1.5 million plan.",
    ),
    # Abbreviations, initials, decimals and times do not end a sentence.
    briefing(
        "**Why it matters:** Taxes.",
        lede="Gov. Ana Ortiz signed the $4.5 billion U.S. highway bill at 9 a.m. on Monday.",
    ),
    briefing(
        "**Why it matters:** Taxes.",
        lede="“We’re done,” Sen. Dev Patel said after the 52-48 vote on the up-to-date map.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "lede-multiple-sentences") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "lede-multiple-sentences") == []


def test_the_items_of_a_list_kept_in_the_lede_are_not_its_sentences() -> None:
    text = pasted(
        "Harlow's city council passed a $2.1 billion budget shortly after 3am Wednesday, "
        "ending a meeting that began at 4pm Tuesday."
    )
    assert positions(text, "lede-multiple-sentences", fmt="text", schema_errors=True) == []


def test_a_second_sentence_above_a_kept_list_is_still_reported() -> None:
    text = pasted(
        "Harlow's city council passed a $2.1 billion budget shortly after 3am Wednesday. "
        "The meeting began at 4pm Tuesday."
    )
    found = run(text, "lede-multiple-sentences", fmt="text", schema_errors=True)
    assert [d.message for d in found] == ["lede has 2 sentences"]
