"""The `hedge-words` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, positions, run

BAD = [
    (briefing("**Why it matters:** The vote arguably delays it somewhat."), [(5, 30), (5, 49)]),
    (
        briefing("**The big picture:** Turnout was relatively low, and the result seems to hold."),
        [(5, 34), (5, 65)],
    ),
    (briefing("**Yes, but:** The plan is rather vague on who pays."), [(5, 27)]),
    (briefing("**Between the lines:** The deal is kind of a relief for the port."), [(5, 36)]),
    (briefing("**Why it matters:** Prices could perhaps fall by spring."), [(5, 34)]),
    (briefing("**Zoom in:** Officials would rather wait, which is fairly common."), [(5, 52)]),
]
GOOD = [
    briefing("**Why it matters:** The vote delays it. “It is arguably late,” she said."),
    # "rather than" compares, "would rather" prefers: neither hedges.
    briefing("**Driving the news:** The board chose a bond rather than a tax increase."),
    briefing("**What they're saying:** Residents would rather keep the ferry, a survey found."),
    briefing("**Yes, but:** She’d rather wait for the audit before she votes."),
    # A number stated as a floor, and "quite a few", state quantities, not doubts.
    briefing("**By the numbers:** At least 40 people were hurt, and quite a few remain in care."),
    # After a determiner, "kind of" and "sort of" name a type.
    briefing("**Details:** It is a new kind of loan for what sort of buyer the city wants."),
    briefing("**Why it matters:** Workers say they were not treated fairly in the layoffs."),
    # A headline quoting a source in single quotes.
    "# Mayor: ‘Perhaps we moved too fast’\n\nThe mayor spoke.\n\n**Why it matters:** Taxes.\n",
    briefing("**Details:** Anyone who’d rather keep the five-day week can."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "hedge-words") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "hedge-words") == []


def test_exceptions_are_an_option() -> None:
    text = briefing("**Why it matters:** The vote delays it rather than stopping it.")
    config = {"rules": {"hedge-words": {"exceptions": []}}}
    assert [d.message for d in run(text, "hedge-words", config=config)] == ["hedge “rather”"]


def test_options_pickle_for_worker_processes() -> None:
    import pickle

    from smartbrev.lint.rules.hedge_words import Options

    options = Options(extend_words=("maybe",))
    assert pickle.loads(pickle.dumps(options)) == options
