"""The `sentence-too-long` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions, run

BAD = [
    (briefing("**Why it matters:** Short one. Word " + " ".join(["word"] * 30) + "."), [(5, 32)]),
    (
        briefing(
            "**Driving the news:** The board, which met for four hours on Tuesday after a "
            "public hearing that drew more than 200 residents, many of them parents of "
            "students who ride the buses, voted 5-2 to keep fares at today's prices."
        ),
        [(5, 23)],
    ),
]
GOOD = [
    briefing("**Why it matters:** " + " ".join(["word"] * 30) + "."),
    # 30 words, with hyphens, decimals and a slash counted as an editor counts them.
    briefing(
        "**Driving the news:** The state-run clinic on Route 9 will stay open 24-7 from "
        "May 1, its director said, after a $1.5 million grant and a 9/11 memorial fund "
        "covered the night shift."
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "sentence-too-long") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "sentence-too-long") == []


def test_garbled_text_is_counted_as_written() -> None:
    # 31 words as written; the wrong encoding's "â€”" and "â€™" are not words.
    sentence = (
        "The cityâ€™s only outdoor public pool will stay closed through 2023 after inspectors "
        "found cracks in its main drain line â€” the second summer in a row it has missed "
        "opening day."
    )
    (found,) = run(
        briefing("**Why it matters:** Pools matter.", lede=sentence), "sentence-too-long"
    )
    assert found.message == "sentence is 31 words (limit 30)"
