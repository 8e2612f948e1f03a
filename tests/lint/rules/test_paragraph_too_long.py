"""The `paragraph-too-long` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** Taxes.\n\n" + " ".join(["word"] * 61) + "."), [(7, 1)]),
    (
        briefing(
            "**Why it matters:** Taxes.\n\n"
            "The budget adds $4 million for parks, most of it for the three pools that "
            "closed last summer, and $2.5 million for libraries, which will open on Sundays "
            "again from January. Road repairs get $1 million less than last year, and the "
            "city will put off repaving Pike Street until 2028. The police budget stays "
            "flat for a second year, and the fire department gets two new engines."
        ),
        [(7, 1)],
    ),
]
GOOD = [
    briefing("**Why it matters:** " + " ".join(["word"] * 60) + "."),
    # 60 words as an editor counts them: "up-to-date", "$1.2" and "24-7" once each.
    briefing(
        "**Why it matters:** Taxes.\n\n"
        "The $1.2 million plan keeps the up-to-date dispatch center open 24-7, adds two "
        "ambulances on the east side and pays for eight more paramedics. It also buys a "
        "new radio system, which the county has put off since 2019, and a second boat for "
        "the harbor patrol. The money comes from the reserve fund, not new taxes."
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "paragraph-too-long") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "paragraph-too-long") == []
