"""The `too-many-bullets` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**By the numbers:**\n\n" + "\n".join(f"- {n}" for n in range(6))), [(12, 1)]),
    (
        briefing(
            "**By the numbers:**\n\n- 14 branches.\n- 31 new staff.\n- $2.5 million a year."
            "\n- 40% more visits.\n- 3 study rooms.\n- 9 a.m. openings."
        ),
        [(12, 1)],
    ),
]
GOOD = [
    briefing("**By the numbers:**\n\n" + "\n".join(f"- {n}" for n in range(5))),
    briefing(
        "**By the numbers:**\n\n- 14 branches.\n- 31 new staff.\n- $2.5 million a year."
        "\n\n**Driving the news:**\n\n- The board voted 6-1.\n- Hours start in January."
        "\n- Staff are hired by May."
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "too-many-bullets") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "too-many-bullets") == []
