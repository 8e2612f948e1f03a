"""Counting words as an editor does: the one definition behind stats, ninjs, conversions and
every length rule."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartbrev.garbled import as_written
from smartbrev.words import ascii_plain, count, runs, words

_RUN = re.compile(r"[^\W_]+")
_PIECES = st.sampled_from(
    [
        "word",
        "Zoë",
        "it's",
        "it’s",
        "well-known",
        "3.5",
        "100,000",
        "U.S.",
        "a.m.",
        "9/11",
        "24-7",
        "Axios'",
        "$",
        "%",
        "_",
        "—",
        "–",
        "-",
        "'",
        "’",
        ".",
        ",",
        "/",
        " ",
        "\n",
        "x_y",
        "É",
        "7",
        "“",
        "”",
        "\u00a0",
        "…",
        "·",
        "•",
    ]
)
_TEXT = st.text(max_size=120) | st.lists(_PIECES, max_size=30).map("".join)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("up-to-date", ["up-to-date"]),
        ("$100,000", ["100,000"]),
        ("the U.S. economy", ["the", "U.S", "economy"]),
        ("rose 3.5% in March", ["rose", "3.5", "in", "March"]),
        ("don't, won’t", ["don't", "won’t"]),
        ("Axios' Tina Reed", ["Axios", "Tina", "Reed"]),
        ("after 9/11", ["after", "9/11"]),
        ("open 24-7", ["open", "24-7"]),
        ("by e-mail", ["by", "e-mail"]),
        ("COVID-19 cases", ["COVID-19", "cases"]),
        ("at 9 a.m. on Axios.com", ["at", "9", "a.m", "on", "Axios.com"]),
        # Dashes part words; so do spaces and punctuation that joins nothing.
        ("fares—and buses", ["fares", "and", "buses"]),
        ("2019–2020", ["2019", "2020"]),
        ("on Tuesday.Why it matters", ["on", "Tuesday", "Why", "it", "matters"]),
        ("red, white", ["red", "white"]),
        ("“Yes,” she said - twice.", ["Yes", "she", "said", "twice"]),
    ],
)
def test_an_editors_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert count(text) == len(expected)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_the_count_is_the_number_of_words(text: str) -> None:
    assert count(text) == len(words(text))


@settings(max_examples=400, deadline=None)
@given(_TEXT.filter(lambda t: ":" not in t and "<" not in t and "](" not in t))
def test_words_are_runs_of_letters_and_digits_joined(text: str) -> None:
    found = words(text)
    # Every run of letters and digits is in exactly one word, in order (of the text as it
    # was written, when a wrong encoding garbled it).
    written = as_written(text)
    assert [run for word in found for run in _RUN.findall(word)] == _RUN.findall(written)
    for word in found:
        assert not re.search(r"\s|[—–]", word), word
        assert _RUN.fullmatch(word[0]) and _RUN.fullmatch(word[-1]), word


def test_garbled_text_is_read_as_written() -> None:
    # UTF-8 read as Windows-1252 (and as Windows-874, for the dash).
    assert words("CafÃ© OlÃ©â€™s owners â€” and the cityâ€™s") == [
        "Café",
        "Olé’s",
        "owners",
        "and",
        "the",
        "city’s",
    ]
    assert count("The vote โ€” 6 to 1 โ€” came late") == 7
    assert count("Zoë’s café in São Paulo") == 5


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_runs_found_without_the_pattern_are_the_patterns(text: str) -> None:
    assert runs(text) == _RUN.findall(text)
    plain = ascii_plain(text)
    if plain is not None:  # only ASCII letters and digits: the rest became spaces
        assert plain.split() == _RUN.findall(text)


def test_typeset_punctuation_keeps_text_plain_and_other_letters_do_not() -> None:
    assert ascii_plain("“Yes,” she said — twice…") == " Yes   she said   twice "
    assert ascii_plain("Zoë said") is None
    assert ascii_plain("Σ") is None


def test_urls_comments_tags_and_link_targets_are_not_words() -> None:
    text = "See [the plan](https://example.org/a-b) <!-- note --> or https://x.org/y <b>now</b>"
    assert words(text) == ["See", "the", "plan", "or", "now"]


def test_stats_and_ninjs_count_the_same_words() -> None:
    from smartbrev import load
    from smartbrev.stats import briefing_stats
    from smartbrev.writers.ninjs_writer import ninjs
    from tests.conftest import EXAMPLES

    for path in sorted(EXAMPLES.iterdir()):
        doc = load(str(path))
        stats = briefing_stats(doc)
        body = stats.total - stats.headline - stats.byline
        counted = {b["role"]: b["wordCount"] for b in ninjs(doc)["bodies"]}
        assert set(counted.values()) == {body}, path
