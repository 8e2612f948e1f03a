"""Telling a format from content: standard input and text given to the Python API."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartbrev.formats import format_for
from smartbrev.readers.sniff import PREFIX, sniff, sniff_text
from tests.conftest import DATA, EXAMPLES, GOLDEN
from tests.readers.corpus_reading import drafts

MARKDOWN_DRAFT = """# Libraries open on Sundays again

All 14 branches will open on Sundays from January.

**Why it matters:** Sunday is the only free day for many working parents.
"""

TEXT_DRAFT = """Libraries open on Sundays again

All 14 branches will open on Sundays from January.

Why it matters:
Sunday is the only free day for many working parents.

By Tomás Reyes
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"schema_version": "1.2", "lede": "x", "blocks": []}', "json"),
        ('\ufeff  {"lede": ', "json"),
        ('{"uri": "urn:x", "type": "text", "body_text": "x"}', "ninjs"),
        ('{"uri": "urn:x", "schema_version": "1.2"}', "json"),
        ("schema_version: '1.2'\nlede: x\nblocks:\n- axiom: go-deeper\n", "yaml"),
        ("# a comment\n---\nlede: x\nblocks: []\n", "yaml"),
        ("<!DOCTYPE html>\n<html><body><h1>x</h1></body></html>", "html"),
        ("<article>\n<h1>Headline</h1>\n<p>Lede.</p></article>", "html"),
        (MARKDOWN_DRAFT, "markdown"),
        ("<!-- smartbrev-disable-file SB502 -->\n" + MARKDOWN_DRAFT, "markdown"),
        ("---\ntitle: Budget\n---\n\n" + MARKDOWN_DRAFT, "markdown"),
        (TEXT_DRAFT, "text"),
        ("---\ntitle: Budget\n---\n" + TEXT_DRAFT, "text"),
        ("Why it matters: a label and a space make no YAML key.\nLede: no.\n", "text"),
        ("Budget: the city voted\n\nThe council approved it on Tuesday.\n", "text"),
        ("[1, 2]", None),
        ("  \n\t", None),
    ],
)
def test_formats_are_told_from_content(text: str, expected: str | None) -> None:
    assert sniff_text(text) == expected


def test_only_a_prefix_of_a_long_input_is_looked_at() -> None:
    huge = b'{"uri": "urn:x", "body_text": "' + b"x" * (2 * PREFIX) + b'"}'
    assert sniff(huge) == "json"  # too long to parse whole: read as a briefing's JSON
    assert sniff(b"\xef\xbb\xbf# Title\n\nLede.\n\n**Why it matters:** x\n") == "markdown"


def _written_by_smartbrev() -> list[Path]:
    kinds = ("json", "yaml", "markdown", "text", "ninjs", "ninjs-2.2")
    return sorted(p for kind in kinds for p in (GOLDEN / kind).iterdir())


@pytest.mark.parametrize(
    "path",
    [
        *sorted(EXAMPLES.iterdir()),
        *sorted((DATA / "compat").rglob("*.json")),
        *_written_by_smartbrev(),
        *(p for p in drafts() if p.suffix != ".md"),
    ],
    ids=lambda p: str(p.relative_to(DATA.parent.parent)),
)
def test_every_shape_on_file_is_told_as_its_name_tells(path: Path) -> None:
    assert sniff(path.read_bytes()) == format_for(path)


def test_markdown_drafts_are_markdown_unless_they_use_no_markdown() -> None:
    # A newsletter pasted into a .md file with no Markdown marks at all reads as the plain
    # text it is; every other Markdown draft of the corpus is told as Markdown.
    told = {p.name: sniff(p.read_bytes()) for p in (DATA / "real-shapes").glob("*.md")}
    plain = {name for name, fmt in told.items() if fmt != "markdown"}
    assert plain == {"md-am-newsletter.md"}
