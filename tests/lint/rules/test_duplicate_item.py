"""The `duplicate-item` rule: repeated newsletter items it must flag, distinct ones not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import positions
from tests.lint.rules.edition_pages import page

LIBRARY = "All 14 branches will open on Sundays from January.\n"
BAD = [
    # The same lede under another title: reported at the repeated lede.
    (
        page("Fares stay put\n\nThe ferry board kept fares at $3 for a fourth year on Monday.\n"),
        [(15, 1)],
    ),
    # The same title, spelt with other case and punctuation.
    (
        page(
            f"Libraries open on Sundays\n\n{LIBRARY}",
            "LIBRARIES OPEN ON SUNDAYS\n\nBranches open.\n",
        ),
        [(19, 1)],
    ),
]
GOOD = [
    page(f"Libraries open on Sundays\n\n{LIBRARY}"),
    page(
        f"Libraries open on Sundays\n\n{LIBRARY}",
        "Pools open in June\n\nAll six pools open June 1.\n",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "duplicate-item") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "duplicate-item") == []
