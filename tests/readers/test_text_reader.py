"""Plain-text drafts: blank lines, label lines, speakers, bullets, bylines."""

from __future__ import annotations

from typing import Any

import pytest

from smartbrev.readers.text_reader import read_text
from smartbrev.schema.check import validate_data

NBSP_BLANK = "\u00a0 "


def _read(text: str) -> dict[str, Any]:
    draft = read_text(text, "draft.txt")
    assert validate_data(draft.data) == [], draft.data
    return draft.data


def test_blank_lines_of_no_break_spaces_separate_paragraphs() -> None:
    data = _read(f"Lede line.\n{NBSP_BLANK}\nWhy it matters:\n\u00a0\nTaxes stay flat.\n")
    assert data["lede"] == "Lede line."
    assert data["blocks"] == [
        {
            "axiom": "why-it-matters",
            "label": "Why it matters",
            "content": [{"type": "paragraph", "text": "Taxes stay flat."}],
        }
    ]


def test_label_line_followed_directly_by_its_text() -> None:
    data = _read("Lede.\n\nWhy it matters:\nTaxes stay flat.\n")
    assert data["blocks"][0]["content"] == [{"type": "paragraph", "text": "Taxes stay flat."}]


@pytest.mark.parametrize("marker", ["-", "*", "\u2022"])
def test_bullets(marker: str) -> None:
    data = _read(f"Lede.\n\nDetails:\n\n{marker} one\n{marker} two\n  wrapped\n")
    assert data["blocks"][0]["content"] == [{"type": "bullets", "items": ["one", "two\nwrapped"]}]


def test_loose_bullets_are_one_list_and_a_new_marker_starts_another() -> None:
    data = _read("Lede.\n\nDetails:\n\n- one\n\n- two\n\n* three\n")
    assert data["blocks"][0]["content"] == [
        {"type": "bullets", "items": ["one", "two"]},
        {"type": "bullets", "items": ["three"]},
    ]


def test_label_then_bullets_without_a_blank_line() -> None:
    data = _read("Lede.\n\nBy the numbers:\n- 7 votes\n- 2 against\n")
    assert data["blocks"][0]["content"] == [{"type": "bullets", "items": ["7 votes", "2 against"]}]


def test_speakers_and_roles() -> None:
    data = _read(
        "Lede.\n\nWhat they're saying:\n\nAna Ortiz, mayor:\n\n“Yes.”\n\nCouncil member:\n\n“No.”\n"
    )
    first, second = data["blocks"][0]["content"]
    assert (first["name"], first.get("role")) == ("Ana Ortiz", "mayor")
    assert (second["name"], second.get("role")) == ("Council member", None)


def test_custom_label_line() -> None:
    data = _read("Lede.\n\nOur take:\n\nIt is fine.\n")
    assert (data["blocks"][0]["axiom"], data["blocks"][0]["label"]) == ("custom", "Our take")


@pytest.mark.parametrize(
    ("text", "headline", "lede"),
    [
        (
            "Council passes budget\n=====================\n\nThe council voted.\n",
            "Council passes budget",
            "The council voted.",
        ),
        (
            "Council passes budget\n\nThe council voted.\n\nWhy it matters:\n\nTaxes.\n",
            "Council passes budget",
            "The council voted.",
        ),
        (
            "The council voted on Tuesday.\n\nWhy it matters:\n\nTaxes.\n",
            None,
            "The council voted on Tuesday.",
        ),
    ],
)
def test_headline(text: str, headline: str | None, lede: str) -> None:
    data = _read(text)
    assert data.get("headline") == headline
    assert data["lede"] == lede


def test_go_deeper_lines() -> None:
    data = _read(
        "Lede.\n\nGo deeper:\n\nThe budget in charts <https://example.org/c>\nEarlier votes\n"
    )
    assert data["blocks"][0]["links"] == [
        {"title": "The budget in charts", "url": "https://example.org/c"},
        {"title": "Earlier votes"},
    ]


def test_crlf_and_positions() -> None:
    draft = read_text("Lede.\r\n\r\nWhy it matters:\r\n\r\nTaxes.\r\n", "d.txt")
    assert draft.data["blocks"][0]["content"][0]["text"] == "Taxes."
    assert draft.locations["/blocks/0/label"].value.line == 3
    assert draft.locations["/blocks/0/content/0"].value.line == 5
