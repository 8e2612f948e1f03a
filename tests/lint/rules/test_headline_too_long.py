"""The `headline-too-long` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import positions

BAD = [
    ("# The city council voted on Tuesday night to approve a flat budget\n\nLede.\n", [(1, 1)]),
    (
        "# Council votes 7-2 to freeze fares, add late buses and rebuild the 9th Street stop"
        "\n\nLede.\n",
        [(1, 1)],
    ),
    # Eleven words, garbled or not.
    ("# CafÃ© OlÃ©â€™s owners buy back the building they nearly lost in 2020\n\nLede.\n", [(1, 1)]),
]
GOOD = [
    "# Council passes a flat budget\n\nLede.\n",
    # Ten words as an editor counts them ("7-2", "up-to-date" once each).
    "# Council votes 7-2 for an up-to-date bus map by June\n\nLede.\n",
    # Nine words as written ("Café Olé’s owners ..."): the garbled characters of a wrong
    # encoding are not words of their own.
    "# CafÃ© OlÃ©â€™s owners buy the building they nearly lost\n\nLede.\n",
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "headline-too-long") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "headline-too-long") == []
