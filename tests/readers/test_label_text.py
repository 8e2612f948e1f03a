"""Reading a label's text: closing separators and spacing, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from smartbrev.axioms import _index, label_key, match_label
from smartbrev.readers.cues import strip_closing, tidy

# The rules as patterns: one closing colon or dash (with the spaces around it), and for
# label keys every trailing space, colon and dash.
_CLOSING_SEPARATOR = re.compile(r"\s*(?::|\s*[-\u2013\u2014])\s*$")
_TRAILING = re.compile(r"[\s:\-\u2013\u2014]+$")
_SPACES = re.compile(r"\s+")

_TEXT = st.lists(
    st.sampled_from(["Why", "it", "matters", " ", "  ", "\u00a0", "\t", ":", "-", "–", "—", "x"]),
    max_size=12,
).map("".join) | st.text(max_size=40)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_tidy_makes_every_run_of_spaces_one_space(text: str) -> None:
    assert tidy(text) == _SPACES.sub(" ", text).strip()


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_strip_closing_removes_one_closing_separator(text: str) -> None:
    assert strip_closing(text) == _SPACES.sub(" ", _CLOSING_SEPARATOR.sub("", text)).strip()


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_label_keys_ignore_every_trailing_separator(text: str) -> None:
    lowered = text.lower()
    assert label_key(text) == label_key(_TRAILING.sub("", lowered) or " ")


def test_labels_written_many_ways_name_their_axiom() -> None:
    for written in ("Why it matters:", "why it matters —", "The big picture -", "Why It Matters"):
        assert match_label(strip_closing(written)) is not None
    assert match_label(strip_closing("Why it matters: and more")) is None


_PADDED_LABEL = st.lists(
    st.sampled_from(
        ["Why", "it", "matters", "The", "big", "picture", " ", "   ", ",", "'", "’", ":", "—", "x"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_PADDED_LABEL | _TEXT)
def test_long_text_is_ruled_out_only_when_no_key_could_match(text: str) -> None:
    assert match_label.__wrapped__(text) == _index().get(label_key(text))


def test_a_label_padded_with_dropped_characters_still_matches() -> None:
    assert match_label("  Why,,,, it’’’’ matters ::::: ") == "why-it-matters"
    assert match_label("The budget rose by a tenth in a year of cuts and delays.") is None
