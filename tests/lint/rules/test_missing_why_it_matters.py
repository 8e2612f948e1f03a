"""The `missing-why-it-matters` rule: what it must flag, with positions, and what it must pass."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions
from tests.lint.rules.edition_pages import page

BAD = [
    (briefing("**Driving the news:** The vote was 7-2."), [(3, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing("## WHY IT MATTERS\n\nTaxes."),
    # A typo in the label: misspelled-label reports it; the block is there.
    briefing("**Why it maters:** Fares rise 8% in January."),
    briefing("WHY IT MATTERS: Fares rise 8% in January.", lede="The board met on Tuesday."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "missing-why-it-matters") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "missing-why-it-matters") == []


# A newsletter's short items are told in a sentence or two, without labels.
SHORT_ITEM = (
    "Libraries open on Sundays\n\n"
    "All 14 branches will open on Sundays from January, the library board decided on "
    "Tuesday.\n"
)
# A longer item is a story, and says why it matters.
LONG_ITEM = (
    "Libraries open on Sundays\n\n"
    "All 14 branches will open on Sundays from January, the library board decided on "
    "Tuesday, after a year in which weekend visits rose by a third.\n\n"
    "**Driving the news:** The board moved $1.4 million from the building fund to pay for "
    "the extra hours, which need 38 more part-time staff across the system.\n\n"
    "- Branches will open from noon to 5pm.\n"
    "- The main library keeps its Saturday hours.\n"
    "- Story times move to Sunday afternoons at the six largest branches, where most "
    "weekend visitors are families with young children.\n"
)


def test_a_short_newsletter_item_needs_no_why_it_matters() -> None:
    assert positions(page(SHORT_ITEM), "missing-why-it-matters") == []


def test_a_longer_newsletter_item_still_needs_one() -> None:
    assert positions(page(LONG_ITEM), "missing-why-it-matters") == [(15, 1)]


def test_the_lead_item_needs_one_however_short() -> None:
    lead_only = page(SHORT_ITEM).replace(
        "**Why it matters:** Fares were due to rise to $3.50.\n", ""
    )
    assert positions(lead_only, "missing-why-it-matters") == [(7, 1)]


def test_every_item_can_be_held_to_it() -> None:
    table = {"rules": {"missing-why-it-matters": {"edition-item-min-words": 0}}}
    found = positions(page(SHORT_ITEM), "missing-why-it-matters", config=table)
    assert found == [(15, 1)]
