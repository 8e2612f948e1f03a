"""benchmarks/corpus.py: the benchmark's corpus is reproducible, every shape of a story
reads as the same briefing, and its prose has what real copy has (and the rules look
for)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import smartbrev
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # benchmarks/ is not a package: found through sys.path

STORIES = [corpus.story(index) for index in range(1, 61)]
SHAPES = {
    corpus.markdown_bold: "markdown",
    corpus.markdown_headings: "markdown",
    corpus.markdown_alone: "markdown",
    corpus.text_lines: "text",
    corpus.text_blank: "text",
    corpus.html_page: "html",
}
CUSTOM = {"Stunning stat", "Of note"}
"""Labels the registry does not know: a plain-text reader may read them as prose."""


def test_the_same_seed_writes_the_same_files(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    words = corpus.write_corpus(first, 8)
    assert corpus.write_corpus(second, 8) == words
    corpus.write_corpus(other, 8, ("md",), seed=20)
    for fmt in corpus.FORMATS:
        names = sorted(p.name for p in (first / fmt).iterdir())
        assert names == [f"brief-{i:05d}.{fmt}" for i in range(1, 9)]
        for name in names:
            assert (first / fmt / name).read_bytes() == (second / fmt / name).read_bytes()
    assert (other / "md" / "brief-00001.md").read_bytes() != (
        first / "md" / "brief-00001.md"
    ).read_bytes()


@pytest.mark.parametrize("shape", SHAPES, ids=lambda shape: shape.__name__)
def test_every_shape_reads_as_the_story_it_was_written_from(shape: corpus.Shape) -> None:
    for told in STORIES[:25]:
        briefing = smartbrev.read(shape(told), SHAPES[shape]).briefing  # type: ignore[arg-type]
        assert briefing.headline is not None
        # A newsletter's first item keeps its "1 big thing:" title whole.
        assert briefing.headline.removeprefix("1 big thing: ") == told.headline
        labels = [block.label for block in briefing.blocks if block.label not in CUSTOM]
        assert labels == [block.label for block in told.blocks if block.label not in CUSTOM]
        authors = [a.name for a in briefing.byline.authors] if briefing.byline else []
        assert authors == ([told.author] if told.author else [])


def test_json_and_yaml_are_the_markdown_draft_as_smartbrev_writes_it(tmp_path: Path) -> None:
    corpus.write_corpus(tmp_path, 6, ("md", "json", "yaml"))
    for index in range(1, 7):
        draft = smartbrev.load(tmp_path / "md" / f"brief-{index:05d}.md")
        assert smartbrev.load(tmp_path / "json" / f"brief-{index:05d}.json") == draft
        assert smartbrev.load(tmp_path / "yaml" / f"brief-{index:05d}.yaml") == draft


def _all_text() -> str:
    return "\n".join(corpus.markdown_bold(told) for told in STORIES)


def test_the_prose_has_what_real_copy_has() -> None:
    text = _all_text()
    assert re.search(r"\b(?:was|were|is|are|been|being)\s+\w+ed\b", text)  # passive voice
    assert re.search(r"\b[A-Za-z]+ed\b", text)  # active
    assert re.search(r"\b[a-z]+-[a-z]+\b", text)  # hyphenated words
    assert re.search(r"\$\d+\.\d million|\d+%|\d{1,3},\d{3}", text)  # figures
    assert "\u201c" in text and "\u201d" in text and "\u2019" in text  # curly quotes
    assert re.search(r'(?<![\w"])"\w', text)  # straight quotes too
    assert re.search(r"^By [A-Z]\S+ [A-Z]\S+ · \w+ \d+, \d{4}$", text, re.MULTILINE)
    quotes = re.findall(r"[\"\u201c]([^\"\u201d]+)[\"\u201d]", text)
    assert max(len(quote.split()) for quote in quotes) >= 40  # a long quotation
    # quotations attributed in running text, the name before or after "said"
    assert re.search(r"[,\"\u201d] said [A-Z]", text)
    assert re.search(r"[\"\u201d] [A-Z][^\"\u201c\n]*, said\.", text)


def test_front_matter_and_newsletters_are_among_the_shapes() -> None:
    headed = corpus.markdown_headings(STORIES[0])
    assert headed.startswith("---\ntitle: ") and "\ntags: [" in headed
    pages = [corpus.text_lines(told) for told in STORIES if told.second is not None]
    assert pages and all("\n* * *\n" in page for page in pages)
    reading = smartbrev.read(pages[0], "text")
    assert "SB025" in [note.code for note in reading.notes]  # the second item set aside
