"""The `lede-too-long` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, pasted, positions

BAD = [
    (briefing("**Why it matters:** Taxes.", lede=" ".join(["word"] * 36) + "."), [(3, 1)]),
    # 36 words as an editor counts them.
    (
        briefing(
            "**Why it matters:** Taxes.",
            lede=(
                "The county board voted 5-2 on Tuesday to spend $4.2 million on the "
                "long-delayed Route 9 repairs, a decade after the state first flagged the "
                "bridge as one of the worst in the region, and after three years of "
                "public hearings on it."
            ),
        ),
        [(3, 1)],
    ),
]
GOOD = [
    briefing("**Why it matters:** Taxes.", lede=" ".join(["word"] * 35) + "."),
    # 35 words: "5-2", "$4.2", "long-delayed", "U.S." and "9/11" count once each.
    briefing(
        "**Why it matters:** Taxes.",
        lede=(
            "The county board voted 5-2 on Tuesday to spend $4.2 million on the long-delayed "
            "Route 9 repairs, the largest U.S. grant the county has won since 9/11, after "
            "three years of public hearings on it."
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "lede-too-long") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "lede-too-long") == []


def test_a_list_kept_in_the_lede_is_not_counted() -> None:
    # 26 words (the three items would make it 66).
    lede = (
        "Harlow's city council passed a $2.1 billion budget shortly after 3am Wednesday, "
        "ending a meeting that began at 4pm Tuesday with 200 public speakers."
    )
    assert positions(pasted(lede), "lede-too-long", fmt="text", schema_errors=True) == []


def test_the_lede_above_a_kept_list_is_still_counted() -> None:
    lede = (
        "Harlow's city council passed a $2.1 billion budget shortly after 3am Wednesday, "
        "ending a meeting that began at 4pm Tuesday with more than 200 public speakers and "
        "a late fight over the city youth jobs program."
    )
    assert positions(pasted(lede), "lede-too-long", fmt="text", schema_errors=True) == [(2, 1)]
