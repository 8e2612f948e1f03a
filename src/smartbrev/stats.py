"""The Smart Brevity count: words per part of a briefing, and the time it takes to read."""

from __future__ import annotations

import math
from collections.abc import Callable

import msgspec

from smartbrev.model import Briefing
from smartbrev.words import block_texts, count

DEFAULT_WPM = 238
"""Average silent reading speed of adults for non-fiction, in words per minute."""


class BlockCount(msgspec.Struct, frozen=True):
    """Words in one block (its label included, as written)."""

    axiom: str
    label: str
    words: int


class Stats(msgspec.Struct, frozen=True):
    """Words in each part of a briefing."""

    headline: int
    lede: int
    blocks: tuple[BlockCount, ...]
    byline: int

    @property
    def total(self) -> int:
        """Every word a reader meets: headline, lede, blocks and byline."""
        return self.headline + self.lede + sum(b.words for b in self.blocks) + self.byline

    def reading_seconds(self, wpm: int = DEFAULT_WPM) -> int:
        """Seconds to read the whole briefing at `wpm` words per minute (rounded up)."""
        return math.ceil(self.total * 60 / wpm)


def briefing_stats(doc: Briefing, count: Callable[[str], int] = count) -> Stats:
    """Count the words of a briefing (`count` counts one text, as `words.count` does)."""
    byline = doc.byline
    return Stats(
        headline=count(doc.headline or ""),
        lede=count(doc.lede),
        blocks=tuple(
            BlockCount(b.axiom, b.label, sum(count(t) for t in block_texts(b))) for b in doc.blocks
        ),
        byline=count(byline.text or " ".join(a.name for a in byline.authors)) if byline else 0,
    )


def reading_time(seconds: int) -> str:
    """ "45 s", "1 min 10 s", "3 min"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"
