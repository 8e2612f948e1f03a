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
]
GOOD = [
    briefing("**Why it matters:** Taxes.\n\n**The big picture:** Deficits."),
    briefing("**Driving the news:** A vote.\n\n**Why it matters:** Taxes."),
    briefing("**Why it maters:** Sundays are free.\n\n**By the numbers:** 14 branches."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "why-it-matters-not-first") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "why-it-matters-not-first") == []
