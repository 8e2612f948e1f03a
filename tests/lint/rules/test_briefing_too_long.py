"""The `briefing-too-long` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

_PARAGRAPH = (
    "The county's $1.2 billion budget keeps the up-to-date dispatch center open 24-7, adds "
    "two ambulances on the east side and pays for eight more paramedics next spring."
)
"""A paragraph of 27 words by an editor's count ("$1.2", "up-to-date", "24-7" once each)."""

BAD = [
    (briefing("**Why it matters:** " + " ".join(["word"] * 500) + "."), [(1, 1)]),
    # Every word a reader meets counts, labels and byline included, as `stats` counts.
    (
        briefing(
            "\n\n".join(
                f"**{label}:** " + " ".join([_PARAGRAPH] * 5)
                for label in ("Why it matters", "Driving the news", "Zoom in", "What's next")
            )
        ),
        [(1, 1)],
    ),
]
GOOD = [
    briefing("**Why it matters:** " + " ".join(["word"] * 400) + "."),
    briefing(
        "\n\n".join(
            f"**{label}:** {_PARAGRAPH}"
            for label in ("Why it matters", "Driving the news", "Zoom in", "What's next")
        )
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "briefing-too-long") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "briefing-too-long") == []
