"""The `unknown-label` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions, run

BAD = [
    (briefing("**Our take:** A quiet win."), [(5, 1)]),
    (briefing("**Why it matters:** Taxes.\n\n**The money trail:** Who paid."), [(7, 1)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing("**Why it maters:** Typo, another rule."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "unknown-label") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "unknown-label") == []


def test_uses_the_configured_similarity_of_misspelled_label() -> None:
    # "Why it mattered" is a near miss by default (misspelled-label reports it); with a
    # stricter misspelled-label, it is no near miss, and unknown-label takes it.
    text = briefing("**Why it mattered:** Taxes.")
    assert run(text, "unknown-label") == []
    strict = {"rules": {"misspelled-label": {"min-similarity": 0.99}}}
    assert [d.message for d in run(text, "unknown-label", config=strict)] == [
        "“Why it mattered” is not a Smart Brevity label"
    ]


def _found(text: str, table: dict[str, list[str]] | None) -> list[str]:
    """The codes `lint` reports with the default rules, or with one configuration table."""
    from pathlib import Path

    from smartbrev.lint.config import Loaded, resolve
    from smartbrev.lint.engine import lint_source
    from smartbrev.readers.source import parse_text

    cli = (("test", table),) if table else ()
    settings = resolve(Path("draft.md"), Loaded(None, ()), cli)
    source = parse_text(text, "markdown", "draft.md")
    return [d.code for d in lint_source(source, settings).diagnostics]


# A company newsletter's own labels, the kind a house writes on purpose.
NEWSROOM = briefing(
    "**Why it matters:** About 140 of you work at Harbor Street.\n\n"
    "**What's changing for you:** Shifts start 30 minutes later.\n\n"
    "**Our take:** The later start is overdue.\n\n"
    "**Ask the desk:** Send questions by replying to this email."
)

# Labels real newsroom copy uses that the registry knows (since schema 1.2).
REGISTERED = briefing(
    "**Why it matters:** About 140 of you work at Harbor Street.\n\n"
    "**Stunning stat:** Two of the 11 clinics had no nurse in March.\n\n"
    "**Programming note:** This story is part of our series on rural health care."
)


def test_is_not_enabled_by_default() -> None:
    assert "SB303" not in _found(NEWSROOM, None)


@pytest.mark.parametrize(
    "table", [{"select": ["ALL"]}, {"extend-select": ["unknown-label"]}, {"select": ["SB3"]}]
)
def test_is_enabled_when_selected(table: dict[str, list[str]]) -> None:
    assert _found(NEWSROOM, table).count("SB303") == 3


def test_labels_the_registry_learned_from_real_copy_are_known() -> None:
    assert "SB303" not in _found(REGISTERED, {"select": ["ALL"]})
