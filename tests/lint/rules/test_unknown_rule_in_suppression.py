"""The `unknown-rule-in-suppression` rule: typos in suppression comments are errors."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, run

BAD = [
    (
        briefing("<!-- smartbrev-disable-next-line lede-to-long -->\n**Why it matters:** Taxes."),
        "unknown rule `lede-to-long` in suppression comment; did you mean `lede-too-long`?",
    ),
    (
        briefing("**Why it matters:** Taxes. <!-- smartbrev-disable-line SB999X -->"),
        "unknown rule `SB999X` in suppression comment",
    ),
]
GOOD = [
    briefing(
        "<!-- smartbrev-disable-next-line SB502 weak-intensifiers -- quoted -->\n"
        "**Why it matters:** A very big deal."
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_flags(text: str, message: str) -> None:
    (found,) = run(text, "unknown-rule-in-suppression", config={"extend-select": ["ALL"]})
    assert found.message.startswith(message)
    assert found.span is not None and found.span.line == 5


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert run(text, "unknown-rule-in-suppression", config={"extend-select": ["ALL"]}) == []
