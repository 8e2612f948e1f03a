"""Shared prose helpers: the counts rules rely on agree with each other on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from smartbrev.lint.prose import (
    editor_count,
    mask_prose,
    prose_runs,
    sentence_lengths,
    sentences,
    word_count,
)
from smartbrev.words import count

_PIECES = st.sampled_from(
    [
        "word",
        "Dr",
        "U",
        "3.5",
        "it’s",
        "don't",
        "well-known",
        ".",
        "!",
        "?",
        "…",
        "”",
        '"',
        ")",
        " ",
        "  ",
        "\n",
        "`code span`",
        "[a link](https://example.org/a.b)",
        "https://example.org/x.y",
        "<b>",
        "<!-- note. -->",
        "Zoë",
        "_",
        "42",
        "<!-- c -->",
        "http:x",
        "xhttps:y",
        "<mailto:a@b.c>",
        "WORD",
        ":",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_the_word_count_is_the_sum_of_the_sentence_lengths(text: str) -> None:
    assert word_count(text) == sum(sentence_lengths(text))
    assert len(sentence_lengths(text)) == len(sentences(text))


_RUN = re.compile(r"[^\W_]+")


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_the_counts_are_the_one_word_count(text: str) -> None:
    assert word_count(text) == count(text)
    assert sentence_lengths(text) == tuple(count(text[start:end]) for start, end in sentences(text))
    assert prose_runs(text) == frozenset(_RUN.findall(mask_prose(text).lower()))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_the_editor_count_is_the_stats_count(text: str) -> None:
    assert editor_count(text) == count(text)


def test_sentences_and_counts_on_a_paragraph() -> None:
    text = "Dr. Ortiz said 3.5% is low. Prices rose! Did they? Yes… `x. y` ends"
    assert [text[s:e] for s, e in sentences(text)] == [
        "Dr. Ortiz said 3.5% is low.",
        "Prices rose!",
        "Did they?",
        "Yes… `x. y` ends",  # a lower-case word goes on; code does not end a sentence
    ]
    assert sentence_lengths(text) == (6, 2, 2, 4)  # "3.5" is one word; code is read
    assert word_count(text) == 14
