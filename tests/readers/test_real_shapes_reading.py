"""Every real-shape draft reads the way an editor sees it: headline, byline, lede, every
labelled block, the furniture set aside, the notes an editor should get.

The truths are hand-written (tests/data/real-shapes/README.md); `tests/readers/corpus_reading.py`
compares a reading with its truth part by part, and the accuracy report counts the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from smartbrev.axioms import AXIOM_IDS, CUSTOM
from tests.readers.corpus_reading import drafts, read, truth_of
from tests.readers.test_real_shapes_corpus import SCHEMA


@pytest.mark.parametrize("draft", drafts(), ids=lambda p: p.name)
def test_draft_reads_as_an_editor_sees_it(draft: Path) -> None:
    reading = read(draft)
    assert reading.problems == []


def test_the_corpus_holds_forty_drafts_or_more_in_every_format() -> None:
    found = drafts()
    assert len(found) >= 40
    assert {p.suffix for p in found} == {".txt", ".md", ".html"}


def test_truth_files_name_the_axioms_of_the_registry() -> None:
    enum = SCHEMA["$defs"]["block"]["properties"]["axiom"]["enum"]
    assert enum == [*AXIOM_IDS, CUSTOM]


@pytest.mark.parametrize("draft", drafts()[:3], ids=lambda p: p.name)
def test_a_wrong_truth_is_caught(draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    truth = truth_of(draft)
    truth["lede"] = "A lede nobody wrote."
    monkeypatch.setattr("tests.readers.corpus_reading.truth_of", lambda _path: truth)
    assert any(p.startswith("lede:") for p in read(draft).problems)
