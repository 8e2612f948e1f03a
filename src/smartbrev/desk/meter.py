"""The Smart Brevity meter: words and reading time per block and in total, and the lengths
the configuration limits (headline, lede, whole briefing, number of blocks)."""

from __future__ import annotations

import math

import msgspec

from smartbrev.desk import engine


class Measure(msgspec.Struct, frozen=True):
    """A length against its configured limit (None: the rule that limits it is off)."""

    words: int
    limit: int | None = None


class BlockMeasure(msgspec.Struct, frozen=True):
    label: str
    axiom: str
    words: int
    seconds: int


class Meter(msgspec.Struct, frozen=True):
    wpm: int
    total: Measure
    seconds: int
    """Time to read the whole briefing."""
    headline: Measure
    lede: Measure
    blocks: list[BlockMeasure]
    block_limit: int | None
    byline: int


def _seconds(words: int, wpm: int) -> int:
    return math.ceil(words * 60 / wpm)


def measure(
    doc: engine.Briefing, settings: engine.Settings, wpm: int = engine.DEFAULT_WPM
) -> Meter:
    """The meter of a briefing that passed its schema."""
    counts = engine.counts(doc)
    return Meter(
        wpm=wpm,
        total=Measure(counts.total, engine.limit(settings, "briefing-too-long", "max_words")),
        seconds=counts.reading_seconds(wpm),
        headline=Measure(counts.headline, engine.limit(settings, "headline-too-long", "max_words")),
        lede=Measure(counts.lede, engine.limit(settings, "lede-too-long", "max_words")),
        blocks=[
            BlockMeasure(b.label, b.axiom, b.words, _seconds(b.words, wpm)) for b in counts.blocks
        ],
        block_limit=engine.limit(settings, "too-many-blocks", "max_blocks"),
        byline=counts.byline,
    )
