"""Counting words as an editor does: runs of letters and digits, URLs and comments left out."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from smartbrev.words import count, words

_RUN = re.compile(r"[^\W_]+")
_TEXT = st.text(max_size=120) | st.lists(
    st.sampled_from(["word", "Zoë", "it's", "well-known", "3.5", "_", "—", " ", "\n", "x_y", "É"]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT.filter(lambda t: ":" not in t and "<" not in t and "](" not in t))
def test_words_are_runs_of_letters_and_digits(text: str) -> None:
    assert words(text) == _RUN.findall(text)
    assert count(text) == len(_RUN.findall(text))


def test_urls_comments_and_link_targets_are_not_words() -> None:
    text = "See [the plan](https://example.org/a-b) <!-- note --> or https://x.org/y now"
    assert words(text) == ["See", "the", "plan", "or", "now"]
