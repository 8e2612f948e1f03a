"""The `jargon` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (
        briefing("**Why it matters:** The city will utilize the funds going forward."),
        [(5, 35), (5, 53)],
    ),
]
GOOD = [
    briefing("**Why it matters:** The city will use the money. `utilize` is code."),
    briefing("**What they're saying:** “We will leverage every dollar,” the mayor said."),
    briefing("**Driving the news:** The board meets before the vote, as it did last year."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "jargon") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "jargon") == []


def test_exceptions_spare_a_phrase() -> None:
    from tests.lint.helpers import run

    text = briefing("**Why it matters:** The bank's leverage ratio fell to 4%.")
    assert [d.message for d in run(text, "jargon")] == ["jargon “leverage”; say “use”"]
    config = {"rules": {"jargon": {"exceptions": ["leverage ratio"]}}}
    assert run(text, "jargon", config=config) == []
