"""The `unknown-label` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions, run

BAD = [
    (briefing("**Our take:** A quiet win."), [(5, 1)]),
    (briefing("**Why it matters:** Taxes.\n\n**The money trail:** Who paid."), [(7, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing("**Why it maters:** Typo, another rule."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "unknown-label") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "unknown-label") == []


def test_uses_the_configured_similarity_of_misspelled_label() -> None:
    # "Why it mattered" is a near miss by default (misspelled-label reports it); with a
    # stricter misspelled-label, it is no near miss, and unknown-label takes it.
    text = briefing("**Why it mattered:** Taxes.")
    assert run(text, "unknown-label") == []
    strict = {"rules": {"misspelled-label": {"min-similarity": 0.99}}}
    assert [d.message for d in run(text, "unknown-label", config=strict)] == [
        "“Why it mattered” is not a Smart Brevity label"
    ]
