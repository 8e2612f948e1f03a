"""The real-shape corpus keeps its contract: every draft has a truth, every truth is well formed.

What the truth files say is checked by reading the drafts (golden tests, the accuracy
report); these tests only keep the corpus itself sound, so a typo in a hand-written truth
fails here instead of silently lowering a score.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from jsonschema import Draft202012Validator

from tests.readers.corpus_reading import NOT_DRAFTS

CORPUS = Path(__file__).resolve().parents[1] / "data" / "real-shapes"
SCHEMA = json.loads((CORPUS / "truth.schema.json").read_text(encoding="utf-8"))
EXTENSIONS = {".txt": "text", ".md": "markdown", ".html": "html"}
PREFIXES = {"text": "txt-", "markdown": "md-", "html": "html-"}
TRUTHS = sorted(CORPUS.glob("*.truth.json"))


def _draft_of(truth: Path) -> Path:
    slug = truth.name.removesuffix(".truth.json")
    drafts = [CORPUS / (slug + ext) for ext in EXTENSIONS if (CORPUS / (slug + ext)).is_file()]
    assert len(drafts) == 1, f"{truth.name}: expected one draft beside it, found {drafts}"
    return drafts[0]


def _load(truth: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(truth.read_text(encoding="utf-8"))
    return loaded


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_schema_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


def test_every_draft_has_a_truth() -> None:
    drafts = {
        p.name for p in CORPUS.iterdir() if p.suffix in EXTENSIONS and p.name not in NOT_DRAFTS
    }
    assert drafts, "the corpus is empty"
    orphans = sorted(d for d in drafts if not (CORPUS / (Path(d).stem + ".truth.json")).is_file())
    assert orphans == []


@pytest.mark.parametrize("truth", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(truth: Path) -> None:
    data = _load(truth)
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in Draft202012Validator(SCHEMA).iter_errors(data)
    ]
    assert errors == []
    draft = _draft_of(truth)
    assert data["format"] == EXTENSIONS[draft.suffix]
    assert truth.name.startswith(PREFIXES[data["format"]])
    if data["more_items_from_line"] is not None:
        assert "more-items" in data["notes"]
        lines = draft.read_text(encoding="utf-8").split("\n")
        assert data["more_items_from_line"] <= len(lines)
        second = lines[data["more_items_from_line"] - 1]
        assert second.strip(), "the second item starts on a blank line"
    if data["furniture"]:
        assert "furniture" in data["notes"]
    if data["extensions"]:
        assert "front-matter-kept" in data["notes"]


TEXT_TRUTHS = [t for t in TRUTHS if t.name.startswith("txt-")]


@pytest.mark.parametrize("truth", TEXT_TRUTHS, ids=lambda p: p.name)
def test_plain_text_truth_quotes_its_draft(truth: Path) -> None:
    """In plain text every string a truth quotes is in the draft, in the draft's order."""
    data = _load(truth)
    raw = _draft_of(truth).read_text(encoding="utf-8")
    text = _flat(raw)
    assert 120 <= len(raw.split()) <= 700
    quoted = [data["headline"]] if data["headline"] else []
    quoted += data["lede"].split("\n\n")
    if data["byline"] and data["byline"]["text"]:
        quoted.append(data["byline"]["text"])
    for block in data["blocks"]:
        quoted += [block[k] for k in ("first", "last") if k in block]
        quoted += [link["title"] for link in block.get("links", [])]
        quoted += [url for link in block.get("links", []) if (url := link["url"])]
        quoted += block.get("speakers", [])
    missing = [q for q in quoted if _flat(q) not in text]
    assert missing == []
    lines = {_flat(line) for line in raw.split("\n")}
    assert [f for f in data["furniture"] if _flat(f) not in lines] == []
    starts = [text.find(_flat(b["first"])) for b in data["blocks"] if "first" in b]
    assert starts == sorted(starts), "blocks are not in the draft's order"
    labels = [b["label"] for b in data["blocks"]]
    assert [lab for lab in labels if not re.search(re.escape(lab), text.replace(" :", ":"))] == []


MARKUP_TRUTHS = [t for t in TRUTHS if not t.name.startswith("txt-")]
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


class _PageText(HTMLParser):
    """An HTML draft's text as a browser lays it out: block elements on lines of their own."""

    BLOCKS = frozenset(
        {"address", "article", "aside", "br", "button", "dd", "div", "dl", "dt", "figcaption"}
        | {"figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main"}
        | {"nav", "ol", "p", "section", "table", "td", "th", "tr", "ul"}
    )
    HIDDEN = frozenset({"script", "style", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in self.HIDDEN
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in self.HIDDEN
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _page_text(html: str) -> str:
    parser = _PageText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


@pytest.mark.parametrize("truth", MARKUP_TRUTHS, ids=lambda p: p.name)
def test_markup_truth_quotes_its_draft(truth: Path) -> None:
    """Markdown and HTML truths quote their drafts, in the drafts' order.

    A Markdown truth quotes the source with its inline markup; an HTML truth spells inline
    markup the Markdown way, so it is compared with the page's text with that markup removed.
    """
    data = _load(truth)
    draft = _draft_of(truth)
    raw = draft.read_text(encoding="utf-8")
    is_html = draft.suffix == ".html"
    text = _flat(_page_text(raw) if is_html else raw)

    def seen(quote: str) -> str:
        unmarked = _LINK.sub(r"\1", quote).replace("**", "").replace("*", "")
        return _flat(unmarked if is_html else quote)

    assert 120 <= len(text.split()) <= 700
    byline = data["byline"] or {}
    quoted = [q for q in (data["headline"], byline.get("text"), data["image_credit"]) if q]
    quoted += data["lede"].split("\n\n")
    for block in data["blocks"]:
        quoted += [block["label"], *block.get("speakers", [])]
        quoted += [link["title"] for link in block.get("links", [])]
    assert [q for q in quoted if seen(q) not in text] == []
    # Names may come from front matter or <meta name="author">; URLs live in attributes,
    # percent-encoded inside a Google Docs redirect link.
    names = [author["name"] for author in byline.get("authors", [])]
    urls = [link["url"] for b in data["blocks"] for link in b.get("links", []) if link["url"]]
    decoded = unquote(raw.replace("&amp;", "&"))
    assert [s for s in names + urls if s not in raw and s not in decoded] == []
    for sequence in (
        [block[k] for block in data["blocks"] for k in ("first", "last") if k in block],
        data["furniture"],
    ):
        out_of_order, start = [], 0
        for quote in sequence:
            at = text.find(seen(quote), start)
            if at < 0:
                out_of_order.append(quote)
            else:
                start = at
        assert out_of_order == []
