"""The real briefing the project started from, and the project's own draft in its style.

Both must parse to the structure pinned in fixtures/expected-drafts.json, validate, and
convert to text with the same sequence of words.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from smartbrev.convert import convert_source, draft_words, to_model
from smartbrev.model import Paragraph, Speaker
from smartbrev.readers.source import parse_text, read_path
from smartbrev.schema.check import validate_data
from tests.conftest import DATA

EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (DATA / "fixtures" / "expected-drafts.json").read_text(encoding="utf-8")
)


def _check(path: Path) -> None:
    expected = EXPECTED[path.name]
    source = read_path(path)
    assert source.diagnostics == []
    assert validate_data(source.data) == []
    doc = to_model(source)
    assert doc.lede.startswith(expected["lede_starts"])
    assert doc.headline == expected["headline"]
    assert [b.axiom for b in doc.blocks] == expected["axioms"]
    saying = next(b for b in doc.blocks if b.axiom == "what-theyre-saying")
    assert saying.label == expected["saying_label"]
    speakers = [c for c in saying.content or () if isinstance(c, Speaker)]
    assert [s.name for s in speakers] == expected["speakers"]
    assert len(speakers) == len(saying.content or ())
    assert all(s.content and all(isinstance(p, Paragraph) for p in s.content) for s in speakers)
    last = speakers[-1].content[-1]
    assert isinstance(last, Paragraph) and last.text.startswith(expected["last_speaker_ends_with"])
    deeper = doc.blocks[-1]
    links = [
        {"title": link.title} if link.url is None else {"title": link.title, "url": link.url}
        for link in deeper.links or ()
    ]
    assert links == expected["links"]
    assert doc.byline is not None
    assert [a.name for a in doc.byline.authors] == expected["authors"]
    assert doc.byline.text == expected["byline_text"]

    text = convert_source(source, "text")
    assert draft_words(text) == draft_words(source.text)
    assert to_model(parse_text(text, "text", "again.txt")) == doc


def test_seed_briefing(shared_dir: Path) -> None:
    _check(shared_dir / "corpus" / "seed-briefing.txt")


def test_the_projects_own_draft_in_the_seed_style(examples_dir: Path) -> None:
    draft = examples_dir / "ferry-deal.txt"
    raw = draft.read_text(encoding="utf-8")
    assert "\u00a0" in raw, "keeps the no-break-space blank lines real drafts have"
    _check(draft)


@pytest.mark.parametrize("variant", ["crlf", "bom"])
def test_seed_style_survives_windows_line_ends_and_a_bom(
    examples_dir: Path, tmp_path: Path, variant: str
) -> None:
    raw = (examples_dir / "ferry-deal.txt").read_bytes()
    raw = raw.replace(b"\n", b"\r\n") if variant == "crlf" else b"\xef\xbb\xbf" + raw
    path = tmp_path / "ferry-deal.txt"
    path.write_bytes(raw)
    _check(path)
