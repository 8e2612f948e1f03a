"""What a rule sees: the model, the source it came from, and work shared between rules."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Any

import msgspec

from smartbrev.model import Block, Briefing, Bullets, ContentItem, Edition, Paragraph, Speaker
from smartbrev.patterns import Lazy

_KEPT_LIST_ITEM = Lazy(r"(?:[-*+\u2022\u00b7\u25aa\u25e6\u2023\u25cf]|\d{1,3}[.)])\s")
"""A list item the reader kept in the lede as a paragraph, with its marker."""


class Text(msgspec.Struct, frozen=True):
    """One prose field of the briefing, with its JSON pointer."""

    pointer: str
    text: str
    kind: str
    """headline, lede, paragraph, bullet, speaker-paragraph, speaker-bullet."""
    block: Block | None = None


def _content(
    items: tuple[ContentItem, ...], base: str, block: Block, inside_speaker: bool = False
) -> Iterator[Text]:
    prefix = "speaker-" if inside_speaker else ""
    for index, item in enumerate(items):
        pointer = f"{base}/{index}"
        if isinstance(item, Paragraph):
            yield Text(f"{pointer}/text", item.text, f"{prefix}paragraph", block)
        elif isinstance(item, Bullets):
            for number, text in enumerate(item.items):
                yield Text(f"{pointer}/items/{number}", text, f"{prefix}bullet", block)
        elif isinstance(item, Speaker):
            yield from _content(item.content, f"{pointer}/content", block, inside_speaker=True)


class Context(msgspec.Struct, dict=True):
    """The briefing being linted, and what rules compute once and share."""

    doc: Briefing
    labels: dict[str, str] = msgspec.field(default_factory=dict)
    """The newsroom's own labels: label key -> label as the house writes it."""
    options: dict[str, Any] = msgspec.field(default_factory=dict)
    """Every rule's options as configured, by code (a rule may defer to another's)."""
    edition: Edition | None = None
    """The newsletter edition `doc` is an item of, when it is one."""

    @cached_property
    def texts(self) -> tuple[Text, ...]:
        """Every prose field in reading order: headline, lede, block content."""
        found: list[Text] = []
        if self.doc.headline:
            found.append(Text("/headline", self.doc.headline, "headline"))
        if self.doc.lede:
            found.append(Text("/lede", self.doc.lede, "lede"))
        for index, block in enumerate(self.doc.blocks):
            found.extend(_content(block.content or (), f"/blocks/{index}/content", block))
        return tuple(found)

    @cached_property
    def axioms(self) -> tuple[str, ...]:
        """The axiom of each block, as the editor meant it: a custom label a slip of the
        keys away from a known one ("Why it maters") counts as that label, so rules about
        structure do not report a block that is there, only misspelt (`misspelled-label`
        reports the spelling)."""
        from smartbrev.axioms import CUSTOM
        from smartbrev.lint.labels import DEFAULT_SIMILARITY, meant_axiom

        cutoff = getattr(self.options.get("SB301"), "min_similarity", DEFAULT_SIMILARITY)
        return tuple(
            (meant_axiom(b.label, self.labels, cutoff) or b.axiom) if b.axiom == CUSTOM else b.axiom
            for b in self.doc.blocks
        )

    @cached_property
    def lede_own(self) -> tuple[tuple[int, int], ...]:
        """Where the lede's own paragraphs are, as (start, end) in its text: a list a draft
        writes before the first label is kept in the lede, one item a paragraph with its
        marker, and is not the lede's prose (`misplaced-content` reports it)."""
        lede = self.doc.lede
        if "\n\n" not in lede:
            return ((0, len(lede)),)
        own = []
        start = 0
        for paragraph in lede.split("\n\n"):
            if not _KEPT_LIST_ITEM.match(paragraph):
                own.append((start, start + len(paragraph)))
            start += len(paragraph) + 2
        return tuple(own)

    @cached_property
    def body(self) -> tuple[Text, ...]:
        """Prose a reader reads as the story (no headline)."""
        return tuple(t for t in self.texts if t.kind != "headline")
