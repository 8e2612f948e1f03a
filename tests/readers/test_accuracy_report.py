"""docs/accuracy.md is what `python -m tests.readers.accuracy --write` writes today, and
the linter stays fair on the real-shape corpus: every finding it reports there carries an
editor's verdict (tests/data/real-shapes/findings.txt), no verdict is left on a finding it
no longer reports, and no rule's findings are false more than 5% of the time."""

from __future__ import annotations

import re

import pytest

from smartbrev.lint.registry import BY_CODE
from tests.conftest import RunCli
from tests.readers.accuracy import (
    FALSE_POSITIVE_TARGET,
    REPORT,
    Verdicts,
    findings,
    given_verdicts,
    judge,
    linted,
    report,
)
from tests.readers.corpus_reading import CORPUS, Reading, drafts, read, truth_of

_CONCISE = re.compile(r"^.*?([^/]+):(\d+):(\d+): \w+\[(SB\d+)\] (?:\[\*\] )?([\w-]+):")


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


@pytest.mark.parametrize(
    "name", ["txt-newsletter-am-dashes.txt", "html-newsletter-email-dunmore.html"]
)
def test_a_newsletter_page_is_judged_on_what_the_command_line_reports(
    run_cli: RunCli, name: str
) -> None:
    draft = CORPUS / name
    result = run_cli("lint", "--isolated", "--no-cache", "--output-format", "concise", str(draft))
    shown = []
    for line in result.stdout.splitlines():
        found = _CONCISE.match(line)
        if found and (found[4] in BY_CODE or found[4].startswith("SB01")):
            shown.append(f"{found[1]}:{found[2]}:{found[3]} {found[4]} {found[5]}")
    judged = findings(linted(draft))
    assert judged == shown
    # Items after the first are linted too.
    after = truth_of(draft)["more_items_from_line"]
    assert any(int(finding.split(":")[1]) > after for finding in judged)
