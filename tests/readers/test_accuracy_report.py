"""docs/accuracy.md is what `python -m tests.readers.accuracy --write` writes today, and
the linter stays fair on the real-shape corpus: every finding it reports there carries an
editor's verdict (tests/data/real-shapes/findings.txt), no verdict is left on a finding it
no longer reports, and no rule's findings are false more than 5% of the time."""

from __future__ import annotations

import re

import pytest

from tests.readers.accuracy import (
    FALSE_POSITIVE_TARGET,
    REPORT,
    Verdicts,
    given_verdicts,
    judge,
    report,
)
from tests.readers.corpus_reading import Reading, drafts, read


@pytest.fixture(scope="module")
def readings() -> list[Reading]:
    return [read(draft) for draft in drafts()]


@pytest.fixture(scope="module")
def verdicts(readings: list[Reading]) -> Verdicts:
    return judge(readings)


def test_the_accuracy_report_is_current(readings: list[Reading], verdicts: Verdicts) -> None:
    expected = report(readings, verdicts)
    assert REPORT.read_text(encoding="utf-8") == expected, (
        "docs/accuracy.md is stale: run `python -m tests.readers.accuracy --write`"
    )


def test_every_finding_has_a_verdict(verdicts: Verdicts) -> None:
    assert verdicts.found, "the linter found nothing at all on the corpus"
    assert verdicts.unjudged == [], "judge each new finding in findings.txt, as an editor"


def test_no_verdict_is_left_on_a_finding_no_longer_reported(verdicts: Verdicts) -> None:
    assert verdicts.stale == [], "remove these lines from findings.txt"


def test_every_verdict_says_ok_or_false_and_why() -> None:
    unclear = [
        f"{finding} -- {verdict}"
        for finding, verdict in given_verdicts().items()
        if not re.match(r"(?:ok|false): \S", verdict)
    ]
    assert unclear == []


def test_no_rule_is_false_more_than_five_percent_of_the_time(verdicts: Verdicts) -> None:
    over = {}
    for code in set(verdicts.agreed) | set(verdicts.disagreed):
        false, total = verdicts.disagreed[code], verdicts.agreed[code] + verdicts.disagreed[code]
        if false / total > FALSE_POSITIVE_TARGET:
            over[code] = f"{false} of {total} false"
    assert over == {}
