"""Counting words the way an editor does: the one definition behind word preservation in
conversions, `smartbrev stats`, the ninjs word count and every length rule.

A word is a run of letters and digits, with the runs that stand joined in it kept
together: by a hyphen or a slash (`up-to-date`, `COVID-19`, `24-7`, `9/11`), an
apostrophe before a letter (`don't`, `it’s`), a point or comma between digits (`3.5%`,
`$100,000`), or the points of an abbreviation (`U.S.`, `a.m.`, `Axios.com`). Dashes (`—`,
`–`) and spaces part words; punctuation around a word (`Axios'`, `“quoted”`) is not
part of it. Markup, comments and URLs are not words. Text garbled by a wrong encoding
is read as it was written (`CafÃ© OlÃ©â€™s` is two words, as `Café Olé’s` is).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from smartbrev.garbled import as_written
from smartbrev.model import Block, Briefing, Bullets, ContentItem, Paragraph, Speaker
from smartbrev.patterns import Lazy

# Each pattern below that must find a closing mark stops looking for it at the next
# opening mark (`]`, `<`): otherwise every opening of a long run without a closing one
# would look to the end of the text again, in time the square of the run.
LINK_TARGET = re.compile(r"\]\([^)\s\]]*(?:\s+\"[^\"]*\")?\)")
"""The target of an inline link, `](url "title")`, with the `]` before it."""
_ANGLE_URL = re.compile(r"<(?:https?|mailto):[^<>\s]*>")
URL = re.compile(r"\b(?:https?|ftp|mailto|javascript|data|file):[^\s<>()\[\]`]+", re.IGNORECASE)
"""A bare URL (a scheme, a colon, and no space), as prose and word counts both skip it."""
TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>")
"""An HTML tag on one line."""
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
"""An HTML comment, over lines or not (search it with `sub_closed`)."""


def sub_closed(pattern: re.Pattern[str], closing: str, text: str, repl: Any) -> str:
    """`pattern.sub(repl, text)` for a pattern whose every match ends with `closing`.

    Nothing after the last `closing` can match, and looking there would take each
    opening to the end of the text: a run of openings without one would take time in
    its square. So the text after it is left as it is, unsearched.
    """
    end = text.rfind(closing)
    if end < 0:
        return text
    end += len(closing)
    return pattern.sub(repl, text[:end]) + text[end:]


_SKIPPED = ((TAG, "<"), (LINK_TARGET, "]("), (_ANGLE_URL, "<"), (URL, ":"))
"""What is not words (comments apart), with a string every match contains (most text
has none)."""


def without_markup(text: str) -> str:
    """The text with comments, HTML tags, link targets and URLs turned into spaces."""
    if "<!--" in text:
        text = sub_closed(COMMENT, "-->", text, " ")
    for pattern, trigger in _SKIPPED:
        if trigger in text:
            text = pattern.sub(" ", text)
    return text


_JOINED_BY = r"(?:[-\u2010\u2011/]|['\u2019](?=[^\W\d_])|(?<=\d)[.,](?=\d)|\.(?=[^\W\d_]\.|[a-z]))"
"""What joins two runs of letters and digits into one word (the runs on both sides)."""
_WORD = Lazy(rf"[^\W_]+(?:{_JOINED_BY}[^\W_]+)*")
_JOIN = re.compile(rf"[-\u2010\u2011/'\u2019.,](?<=[^\W_].)(?<={_JOINED_BY})(?=[^\W_])")
"""One joining character between two runs: found by its character first, which is fast."""
_RUN = re.compile(r"[^\W_]+")

ASCII_SEPARATORS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
r"""For ASCII text: in ASCII, letters and digits are exactly what `[^\W_]` takes, so mapping
every other character to a space and splitting finds the same runs, several times faster
than the pattern."""
_OTHER_LETTER = re.compile(r"[^\W\x00-\x7f]")
"""A letter or digit outside ASCII."""


def ascii_plain(text: str) -> str | None:
    """The text with every character but a letter or digit turned into a space, when its
    letters and digits are all ASCII (quoted with curly quotes and set with dashes, say);
    None when it has others. Splitting it finds the text's runs of letters and digits."""
    if not text.isascii():
        if _OTHER_LETTER.search(text):
            return None
        # Every other character parts runs: one "?" each, a separator like any ASCII one.
        text = text.encode("ascii", "replace").decode("ascii")
    return text.translate(ASCII_SEPARATORS)


def words(text: str) -> list[str]:
    """The words of a piece of text, markup and URLs left out."""
    return _WORD.findall(as_written(without_markup(text)))


def runs(text: str) -> list[str]:
    """The runs of letters and digits words are made of (markup not removed)."""
    plain = ascii_plain(text)
    return _RUN.findall(text) if plain is None else plain.split()


def joins(text: str) -> int:
    """How many times two runs of letters and digits are joined into one word (markup not
    removed): a text has `len(runs(text)) - joins(text)` words."""
    return len(_JOIN.findall(text))


def join_positions(text: str) -> list[int]:
    """Where in a text two runs are joined into one word, in order (markup not removed)."""
    return [match.start() for match in _JOIN.finditer(text)]


@lru_cache(maxsize=1024)
def count(text: str) -> int:
    """How many words a piece of text has."""
    text = as_written(without_markup(text))
    return len(runs(text)) - joins(text)


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
