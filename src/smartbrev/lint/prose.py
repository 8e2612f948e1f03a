"""Prose helpers shared by rules: masking what is not prose, sentences, word counts.

Masking keeps offsets: what is hidden becomes spaces, so a match in the masked text is
at the same place in the original.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from smartbrev.lint.encoding import mojibake_spans, suspicious
from smartbrev.words import (
    COMMENT,
    TAG,
    URL,
    ascii_plain,
    count,
    join_positions,
    joins,
    runs,
    sub_closed,
)

# A pattern that must find a closing mark stops looking at the next opening one (`<`,
# `]`, `«`): otherwise each opening of a long run without a closing mark would look to
# the end of the text again, in time the square of the run.
_LINK_TARGET = re.compile(r"(?<=\])\([^)\s\]]*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<[a-zA-Z][a-zA-Z0-9+.-]*:[^<>\s]*>")
_QUOTED = re.compile(r"“[^”]*(?:”|\Z)|\"[^\"\n]*\"|«[^«»]*»|‘[^‘\n]*?’(?![^\W_])")
"""Quotations: curly (one left open runs on into the next paragraph, as newsroom copy
writes a long quote), straight, guillemets, and single curly quotes (headlines quote
with them), whose closing mark is the first ’ that is not an apostrophe inside a word."""

_TICKS = re.compile(r"`+")


def code_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each code span, as CommonMark reads them: a run of backticks opens
    one, and the next run of the same length closes it (a run with none is text).

    Each run is paired with the next of its length from a table made in one pass, where
    a pattern would look for a closing run from every backtick.
    """
    runs = [(match.start(), match.end()) for match in _TICKS.finditer(text)]
    following: list[int | None] = [None] * len(runs)
    last: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        following[index] = last.get(length)
        last[length] = index
    spans = []
    index = 0
    while index < len(runs):
        closing = following[index]
        if closing is None:
            index += 1
            continue
        spans.append((runs[index][0], runs[closing][1]))
        index = closing + 1
    return spans


def mask_code(text: str) -> str:
    """The text with its code spans replaced by spaces."""
    return _blank_spans(text, code_spans(text)) if "`" in text else text


_NOT_NEWLINE = re.compile(r"[^\n]")
_MASKS = ((_LINK_TARGET, "]("), (_AUTOLINK, "<"), (URL, ":"), (TAG, "<"))
"""Each pattern, with a string every match contains (most prose has none)."""


def _spaces(found: str) -> str:
    return _NOT_NEWLINE.sub(" ", found) if "\n" in found else " " * len(found)


def _blank(match: re.Match[str]) -> str:
    return _spaces(match.group())


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each (start, end) span, in order, replaced by spaces."""
    pieces = []
    at = 0
    for start, end in spans:
        if start < at:
            continue
        pieces.append(text[at:start])
        pieces.append(_spaces(text[start:end]))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


@lru_cache(maxsize=1024)
def mask_markup(text: str) -> str:
    """Code spans, link targets, URLs, HTML tags and comments, and mojibake replaced by
    spaces."""
    original = text
    text = mask_code(text)
    for pattern, trigger in _MASKS:
        if trigger in text:
            text = pattern.sub(_blank, text)
    if "<!--" in text:
        text = sub_closed(COMMENT, "-->", text, _blank)
    if suspicious(original):
        # A garbled quotation mark or dash is not one: `mojibake` reports it.
        text = _blank_spans(text, sorted(mojibake_spans(original)))
    return text


@lru_cache(maxsize=1024)
def mask_prose(text: str) -> str:
    """Only the writer's own words left: markup masked, and quotations too."""
    masked = mask_markup(text)
    if '"' in masked or "“" in masked or "«" in masked or "‘" in masked:
        return _QUOTED.sub(_blank, masked)
    return masked


_RUN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1024)
def _runs(text: str) -> tuple[str, ...]:
    return tuple(runs(mask_prose(text).lower()))


@lru_cache(maxsize=1024)
def prose_runs(text: str) -> frozenset[str]:
    """The runs of letters and digits (lower case) in the writer's own words."""
    return frozenset(_runs(text))


@lru_cache(maxsize=1024)
def word_count(text: str) -> int:
    """How many words a text has: `smartbrev.words.count`, the one definition (what
    `smartbrev stats` counts), taken from the runs the word lists found when nothing in
    the text is masked or skipped."""
    if text.isascii() and ":" not in text and mask_prose(text) == text:
        # No markup, URL (every one has a colon) or quotation: the runs of the writer's
        # words are the text's runs (lower case moves no boundary in ASCII), and the
        # joins are counted in the text itself.
        return len(_runs(text)) - joins(text)
    return count(text)


editor_count = word_count
"""The count `briefing-too-long` gives `stats` (the same function, by its purpose)."""


@lru_cache(maxsize=1024)
def sentence_lengths(text: str) -> tuple[int, ...]:
    """How many words each sentence of a text has."""
    spans = sentences(text)
    if len(spans) == 1:
        return (word_count(text),)
    plain = ascii_plain(text) if ":" not in text and "<" not in text else None
    if plain is not None and "](" not in text:
        # Nothing `count` would skip: split the whole text once, and count each
        # sentence's runs less the joins that fall inside it.
        joined = join_positions(text)
        return tuple(
            len(plain[start:end].split()) - (bisect_left(joined, end) - bisect_left(joined, start))
            for start, end in spans
        )
    return tuple(count(text[start:end]) for start, end in spans)


_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "fig",
        "approx",
        "est",
        "dept",
        "univ",
    ]
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+|$)")
_LAST_WORD = re.compile(r"([^\W\d_]+)$")
_NEXT = re.compile(r"\s*(\S)")


@lru_cache(maxsize=1024)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, skipping abbreviations, initials and decimals."""
    masked = mask_markup(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(masked):
        if match.group().startswith("."):
            # The word before the stop (only its end matters: abbreviations are short).
            stop = match.start()
            while stop > start and masked[stop - 1].isspace():
                stop -= 1
            last = _LAST_WORD.search(masked, max(start, stop - 16), stop)
            token = last.group(1) if last else ""
            initialism = len(token) == 1 and (
                token.isupper() or masked[max(start, stop - 2) : stop - 1] == "."
            )
            # "Dec.", "Dr.", an initial ("A."), or the end of "U.S.", "a.m.", "e.g.": read
            # as not ending the sentence, since a wrong split reports a fault that is not.
            if token.lower() in _ABBREVIATIONS or initialism:
                continue
        following = _NEXT.match(masked, match.end())
        if following is not None and following.group(1).islower():
            continue
        end = match.end()
        if text[start:end].strip():
            spans.append((_skip_space(text, start), end))
        start = end
    # Where sentences part is read in the masked text; what they hold (code included:
    # a reader reads it) in the text itself.
    if text[start:].strip():
        spans.append((_skip_space(text, start), len(text.rstrip())))
    return tuple(spans)


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def sentence_count(text: str) -> int:
    """How many sentences a text has."""
    return len(sentences(text))


@lru_cache(maxsize=64)
def _terms_pattern(terms: frozenset[str]) -> re.Pattern[str]:
    # One alternation, longest terms first, so "in order to" wins over "order".
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])")


class _TermIndex(NamedTuple):
    keys: frozenset[str]
    """Each term's longest run of letters and digits."""
    runs: dict[str, tuple[frozenset[str], ...]]
    """Under each key, the runs of every term filed there."""


@lru_cache(maxsize=64)
def _term_index(terms: frozenset[str]) -> _TermIndex | None:
    """The terms filed by their longest run (None when a term has no run at all: then
    every text is searched)."""
    index: dict[str, list[frozenset[str]]] = {}
    for term in terms:
        runs = frozenset(_RUN.findall(term))
        if not runs:
            return None
        index.setdefault(max(sorted(runs), key=len), []).append(runs)
    return _TermIndex(frozenset(index), {key: tuple(found) for key, found in index.items()})


def find_terms(text: str, terms: frozenset[str]) -> list[tuple[int, int, str]]:
    """Occurrences of single- or multi-word terms (lower-case) in the writer's own words."""
    if not terms:
        return []
    index = _term_index(terms)
    if index is not None:
        # Where a term is found, each of its runs of letters is one of the text's: the
        # term's own characters bound them, and its ends stand apart from other words.
        present = prose_runs(text)
        if present.isdisjoint(index.keys) or not any(
            runs <= present for key in index.keys & present for runs in index.runs[key]
        ):
            return []
    masked = mask_prose(text).lower()
    return [(m.start(), m.end(), m.group()) for m in _terms_pattern(terms).finditer(masked)]
