"""The `unsafe-link` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Go deeper:**\n\n- [Budget](javascript:alert(1))"), [(7, 1)]),
    (briefing("**Why it matters:** See [this](data:text/html,hi)."), [(5, 32)]),
    (briefing("**Go deeper:** [The report](JavaScript:void(0))"), [(5, 1)]),
]
GOOD = [
    briefing("**Why it matters:** See [this](https://example.org) or <mailto:desk@example.org>."),
    briefing("**Go deeper:** [The audit, in full](https://example.org/audit?page=2#top)"),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "unsafe-link") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "unsafe-link") == []
