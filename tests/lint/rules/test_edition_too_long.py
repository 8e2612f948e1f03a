"""The `edition-too-long` rule: editions over the word or reading-time limit, and not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import positions
from tests.lint.rules.edition_pages import page

LONG = page(
    "Libraries open on Sundays\n\n"
    + " ".join(["All 14 branches will open on Sundays from January."] * 30)
    + "\n"
)


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ({}, []),
        ({"max-words": 200}, [(1, 1)]),
        ({"max-minutes": 1.0}, [(1, 1)]),
        ({"max-minutes": 1.0, "words-per-minute": 600}, []),
    ],
)
def test_limits_in_words_and_minutes(
    config: dict[str, object], expected: list[tuple[int, int]]
) -> None:
    table = {"rules": {"edition-too-long": config}}
    assert positions(LONG, "edition-too-long", config=table) == expected


def test_a_long_briefing_is_not_an_edition() -> None:
    text = "Title here\n\n" + " ".join(["A sentence of the lede goes on."] * 60) + "\n"
    table = {"rules": {"edition-too-long": {"max-words": 10}}}
    assert positions(text, "edition-too-long", config=table) == []
