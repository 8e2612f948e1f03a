"""The `too-many-bullets` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**By the numbers:**\n\n" + "\n".join(f"- {n}" for n in range(6))), [(12, 1)]),
]
GOOD = [
    briefing("**By the numbers:**\n\n" + "\n".join(f"- {n}" for n in range(5))),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "too-many-bullets") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "too-many-bullets") == []
