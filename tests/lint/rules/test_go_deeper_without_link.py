"""The `go-deeper-without-link` rule: what it must flag, with positions, and what it must pass."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Go deeper:**\n\n- The budget in charts"), [(7, 1)]),
    (briefing("**Go deeper:** Iranian, Russian foreign ministers meet in Moscow"), [(5, 1)]),
]
GOOD = [
    briefing("**Go deeper:**\n\n- [The budget](https://example.org/b)"),
    briefing("**Go deeper:** [Iranian, Russian foreign ministers meet](https://example.org/a)"),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "go-deeper-without-link") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "go-deeper-without-link") == []
