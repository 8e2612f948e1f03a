"""The `go-deeper-not-last` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Go deeper:** [B](https://example.org)\n\n**What's next:** A vote."), [(5, 1)]),
    (
        briefing(
            "**Why it matters:** Fares stay flat.\n\n"
            "**Go deeper:** [How the fare freeze works](https://example.org/fares)\n\n"
            "**The bottom line:** Riders win this round."
        ),
        [(7, 1)],
    ),
]
GOOD = [
    briefing("**What's next:** A vote.\n\n**Go deeper:** [B](https://example.org)"),
    briefing(
        "**Why it matters:** Fares stay flat.\n\n**The bottom line:** Riders win this round."
        "\n\n**Go deeper:**\n\n- [How the fare freeze works](https://example.org/fares)\n"
        "- [The board's vote](https://example.org/vote)"
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "go-deeper-not-last") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "go-deeper-not-last") == []
