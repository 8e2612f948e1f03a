"""The `bare-url` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why it matters:** Read https://example.org/report now."), [(5, 26)]),
    (briefing("**The latest:** The audit is posted at https://example.org/audit.pdf"), [(5, 40)]),
]
GOOD = [
    briefing(
        "**Why it matters:** Read [the report](https://example.org/report) or `https://x.org`."
    ),
    briefing("**Go deeper:** [The audit](https://example.org/audit.pdf) <https://example.org>"),
    briefing("**Why it matters:** Axios.com and e-mail are words, not links."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "bare-url") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "bare-url") == []
