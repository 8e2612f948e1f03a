"""The `go-deeper-without-link` rule: what it must flag, with positions, and what it must pass."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Go deeper:**\n\n- The budget in charts"), [(7, 1)]),
    (briefing("**Go deeper:** Iranian, Russian foreign ministers meet in Moscow"), [(5, 1)]),
    # Titles pasted from a page whose links were lost, a bare "Go deeper" line above them.
    (
        "# Ferries go private\n\nThe county picked a ferry operator.\n\n"
        "**Why it matters:** Riders.\n\nGo deeper\n\n"
        "Why Harlow County ran short of deckhands\n\nThe new schedule, route by route\n",
        [(9, 1), (11, 1)],
    ),
    # A title that mentions a request is still a title.
    (briefing("**Go deeper:** Why the council's request for a levy failed"), [(5, 1)]),
]
GOOD = [
    briefing("**Go deeper:**\n\n- [The budget](https://example.org/b)"),
    # A note that the material is to be had offline: there is no address to add.
    briefing(
        "**Go deeper:**\n\n"
        "- The full study is available from the city's small-business office on request\n"
        "- [Map: Every bakery that closed since 2010](https://example.org/bakeries)"
    ),
    briefing("**Go deeper:** Copies of the audit are available at every branch library"),
    briefing("**Go deeper:** [Iranian, Russian foreign ministers meet](https://example.org/a)"),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "go-deeper-without-link") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "go-deeper-without-link") == []
