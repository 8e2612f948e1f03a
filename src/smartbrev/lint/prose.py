"""Prose helpers shared by rules: masking what is not prose, sentences, word positions.

Masking keeps offsets: what is hidden becomes spaces, so a match in the masked text is
at the same place in the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
_LINK_TARGET = re.compile(r"(?<=\])\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*>")
_URL = re.compile(r"\b(?:https?|ftp|mailto|javascript|data|file):[^\s<>()\[\]]+", re.IGNORECASE)
_HTML = re.compile(r"</?[a-zA-Z][^>\n]*>|<!--.*?-->", re.DOTALL)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


@lru_cache(maxsize=4096)
def mask_markup(text: str) -> str:
    """Code spans, link targets, URLs and HTML tags replaced by spaces."""
    for pattern in (_CODE, _LINK_TARGET, _AUTOLINK, _URL, _HTML):
        text = pattern.sub(_blank, text)
    return text


@lru_cache(maxsize=4096)
def mask_prose(text: str) -> str:
    """Only the writer's own words left: markup masked, and quotations too."""
    return _QUOTED.sub(_blank, mask_markup(text))


def words(text: str) -> Iterator[re.Match[str]]:
    """Each word of a text, with its position."""
    return _WORD.finditer(text)


def word_count(text: str) -> int:
    """How many words a text has (markup masked)."""
    return len(_WORD.findall(mask_markup(text)))


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


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, skipping abbreviations, initials and decimals."""
    masked = mask_markup(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(masked):
        before = masked[start : match.start()].rstrip()
        last = re.search(r"([^\W\d_]+)$", before)
        token = last.group(1) if last else ""
        if match.group().startswith(".") and (
            token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isupper())
        ):
            continue
        following = masked[match.end() :].lstrip()
        if following and following[0].islower():
            continue
        end = match.end()
        if masked[start:end].strip():
            spans.append((_skip_space(masked, start), end))
        start = end
    if masked[start:].strip():
        spans.append((_skip_space(masked, start), len(masked.rstrip())))
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


def find_terms(text: str, terms: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """Occurrences of single- or multi-word terms (lower-case) in the writer's own words."""
    if not terms:
        return
    masked = mask_prose(text).lower()
    for match in _terms_pattern(terms).finditer(masked):
        yield match.start(), match.end(), match.group()
