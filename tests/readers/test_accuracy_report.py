"""docs/accuracy.md is what `python -m tests.readers.accuracy --write` writes today."""

from __future__ import annotations

from tests.readers.accuracy import REPORT, judge, report
from tests.readers.corpus_reading import drafts, read


def test_the_accuracy_report_is_current() -> None:
    readings = [read(draft) for draft in drafts()]
    expected = report(readings, judge(readings))
    assert REPORT.read_text(encoding="utf-8") == expected, (
        "docs/accuracy.md is stale: run `python -m tests.readers.accuracy --write`"
    )
