"""The `passive-voice` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions, run

BAD = [
    (briefing("**Why it matters:** The budget was approved on Tuesday."), [(5, 32)]),
    (briefing("**Why it matters:** Taxes were quickly taken."), [(5, 27)]),
    # Capitals, punctuation against the verb, and non-ASCII text around it.
    (briefing("**Why it matters:** THE BUDGET WAS APPROVED."), [(5, 32)]),
    (briefing("**Why it matters:** (Was approved) on Tuesday."), [(5, 22)]),
    (briefing("**Why it matters:** Zoë’s café was sold."), [(5, 32)]),
    # Letters whose case folds to ASCII ones ("ſ" is a long s) match as the pattern does.
    (briefing("**Why it matters:** The budget waſ approved."), [(5, 32)]),
    (briefing("**Driving the news:** Two clinics were also shut down last week."), [(5, 35)]),
    (briefing("**The latest:** The new bus map is being drawn by consultants."), [(5, 36)]),
    # A state word with a by-agent hides who acted, and is reported.
    (briefing("**Why it matters:** Route 9 was closed by the state for repairs."), [(5, 29)]),
    (briefing("**Zoom in:** The party is divided by the ruling on maps."), [(5, 24)]),
    # A verb that begins with "un" is still a verb.
    (briefing("**Driving the news:** The plan was unveiled at City Hall."), [(5, 32)]),
]
GOOD = [
    briefing("**Why it matters:** The council approved the budget."),
    briefing("**Why it matters:** The council said “it was approved” on Tuesday."),
    briefing("**Why it matters:** Thisis approved."),
    # Adjectival predicates: they describe a state, and no agent is meant.
    briefing("**Why it matters:** The 7:40 ferry is crowded every weekday."),
    briefing("**By the numbers:** About 4,100 residents are uninsured, up 9% from 2022."),
    briefing("**Driving the news:** Schools were closed Monday as the storm hit."),
    briefing("**Details:** The clinic is located on Pike Street and is based in Tacoma."),
    briefing("**What's next:** A final vote is scheduled for May 14."),
    briefing("**The big picture:** Voters are interested in transit but concerned about cost."),
    briefing("**Flashback:** The founder was born in 1952 in Spokane."),
    briefing("**Reality check:** The pier was crowded by noon, and parking was limited."),
    briefing("**Yes, but:** The result is unprecedented, and the seat was unopposed."),
    briefing("**What's next:** The lot is expected to be packed by the end of the game."),
    # A source's words, in any quotation marks, are theirs.
    briefing('**What they\'re saying:** "We were blindsided," the chair said.'),
    briefing("**What they're saying:** “We were told nothing,” said one driver."),
    "# Chair: ‘We were blindsided’\n\nThe board met.\n\n**Why it matters:** Taxes.\n",
    # A long quote runs on into the next paragraph without a closing mark.
    briefing(
        "**What they're saying:** “The county was warned for years.\n\n"
        "“Nothing was done,” the auditor wrote."
    ),
    briefing("**Yes, but:** The shelters are meant to be temporary and are designed for 90 days."),
    briefing("**The latest:** Who pays for the dredging is not settled."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "passive-voice") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "passive-voice") == []


def test_ignore_option_spares_a_participle() -> None:
    text = briefing("**Why it matters:** The new chief was named on Friday.")
    assert len(run(text, "passive-voice")) == 1
    config = {"rules": {"passive-voice": {"ignore": ["named"]}}}
    assert run(text, "passive-voice", config=config) == []
