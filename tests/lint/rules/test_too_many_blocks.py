"""The `too-many-blocks` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (
        briefing(
            "\n\n".join(f"**Zoom {n}:** Text." for n in ("in", "out", "a", "b", "c", "d", "e", "f"))
        ),
        [(19, 1)],
    ),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "too-many-blocks") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "too-many-blocks") == []
