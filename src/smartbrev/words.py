"""Counting words the way an editor does, for word-preservation checks and `stats`.

A word is a run of letters and digits; markup, punctuation and URLs are not words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from smartbrev.model import Block, Briefing, Bullets, ContentItem, Paragraph, Speaker

_LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_ANGLE_URL = re.compile(r"<(?:https?|mailto):[^>\s]*>")
_BARE_URL = re.compile(r"(?:https?|mailto):[^\s<>()\[\]]+")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_WORD = re.compile(r"[^\W_]+")


_SKIPPED = ((_COMMENT, "<!--"), (_LINK_TARGET, "]("), (_ANGLE_URL, "<"), (_BARE_URL, ":"))
"""What is not words, with a string every match contains (most text has none)."""


ASCII_SEPARATORS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
r"""For ASCII text: in ASCII, letters and digits are exactly what `[^\W_]` takes, so mapping
every other character to a space and splitting finds the same runs, several times faster
than the pattern."""


def words(text: str) -> list[str]:
    """The words of a piece of text, URLs and comments left out."""
    for pattern, trigger in _SKIPPED:
        if trigger in text:
            text = pattern.sub(" ", text)
    if text.isascii():
        return text.translate(ASCII_SEPARATORS).split()
    return _WORD.findall(text)


def count(text: str) -> int:
    """How many words a piece of text has."""
    return len(words(text))


def _content(items: tuple[ContentItem, ...]) -> Iterator[str]:
    for item in items:
        if isinstance(item, Paragraph):
            yield item.text
        elif isinstance(item, Bullets):
            yield from item.items
        else:
            assert isinstance(item, Speaker)
            yield item.name
            if item.role:
                yield item.role
            yield from _content(item.content)


def block_texts(block: Block) -> Iterator[str]:
    """The texts of a block in reading order: label, content, link titles."""
    yield block.label
    yield from _content(block.content or ())
    for link in block.links or ():
        yield link.title


def body_texts(doc: Briefing, skip: frozenset[str] = frozenset()) -> Iterator[str]:
    """The texts a reader sees, in order: headline, lede, blocks, byline."""
    if doc.headline and "headline" not in skip:
        yield doc.headline
    yield doc.lede
    for block in doc.blocks:
        yield from block_texts(block)
    if doc.byline is not None and "byline" not in skip:
        yield doc.byline.text or " ".join(a.name for a in doc.byline.authors)


def model_words(doc: Briefing, skip: frozenset[str] = frozenset()) -> list[str]:
    """Every word of a briefing's body, in reading order."""
    result: list[str] = []
    for text in body_texts(doc, skip):
        result.extend(words(text))
    return result
