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
    # Typeset ASCII prose (curly quotes, dashes): the text is scanned all the same.
    (briefing("**Why it matters:** The depot’s roof — once a ruin — was restored."), [(5, 54)]),
    # Letters whose case folds to ASCII ones ("ſ" is a long s) match as the pattern does.
    (briefing("**Why it matters:** The budget waſ approved."), [(5, 32)]),
    (briefing("**Driving the news:** Two clinics were also shut down last week."), [(5, 35)]),
    (briefing("**The latest:** The new bus map is being drawn by consultants."), [(5, 36)]),
    # A state word with a by-agent hides who acted, and is reported.
    (briefing("**Why it matters:** Route 9 was closed by the state for repairs."), [(5, 29)]),
    (briefing("**Zoom in:** The party is divided by the ruling on maps."), [(5, 24)]),
    # A verb that begins with "un" is still a verb.
    (briefing("**Driving the news:** The plan was unveiled at City Hall."), [(5, 32)]),
    # Money that pays is an agent; a rule named later in the sentence does not make the
    # board one; "counted" and "seen" without "as", "taken" somewhere, "being" in a
    # clause of its own are acts.
    (
        briefing(
            "**Follow the money:** Replacing the pipes will cost $190 million; "
            "about a third is covered by state loans."
        ),
        [(5, 81)],
    ),
    (
        briefing(
            "**Driving the news:** The ferry contract was awarded by the board under "
            "a rule adopted in 2019."
        ),
        [(5, 42)],
    ),
    (briefing("**Flashback:** The two who had been counted by the clerk voted no."), [(5, 32)]),
    (briefing("**The backdrop:** The councilman was seen leaving the hearing early."), [(5, 34)]),
    (
        briefing("**Zoom in:** One driver was taken to the hospital, and the road reopened."),
        [(5, 25)],
    ),
    (briefing("**The latest:** The mayor is being criticized by neighbors."), [(5, 30)]),
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
    # Statuses, conditions, limits, duties, plans and origins, as real copy writes them.
    briefing("**By the numbers:** Parents were split almost evenly, 48% in favor, 46% against."),
    briefing(
        "**How it works:** Schools where at least 25% of students are already enrolled in "
        "food or health aid can serve every child free."
    ),
    briefing("**Where it stands:** The building is leased, and racking goes in this summer."),
    briefing("**Driving the news:** They had to replace equipment that was damaged in storage."),
    briefing("**Threat level:** Anyone who was in Concourse B that day may have been exposed."),
    briefing("**Details:** Fares stay at $4.25 through 2024; after that, increases are capped."),
    briefing("**Follow the money:** The utility is required to replace the lead pipes by 2031."),
    briefing("**What's next:** Public star nights are planned twice a month once it opens."),
    briefing("**Flashback:** It is the deepest cut since the district was founded in 1952."),
    briefing("**Reality check:** The second and third buildings won't be finished until 2025."),
    briefing("**How it works:** The college covers whatever tuition and fees are left after aid."),
    briefing("**The big picture:** A ship of 8,000 containers was considered huge in 2010."),
    briefing("**How it works:** Meals are free for students who are directly certified."),
    # How someone is reckoned; an occupied bed; which ships are meant; what a rule says.
    briefing("**The intrigue:** Two members who had been counted as yes votes want time."),
    briefing(
        "**Driving the news:** By 9pm every bed was taken, and workers turned 40 people away."
    ),
    briefing("**The big picture:** The ships being delivered this year carry 24,000 containers."),
    briefing(
        "**Of note:** Farm crews are covered by the state's outdoor heat rule, which "
        "requires shade and water."
    ),
    # The update note at the end of a story.
    briefing(
        "**What's next:** Applications open Feb. 1.\n\n"
        "This story has been updated with the board's final vote count."
    ),
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
