"""Comparing what smartbrev reads in a real-shape draft with what an editor sees in it.

The truth files of `real-shapes/` state an editor's reading (see its README); this module
reads each draft with smartbrev's own readers and lists every way the two differ, part by
part, so tests can hold the reader to the truth and the accuracy report can count.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartbrev.readers.source import Source, read_path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "real-shapes"

NOTE_KINDS = {
    "SB020": "text-after-byline",
    "SB022": "misplaced-content",
    "SB023": "furniture",
    "SB024": "front-matter-kept",
    "SB025": "more-items",
}
"""Reader notes by the kind a truth file names them."""

SET_ASIDE = ("x-furniture", "x-more-items")
"""Extensions the readers fill themselves (not front-matter keys kept)."""

NOT_DRAFTS = frozenset({"README.md", "findings.txt"})
"""Files of the corpus folder that are about the drafts: the README and the lint verdicts."""


def drafts() -> list[Path]:
    """Every draft of the corpus, in name order."""
    return sorted(
        p
        for p in CORPUS.iterdir()
        if p.suffix in (".txt", ".md", ".html") and p.name not in NOT_DRAFTS
    )


def truth_of(draft: Path) -> dict[str, Any]:
    """The hand-written truth beside a draft."""
    return json.loads(draft.with_name(draft.stem + ".truth.json").read_text("utf-8"))  # type: ignore[no-any-return]


def _tokens(text: str) -> list[str]:
    # Words as the truth quotes them: markup and a speaker's closing colon aside.
    found = []
    for token in text.split():
        token = token.strip("*_").removesuffix(":").strip("*_")
        if token and token not in ("-", "*", "\u2022"):
            found.append(token)
    return found


def _content_texts(items: list[dict[str, Any]]) -> Iterator[str]:
    for item in items:
        if item["type"] == "paragraph":
            yield item["text"]
        elif item["type"] == "bullets":
            yield from item["items"]
        else:
            yield item["name"] if "role" not in item else f"{item['name']}, {item['role']}"
            yield from _content_texts(item.get("content", []))


def body_words(block: dict[str, Any]) -> list[str]:
    """The words of a block's body, in reading order."""
    words: list[str] = []
    for text in _content_texts(block.get("content") or []):
        words.extend(_tokens(text))
    return words


def _speakers(block: dict[str, Any]) -> list[str]:
    return [i["name"] for i in block.get("content") or [] if i["type"] == "speaker"]


def _same_text(a: str | None, b: str | None) -> bool:
    """Equal, paragraph by paragraph, whatever spaces run inside a paragraph."""
    if a is None or b is None:
        return a == b
    split = [" ".join(p.split()) for p in a.split("\n\n")]
    return split == [" ".join(p.split()) for p in b.split("\n\n")]


@dataclass
class Reading:
    """How one draft was read against its truth."""

    draft: Path
    problems: list[str] = field(default_factory=list)
    truth_labels: list[tuple[str, str]] = field(default_factory=list)
    read_labels: list[tuple[str, str]] = field(default_factory=list)
    matched_labels: int = 0
    headline_right: bool = False
    byline_right: bool = False
    has_headline: bool = False
    has_byline: bool = False
    source: Source | None = None

    @property
    def right(self) -> bool:
        """Read the way the editor sees it, end to end."""
        return not self.problems


def _matched(truth: list[tuple[str, str]], read: list[tuple[str, str]]) -> int:
    """How many labels the two lists share in the same order (their longest common run)."""
    table = [[0] * (len(read) + 1) for _ in range(len(truth) + 1)]
    for i, a in enumerate(truth):
        for j, b in enumerate(read):
            table[i + 1][j + 1] = (
                table[i][j] + 1 if a == b else max(table[i][j + 1], table[i + 1][j])
            )
    return table[-1][-1]


def _compare_byline(
    truth: dict[str, Any] | None, data: dict[str, Any], page_meta: dict[str, Any]
) -> list[str]:
    got = data.get("byline")
    if truth is None:
        return [] if got is None else [f"byline: none expected, read {got}"]
    if got is None:
        return [f"byline: expected {truth['authors']}, read none"]
    problems = []
    if got["authors"] != truth["authors"]:
        problems.append(f"byline authors: expected {truth['authors']}, read {got['authors']}")
    if got.get("text") != truth["text"]:
        problems.append(f"byline text: expected {truth['text']!r}, read {got.get('text')!r}")
    if got.get("outlet") != truth["outlet"]:
        problems.append(f"byline outlet: expected {truth['outlet']!r}, read {got.get('outlet')!r}")
    published = (data.get("meta") or {}).get("published")
    # The model keeps one date: the page's own when it states one, else the byline's.
    stated = "published" in page_meta
    if truth["published"] is not None and not stated and published != truth["published"]:
        problems.append(f"byline date: expected {truth['published']!r}, read {published!r}")
    return problems


def _compare_block(index: int, truth: dict[str, Any], got: dict[str, Any]) -> list[str]:
    where = f"block {index + 1} ({truth['label']})"
    problems = []
    if (got["axiom"], got["label"]) != (truth["axiom"], truth["label"]):
        problems.append(f"{where}: read as {got['axiom']} {got['label']!r}")
    words = body_words(got)
    for end in ("first", "last"):
        if end not in truth:
            continue
        wanted = _tokens(truth[end])
        have = words[: len(wanted)] if end == "first" else words[len(words) - len(wanted) :]
        if have != wanted:
            problems.append(
                f"{where}: body {end} words {' '.join(have)!r}, expected {truth[end]!r}"
            )
    if "speakers" in truth and _speakers(got) != truth["speakers"]:
        problems.append(f"{where}: speakers {_speakers(got)}, expected {truth['speakers']}")
    if "links" in truth:
        links = [{"title": x["title"], "url": x.get("url")} for x in got.get("links") or []]
        if links != truth["links"]:
            problems.append(f"{where}: links {links}, expected {truth['links']}")
    return problems


def _notes(source: Source) -> tuple[list[str], int | None]:
    kinds: list[str] = []
    more_line = None
    for note in source.diagnostics:
        kind = NOTE_KINDS.get(note.code)
        if kind is not None and kind not in kinds:
            kinds.append(kind)
        if note.code == "SB025" and note.span is not None:
            more_line = note.span.line
    return kinds, more_line


def _compare_edition(truth: dict[str, Any], source: Source) -> list[str]:
    """How a newsletter page read as an edition differs from its truth's `edition`."""
    data = source.data
    if "edition_version" not in data:
        return ["edition: the page is not read as an edition"]
    want = truth.get("edition", {})
    problems = []
    for key in ("newsletter", "issue_date", "intro"):
        if key in want and data.get(key) != want[key]:
            problems.append(f"edition {key}: expected {want[key]!r}, read {data.get(key)!r}")
    headlines = [item.get("headline") for item in data["items"]]
    if "headlines" in want and headlines != want["headlines"]:
        problems.append(f"edition headlines: expected {want['headlines']}, read {headlines}")
    second = source.locate("/items/1")
    line = second.value.line if second is not None else None
    if line != truth["more_items_from_line"]:
        problems.append(
            f"edition: item 2 expected from line {truth['more_items_from_line']}, read {line}"
        )
    return problems


def read(draft: Path) -> Reading:
    """Read one draft and compare it with its truth, part by part."""
    truth = truth_of(draft)
    result = Reading(draft)
    try:
        # The top-level truth is the page read as one briefing; `edition` states the rest.
        source = read_path(draft, editions=False)
        if truth["more_items_from_line"] is not None:
            result.problems.extend(_compare_edition(truth, read_path(draft)))
    except Exception as error:  # the draft could not be read at all
        result.problems.append(f"unreadable: {error}")
        result.truth_labels = [(b["axiom"], b["label"]) for b in truth["blocks"]]
        return result
    result.source = source
    data = source.data
    problems = result.problems
    result.has_headline = truth["headline"] is not None
    result.has_byline = truth["byline"] is not None
    if data.get("headline") != truth["headline"]:
        problems.append(f"headline: expected {truth['headline']!r}, read {data.get('headline')!r}")
    else:
        result.headline_right = True
    byline_problems = _compare_byline(truth["byline"], data, truth["metadata"])
    result.byline_right = not byline_problems
    problems.extend(byline_problems)
    if not _same_text(data.get("lede"), truth["lede"]):
        problems.append(
            f"lede: expected {truth['lede'][:80]!r}, read {str(data.get('lede'))[:80]!r}"
        )
    blocks = data.get("blocks") or []
    result.truth_labels = [(b["axiom"], b["label"]) for b in truth["blocks"]]
    result.read_labels = [(b["axiom"], b["label"]) for b in blocks]
    result.matched_labels = _matched(result.truth_labels, result.read_labels)
    if len(blocks) != len(truth["blocks"]):
        problems.append(f"blocks: expected {result.truth_labels}, read {result.read_labels}")
    else:
        for index, (want, got) in enumerate(zip(truth["blocks"], blocks, strict=True)):
            problems.extend(_compare_block(index, want, got))
    extensions = data.get("extensions") or {}
    furniture = extensions.get("x-furniture", [])
    if furniture != truth["furniture"]:
        problems.append(f"furniture: expected {truth['furniture']}, read {furniture}")
    credit = (data.get("image") or {}).get("credit")
    if credit != truth["image_credit"]:
        problems.append(f"image credit: expected {truth['image_credit']!r}, read {credit!r}")
    meta = dict(data.get("meta") or {})
    byline_date = (truth["byline"] or {}).get("published")
    if byline_date is not None and "published" not in truth["metadata"]:
        meta.pop("published", None)
    if meta != truth["metadata"]:
        problems.append(f"metadata: expected {truth['metadata']}, read {meta}")
    if data.get("id") != truth.get("id"):
        problems.append(f"id: expected {truth.get('id')!r}, read {data.get('id')!r}")
    kept = [key for key in extensions if key not in SET_ASIDE]
    if kept != truth["extensions"]:
        problems.append(f"extensions: expected {truth['extensions']}, read {kept}")
    kinds, more_line = _notes(source)
    if sorted(kinds) != sorted(truth["notes"]):
        problems.append(f"notes: expected {truth['notes']}, read {kinds}")
    if more_line != truth["more_items_from_line"]:
        problems.append(
            f"more items: expected from line {truth['more_items_from_line']}, read {more_line}"
        )
    return result
