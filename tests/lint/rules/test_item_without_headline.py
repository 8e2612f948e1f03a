"""The `item-without-headline` rule: newsletter items it must flag (with positions) and
items it must not; briefings are not its business."""

from __future__ import annotations

import pytest

from tests.lint.helpers import positions
from tests.lint.rules.edition_pages import page

BAD = [
    (
        page(
            "2. The library will open on Sundays from January, the board decided.\n\n"
            "**Why it matters:** Sunday is the only free day for many parents.\n"
        ),
        [(13, 1)],
    ),
]
GOOD = [
    page("2. Libraries open on Sundays\n\nAll 14 branches will open on Sundays from January.\n"),
    page("Libraries open on Sundays\n\nAll 14 branches will open on Sundays from January.\n"),
    "The lede of a briefing without a headline.\n\n**Why it matters:** Taxes.\n",
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "item-without-headline") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "item-without-headline") == []


def test_in_an_edition_missing_headline_leaves_items_to_it() -> None:
    text = page(
        "2. The library will open on Sundays from January, the board decided.\n\n"
        "**Why it matters:** Sunday is the only free day for many parents.\n"
    )
    assert positions(text, "missing-headline") == []
    assert positions(text, "item-without-headline") == [(13, 1)]
